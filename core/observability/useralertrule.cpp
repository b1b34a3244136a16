#include "useralertrule.h"

#include "premium/premiumsample.h"

#include <QSettings>
#include <QUuid>

namespace {

const QString kGroup = QStringLiteral("userAlerts");
const QString kId = QStringLiteral("id");
const QString kSymbol = QStringLiteral("symbol");
const QString kKorea = QStringLiteral("koreaVenue");
const QString kForeign = QStringLiteral("foreignVenue");
const QString kAbove = QStringLiteral("above");
const QString kBelow = QStringLiteral("below");
const QString kHysteresis = QStringLiteral("hysteresis");
const QString kEnabled = QStringLiteral("enabled");

std::optional<Decimal> readDecimal(const QSettings &settings, const QString &key)
{
    return Decimal::fromString(settings.value(key).toString());
}

} // namespace

bool UserAlertRule::matches(const PremiumSample &sample) const
{
    return enabled && sample.symbol.compare(symbol, Qt::CaseInsensitive) == 0
        && sample.korea.venue.compare(koreaVenue, Qt::CaseInsensitive) == 0
        && sample.foreign.venue.compare(foreignVenue, Qt::CaseInsensitive) == 0;
}

QString UserAlertRule::subject() const
{
    return symbol + u' ' + koreaVenue + u'/' + foreignVenue;
}

QString UserAlertRule::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QList<UserAlertRule> UserAlertRule::load(QSettings &settings)
{
    QList<UserAlertRule> rules;
    const int count = settings.beginReadArray(kGroup);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        UserAlertRule rule;
        rule.id = settings.value(kId).toString();
        rule.symbol = settings.value(kSymbol).toString();
        rule.koreaVenue = settings.value(kKorea).toString();
        rule.foreignVenue = settings.value(kForeign).toString();
        rule.above = readDecimal(settings, kAbove);
        rule.below = readDecimal(settings, kBelow);
        const auto hysteresis = readDecimal(settings, kHysteresis);
        if (hysteresis && !hysteresis->isNegative())
            rule.hysteresis = *hysteresis;
        rule.enabled = settings.value(kEnabled, true).toBool();
        // A hand-edited entry without a coin or any threshold could never fire: skipped.
        if (!rule.id.isEmpty() && !rule.symbol.isEmpty() && (rule.above || rule.below))
            rules.append(rule);
    }
    settings.endArray();
    return rules;
}

void UserAlertRule::save(QSettings &settings, const QList<UserAlertRule> &rules)
{
    settings.remove(kGroup);
    settings.beginWriteArray(kGroup, static_cast<int>(rules.size()));
    for (int i = 0; i < rules.size(); ++i) {
        const UserAlertRule &rule = rules.at(i);
        settings.setArrayIndex(i);
        settings.setValue(kId, rule.id);
        settings.setValue(kSymbol, rule.symbol);
        settings.setValue(kKorea, rule.koreaVenue);
        settings.setValue(kForeign, rule.foreignVenue);
        settings.setValue(kAbove, rule.above ? rule.above->toString() : QString());
        settings.setValue(kBelow, rule.below ? rule.below->toString() : QString());
        settings.setValue(kHysteresis, rule.hysteresis.toString());
        settings.setValue(kEnabled, rule.enabled);
    }
    settings.endArray();
}
