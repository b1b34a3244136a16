#include "premiumbands.h"

#include <QSettings>

namespace {

const QString WarmKey = QStringLiteral("marketTable/warmPremium");
const QString CoolKey = QStringLiteral("marketTable/coolPremium");

Decimal readDecimal(const QSettings &settings, const QString &key, const Decimal &fallback)
{
    return Decimal::fromString(settings.value(key).toString()).value_or(fallback);
}

} // namespace

PremiumBands::Band PremiumBands::bandOf(const Decimal &rate) const
{
    if (rate >= warmAtLeast)
        return Band::Warm;
    if (rate <= coolAtMost)
        return Band::Cool;
    return Band::Neutral;
}

PremiumBands PremiumBands::load(const QSettings &settings)
{
    const PremiumBands defaults;
    PremiumBands bands;
    bands.warmAtLeast = readDecimal(settings, WarmKey, defaults.warmAtLeast);
    bands.coolAtMost = readDecimal(settings, CoolKey, defaults.coolAtMost);
    return bands;
}

void PremiumBands::save(QSettings &settings) const
{
    settings.setValue(WarmKey, warmAtLeast.toString());
    settings.setValue(CoolKey, coolAtMost.toString());
}
