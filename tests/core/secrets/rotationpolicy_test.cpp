#include "secrets/rotationpolicy.h"
#include "secrets/secretcatalog.h"

#include <gtest/gtest.h>

TEST(RotationPolicy, WarnFromDay85RotateFromDay90)
{
    const QDateTime created = QDateTime::fromString(QStringLiteral("2026-08-01T12:00:00Z"), Qt::ISODate);
    const auto at = [&](int days, int hours = 0) {
        return created.addDays(days).addSecs(hours * 3600);
    };
    EXPECT_EQ(RotationPolicy::stage(created, at(0)), RotationPolicy::Stage::Fresh);
    EXPECT_EQ(RotationPolicy::stage(created, at(84, 23)), RotationPolicy::Stage::Fresh);
    EXPECT_EQ(RotationPolicy::stage(created, at(85)), RotationPolicy::Stage::Warn);
    EXPECT_EQ(RotationPolicy::stage(created, at(89, 23)), RotationPolicy::Stage::Warn);
    EXPECT_EQ(RotationPolicy::stage(created, at(90)), RotationPolicy::Stage::Rotate);
    EXPECT_EQ(RotationPolicy::stage(created, at(400)), RotationPolicy::Stage::Rotate);
    EXPECT_EQ(RotationPolicy::ageDays(created, at(86, 5)), 86);
    // A clock set back does not make a key younger than new.
    EXPECT_EQ(RotationPolicy::ageDays(created, at(-3)), 0);
}

TEST(SecretCatalog, KeysOfTheKeyedFxSources)
{
    EXPECT_EQ(SecretCatalog::fxSource(QStringLiteral("exchangerate-api-key")), QStringLiteral("exchangerate-api"));
    EXPECT_EQ(SecretCatalog::fxSource(QStringLiteral("koreaexim-key")), QStringLiteral("koreaexim"));
    EXPECT_TRUE(SecretCatalog::fxSource(QStringLiteral("binance-api-key")).isEmpty());
    EXPECT_EQ(SecretCatalog::keyForFxSource(QStringLiteral("koreaexim")), QStringLiteral("koreaexim-key"));
    EXPECT_TRUE(SecretCatalog::keyForFxSource(QStringLiteral("dunamu")).isEmpty());
    EXPECT_EQ(SecretCatalog::kind(QStringLiteral("redis-password")), SecretCatalog::Kind::Password);
    EXPECT_EQ(SecretCatalog::kind(QStringLiteral("koreaexim-key")), SecretCatalog::Kind::FxKey);
    EXPECT_EQ(SecretCatalog::kind(QStringLiteral("binance-secret-key")), SecretCatalog::Kind::ExchangeKey);
    EXPECT_EQ(SecretCatalog::kind(QStringLiteral("api-token")), SecretCatalog::Kind::ApiToken);
    for (const QString &id : SecretCatalog::ids())
        EXPECT_FALSE(id.isEmpty());
}
