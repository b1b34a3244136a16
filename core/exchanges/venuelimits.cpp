#include "venuelimits.h"

#include "venuecatalog.h"

#include <QSettings>

namespace {

QString key(const QString &venue, const char *name)
{
    return QStringLiteral("limits/") + venue + u'/' + QLatin1StringView(name);
}

} // namespace

VenueLimits VenueLimits::defaults(const QString &venue)
{
    VenueLimits limits;
    if (venue == u"bithumb") {
        limits.requestsPerSecond = 15;
    } else if (venue == u"upbit") {
        limits.requestsPerSecond = 10;
    } else if (venue == u"binance") {
        limits.requestsPerSecond = 20;
        limits.weightPerMinute = 2400;
        limits.usedWeightHeader = "X-MBX-USED-WEIGHT-1M";
    } else if (VenueCatalog::fxSources().contains(venue)) {
        limits.requestsPerDay = 1000;
    }
    return limits;
}

VenueLimits VenueLimits::read(const QSettings &settings, const QString &venue)
{
    VenueLimits limits = defaults(venue);
    limits.requestsPerSecond = settings.value(key(venue, "perSecond"), limits.requestsPerSecond).toInt();
    limits.requestsPerDay = settings.value(key(venue, "perDay"), limits.requestsPerDay).toInt();
    limits.weightPerMinute = settings.value(key(venue, "weightPerMinute"), limits.weightPerMinute).toInt();
    return limits;
}

void VenueLimits::writeBudgets(QSettings &settings, const QString &venue) const
{
    const VenueLimits builtIn = defaults(venue);
    const auto store = [&](const char *name, int value, int fallback) {
        if (value == fallback)
            settings.remove(key(venue, name));
        else
            settings.setValue(key(venue, name), value);
    };
    store("perSecond", requestsPerSecond, builtIn.requestsPerSecond);
    store("perDay", requestsPerDay, builtIn.requestsPerDay);
    store("weightPerMinute", weightPerMinute, builtIn.weightPerMinute);
}
