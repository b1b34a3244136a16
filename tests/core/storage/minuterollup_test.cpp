#include "storagetestcase.h"

#include "storage/historyrepository.h"
#include "storage/minuterollup.h"

#include <gtest/gtest.h>

namespace {

constexpr qint64 Start = 1'764'000'000'000; // a whole minute

PremiumSample coinSample(const char *coin, qint64 timeMs, const char *rate = "1.25")
{
    PremiumSample s = StorageTestCase::sample(timeMs, rate);
    s.symbol = QLatin1StringView(coin);
    return s;
}

} // namespace

TEST(MinuteRollup, AMinuteClosesWhenItsSeriesMovesOn)
{
    MinuteRollup rollup;
    EXPECT_TRUE(rollup.add(coinSample("BTC", Start + 1000, "1.10")));
    EXPECT_TRUE(rollup.add(coinSample("BTC", Start + 2000, "1.30")));
    EXPECT_TRUE(rollup.takeClosed(Start + 59'999).empty());
    ASSERT_NE(rollup.openMinute(HistoryKey {}), nullptr);
    EXPECT_EQ(rollup.openMinute(HistoryKey {})->samples, 2);

    EXPECT_TRUE(rollup.add(coinSample("BTC", Start + 61'000, "1.50")));
    const std::vector<PremiumMinute> closed = rollup.takeClosed(Start + 61'000);
    ASSERT_EQ(closed.size(), 1u);
    EXPECT_EQ(closed[0].minuteStart, Start);
    EXPECT_EQ(closed[0].rateOpen, 110'000'000);
    EXPECT_EQ(closed[0].rateClose, 130'000'000);
    EXPECT_EQ(closed[0].samples, 2);
    EXPECT_EQ(closed[0].firstObservedAtMs, Start + 1000);
    EXPECT_EQ(closed[0].lastObservedAtMs, Start + 2000);
    EXPECT_EQ(rollup.openMinute(HistoryKey {})->minuteStart, Start + 60'000);
}

TEST(MinuteRollup, ASeriesThatFallsSilentIsClosedWhenTimeMovesOn)
{
    MinuteRollup rollup;
    rollup.add(coinSample("BTC", Start + 1000));
    rollup.add(coinSample("XRP", Start + 1000));
    rollup.add(coinSample("BTC", Start + 60'000)); // XRP was delisted meanwhile
    const std::vector<PremiumMinute> closed = rollup.takeClosed(Start + 60'000);
    ASSERT_EQ(closed.size(), 2u);
    EXPECT_EQ(rollup.openMinute(HistoryKey { QStringLiteral("XRP") }), nullptr);
}

TEST(MinuteRollup, LateSamplesAreLeftOutRatherThanRewritingAClosedMinute)
{
    MinuteRollup rollup;
    rollup.add(coinSample("BTC", Start + 30'000));
    EXPECT_FALSE(rollup.add(coinSample("BTC", Start - 1000))) << "older than the open minute";
    ASSERT_EQ(rollup.takeClosed(Start + 60'000).size(), 1u);
    EXPECT_FALSE(rollup.add(coinSample("BTC", Start + 45'000))) << "its minute is already written";
    EXPECT_TRUE(rollup.takeAll().empty());
}

TEST(MinuteRollup, SeriesAreKeptApartPerCoinPairAndBasis)
{
    MinuteRollup rollup;
    PremiumSample upbit = coinSample("BTC", Start, "2.00");
    upbit.pair = VenuePair { QStringLiteral("upbit"), QStringLiteral("okx") };
    PremiumSample global = coinSample("BTC", Start, "3.00");
    global.basis = PremiumBasis::Global;
    rollup.add(coinSample("BTC", Start, "1.00"));
    rollup.add(upbit);
    rollup.add(global);
    rollup.add(coinSample("ETH", Start, "4.00"));
    const std::vector<PremiumMinute> all = rollup.takeAll();
    ASSERT_EQ(all.size(), 4u);
    qint64 sum = 0;
    for (const PremiumMinute &minute : all) {
        EXPECT_EQ(minute.samples, 1);
        sum += minute.rateOpen;
    }
    EXPECT_EQ(sum, 1'000'000'000);
}
