#include "observability/alertsettings.h"
#include "observability/useralertrule.h"

#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

TEST(AlertSettings, DefaultsAreTheSeedsThresholds)
{
    const AlertSettings settings;
    EXPECT_EQ(settings.staleAfterMs(QStringLiteral("ticker:bithumb")), 5'000);
    EXPECT_EQ(settings.staleAfterMs(QStringLiteral("fx")), 15 * 60'000);
    EXPECT_EQ(settings.staleAfterMs(QStringLiteral("premium")), 5'000);
    EXPECT_EQ(settings.apiErrorRatePercent, 10);
    EXPECT_EQ(settings.cacheMissRatePercent, 30);
    EXPECT_EQ(settings.premiumSpikePoints, Decimal::fromInteger(2));
    EXPECT_EQ(settings.windowMs, 5 * 60'000);
    EXPECT_EQ(settings.keyRotationDays, 85);
}

TEST(AlertSettings, SavedAndLoadedBackOutOfRangeValuesFallBack)
{
    QTemporaryDir dir;
    QSettings store(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    AlertSettings settings;
    settings.apiErrorRatePercent = 25;
    settings.premiumSpikePoints = *Decimal::fromString(u"1.5");
    settings.cooldownMs = 0;
    settings.muted = { AlertRule::HighCacheMissRate, AlertRule::KeyRotationDue };
    settings.save(store);
    EXPECT_EQ(AlertSettings::load(store), settings);

    store.setValue(QStringLiteral("alerts/apiErrorRatePercent"), 500);
    store.setValue(QStringLiteral("alerts/premiumSpikePoints"), QStringLiteral("-1"));
    store.setValue(QStringLiteral("alerts/muted"), QStringList { QStringLiteral("NoSuchRule") });
    const AlertSettings loaded = AlertSettings::load(store);
    EXPECT_EQ(loaded.apiErrorRatePercent, 10);
    EXPECT_EQ(loaded.premiumSpikePoints, Decimal::fromInteger(2));
    EXPECT_TRUE(loaded.muted.isEmpty());
}

TEST(UserAlertRule, PersistedInTheSettingsAcrossARestart)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.ini"));
    UserAlertRule rule;
    rule.id = UserAlertRule::newId();
    rule.symbol = QStringLiteral("ETH");
    rule.koreaVenue = QStringLiteral("upbit");
    rule.foreignVenue = QStringLiteral("binance");
    rule.above = *Decimal::fromString(u"3.5");
    rule.hysteresis = *Decimal::fromString(u"0.25");
    UserAlertRule second = rule;
    second.id = UserAlertRule::newId();
    second.above.reset();
    second.below = *Decimal::fromString(u"-0.5");
    second.enabled = false;
    {
        QSettings store(path, QSettings::IniFormat);
        UserAlertRule::save(store, { rule, second, rule });
        UserAlertRule::save(store, { rule, second }); // a shorter list leaves no stale entry behind
    }
    QSettings store(path, QSettings::IniFormat);
    EXPECT_EQ(UserAlertRule::load(store), (QList<UserAlertRule> { rule, second }));
}
