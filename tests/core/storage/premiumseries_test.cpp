#include "storage/premiumseries.h"

#include <gtest/gtest.h>

TEST(PremiumSeries, KeepsPointsInTimeOrderOnly)
{
    PremiumSeries series;
    EXPECT_TRUE(series.append(1000, 1.5f, false));
    EXPECT_TRUE(series.append(2000, 1.6f, true));
    EXPECT_FALSE(series.append(2000, 9.f, false));
    EXPECT_FALSE(series.append(1500, 9.f, false));
    ASSERT_EQ(series.size(), 2u);
    EXPECT_EQ(series.timeAt(1), 2000);
    EXPECT_FLOAT_EQ(series.rateAt(1), 1.6f);
    EXPECT_TRUE(series.staleAt(1));
    EXPECT_FALSE(series.staleAt(0));
}

TEST(PremiumSeries, RemoveBeforeAndLowerBound)
{
    PremiumSeries series;
    for (int i = 0; i < 100; ++i)
        series.append(i * 1000, float(i), false);
    EXPECT_EQ(series.lowerBound(10'500), 11u);
    series.removeBefore(60'000);
    ASSERT_EQ(series.size(), 40u);
    EXPECT_EQ(series.firstTimeMs(), 60'000);
    EXPECT_EQ(series.lowerBound(60'000), 0u);
    EXPECT_FLOAT_EQ(series.rateAt(0), 60.f);
    series.append(100'000, 100.f, false);
    EXPECT_EQ(series.lastTimeMs(), 100'000);
}

TEST(PremiumSeries, PrependKeepsOnlyOlderPoints)
{
    PremiumSeries live;
    live.append(5000, 5.f, false);
    live.append(6000, 6.f, false);
    PremiumSeries loaded;
    for (int i = 0; i < 6; ++i)
        loaded.append(i * 1000, float(i), false);  // 0..5000: 5000 overlaps
    live.prepend(loaded);
    ASSERT_EQ(live.size(), 7u);
    for (std::size_t i = 0; i < live.size(); ++i)
        EXPECT_EQ(live.timeAt(i), qint64(i) * 1000);
}

TEST(PremiumSeries, StaysWithinSixteenBytesAPointWhileGrowing)
{
    PremiumSeries series;
    for (qint64 i = 0; i < 2'000'000; ++i)
        series.append(i * 1000, 1.f, false);
    EXPECT_LE(double(series.memoryBytes()) / double(series.size()), 16.0);
    EXPECT_EQ(PremiumSeries::BytesPerPoint, 13u);
}
