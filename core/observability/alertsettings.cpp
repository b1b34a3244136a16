#include "alertsettings.h"

#include <QSettings>

namespace {

const QString kTickerStale = QStringLiteral("alerts/tickerStaleMs");
const QString kFxStale = QStringLiteral("alerts/fxStaleMs");
const QString kPremiumStale = QStringLiteral("alerts/premiumStaleMs");
const QString kWindow = QStringLiteral("alerts/windowMs");
const QString kApiErrorRate = QStringLiteral("alerts/apiErrorRatePercent");
const QString kCacheMissRate = QStringLiteral("alerts/cacheMissRatePercent");
const QString kMinSamples = QStringLiteral("alerts/minSamples");
const QString kSpike = QStringLiteral("alerts/premiumSpikePoints");
const QString kHysteresis = QStringLiteral("alerts/hysteresisPercent");
const QString kKeyRotation = QStringLiteral("alerts/keyRotationDays");
const QString kCooldown = QStringLiteral("alerts/cooldownMs");
const QString kMuted = QStringLiteral("alerts/muted");

template<typename T> T bounded(const QSettings &settings, const QString &key, T fallback, T min, T max)
{
    bool ok = false;
    const T value = static_cast<T>(settings.value(key, fallback).toLongLong(&ok));
    return ok && value >= min && value <= max ? value : fallback;
}

} // namespace

qint64 AlertSettings::staleAfterMs(const QString &job) const
{
    if (job == QLatin1StringView("fx"))
        return fxStaleMs;
    if (job == QLatin1StringView("premium"))
        return premiumStaleMs;
    return tickerStaleMs;
}

AlertSettings AlertSettings::load(const QSettings &settings)
{
    constexpr qint64 Day = 24 * 3600'000LL;
    AlertSettings out;
    out.tickerStaleMs = bounded<qint64>(settings, kTickerStale, out.tickerStaleMs, 1'000, Day);
    out.fxStaleMs = bounded<qint64>(settings, kFxStale, out.fxStaleMs, 1'000, Day);
    out.premiumStaleMs = bounded<qint64>(settings, kPremiumStale, out.premiumStaleMs, 1'000, Day);
    out.windowMs = bounded<qint64>(settings, kWindow, out.windowMs, 10'000, Day);
    out.apiErrorRatePercent = bounded(settings, kApiErrorRate, out.apiErrorRatePercent, 1, 100);
    out.cacheMissRatePercent = bounded(settings, kCacheMissRate, out.cacheMissRatePercent, 1, 100);
    out.minSamples = bounded(settings, kMinSamples, out.minSamples, 1, 100'000);
    const auto spike = Decimal::fromString(settings.value(kSpike).toString());
    if (spike && spike->isPositive() && *spike <= Decimal::fromInteger(100))
        out.premiumSpikePoints = *spike;
    out.hysteresisPercent = bounded(settings, kHysteresis, out.hysteresisPercent, 0, 90);
    out.keyRotationDays = bounded(settings, kKeyRotation, out.keyRotationDays, 1, 3650);
    out.cooldownMs = bounded<qint64>(settings, kCooldown, out.cooldownMs, 0, Day);
    for (const QString &id : settings.value(kMuted).toStringList()) {
        if (const auto rule = alertRuleFromId(id))
            out.muted.insert(*rule);
    }
    return out;
}

void AlertSettings::save(QSettings &settings) const
{
    settings.setValue(kTickerStale, tickerStaleMs);
    settings.setValue(kFxStale, fxStaleMs);
    settings.setValue(kPremiumStale, premiumStaleMs);
    settings.setValue(kWindow, windowMs);
    settings.setValue(kApiErrorRate, apiErrorRatePercent);
    settings.setValue(kCacheMissRate, cacheMissRatePercent);
    settings.setValue(kMinSamples, minSamples);
    settings.setValue(kSpike, premiumSpikePoints.toString());
    settings.setValue(kHysteresis, hysteresisPercent);
    settings.setValue(kKeyRotation, keyRotationDays);
    settings.setValue(kCooldown, cooldownMs);
    QStringList muted;
    for (int i = 0; i < AlertRuleCount; ++i) {
        if (isMuted(static_cast<AlertRule>(i)))
            muted.append(alertRuleId(static_cast<AlertRule>(i)));
    }
    settings.setValue(kMuted, muted);
}
