#include "venuelimits.h"

#include "venuecatalog.h"
#include "venues/venuedirectory.h"

#include <QSettings>

#include <algorithm>

namespace {

QString key(const QString &venue, const char *name)
{
    return QStringLiteral("limits/") + venue + u'/' + QLatin1StringView(name);
}

} // namespace

VenueLimits VenueLimits::defaults(const QString &venue)
{
    // A venue's budgets are its adapter's, with the rest of what it knows about the venue; FX
    // sources have no adapter.
    if (const VenueAdapter *adapter = VenueDirectory::standard().find(venue))
        return adapter->limits();
    VenueLimits limits;
    if (VenueCatalog::fxSources().contains(venue))
        limits.requestsPerDay = 1000;
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

VenueLimits VenueLimits::forPollPeriod(qint64 periodMs) const
{
    // The poller asks at most once a period whatever the draw, so a short cap never asks more
    // often than a healthy venue is asked.
    const qint64 hold = 2 * std::max<qint64>(1, periodMs);
    VenueLimits polled = *this;
    polled.outageBackoffCapMs = std::min(outageBackoffCapMs, hold);
    polled.breaker.openMs = std::min(breaker.openMs, hold);
    return polled;
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
