#include "venues/venuedirectory.h"
#include "venues/venuereply.h"

#include <gtest/gtest.h>

TEST(VenueReply, ReadsAMultiplierInFrontOfTheCoin)
{
    const std::tuple<const char *, const char *, qint64> cases[] = {
        { "1000SHIB", "SHIB", 1000 },
        { "10000LADYS", "LADYS", 10'000 },
        { "1000000MOG", "MOG", 1'000'000 },
        { "1MBABYDOGE", "BABYDOGE", 1'000'000 },
        { "BTC", "BTC", 1 },
        { "1INCH", "1INCH", 1 },
        { "100X", "100X", 1 },
        { "1000", "1000", 1 },
        { "1M", "1M", 1 },
        { "1001X", "1001X", 1 },
        { "10000000000X", "10000000000X", 1 },
        { "", "", 1 },
    };
    for (const auto &[base, coin, multiplier] : cases) {
        const auto [readCoin, readMultiplier] = VenueReply::prefixMultiplier(QString::fromLatin1(base));
        EXPECT_EQ(readCoin, QString::fromLatin1(coin)) << base;
        EXPECT_EQ(readMultiplier, multiplier) << base;
    }
}

TEST(VenueReply, ReadsAMultiplierBehindTheCoin)
{
    const std::tuple<const char *, const char *, qint64> cases[] = {
        { "SHIB1000", "SHIB", 1000 }, { "BTC", "BTC", 1 }, { "ETH2", "ETH2", 1 }, { "1000", "1000", 1 }, { "", "", 1 },
    };
    for (const auto &[base, coin, multiplier] : cases) {
        const auto [readCoin, readMultiplier] = VenueReply::suffixMultiplier(QString::fromLatin1(base));
        EXPECT_EQ(readCoin, QString::fromLatin1(coin)) << base;
        EXPECT_EQ(readMultiplier, multiplier) << base;
    }
}

TEST(VenueReply, KeepsTheFirstInstrumentOfACoin)
{
    Instrument first;
    first.coin = QStringLiteral("PEPE");
    first.symbol = QStringLiteral("1000PEPEUSDT");
    Instrument second = first;
    second.symbol = QStringLiteral("PEPEUSDT");
    Instrument nameless;
    const QList<Instrument> kept = VenueReply::onePerCoin({ first, second, nameless });
    ASSERT_EQ(kept.size(), 1);
    EXPECT_EQ(kept[0].symbol, QStringLiteral("1000PEPEUSDT"));
}

TEST(VenueDirectory, ListsThePerpetualVenuesInOrder)
{
    const VenueDirectory &directory = VenueDirectory::standard();
    EXPECT_EQ(directory.ids(VenueSide::Perpetual).join(u','), QStringLiteral("binance,okx,bybit"));
    for (const QString &id : directory.ids(VenueSide::Perpetual)) {
        const VenueAdapter *adapter = directory.find(id);
        ASSERT_NE(adapter, nullptr);
        EXPECT_EQ(adapter->id(), id);
        EXPECT_EQ(adapter->side(), VenueSide::Perpetual);
        EXPECT_TRUE(adapter->statusRequests().isEmpty());
        EXPECT_FALSE(adapter->displayName().isEmpty());
        EXPECT_EQ(adapter->defaultBaseUrl().scheme(), QStringLiteral("https"));
        EXPECT_GT(adapter->limits().requestsPerSecond, 0);
    }
}
