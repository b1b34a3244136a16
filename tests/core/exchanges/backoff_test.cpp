#include "exchanges/backoff.h"

#include <gtest/gtest.h>

TEST(Backoff, CeilingDoublesFromTheBaseUpToTheCap)
{
    Backoff backoff;
    EXPECT_EQ(backoff.baseMs(), 250);
    EXPECT_EQ(backoff.capMs(), 30'000);
    const qint64 expected[] = { 250, 500, 1000, 2000, 4000, 8000, 16'000, 30'000, 30'000, 30'000 };
    for (const qint64 ceiling : expected) {
        EXPECT_EQ(backoff.ceilingMs(), ceiling);
        backoff.nextDelayMs();
    }
    for (int i = 0; i < 100; ++i)
        backoff.nextDelayMs();
    EXPECT_EQ(backoff.ceilingMs(), 30'000);
}

TEST(Backoff, FullJitterDrawsAnywhereBelowTheCeiling)
{
    Backoff backoff(250, 30'000);
    backoff.seed(7);
    // At the cap, 2000 draws must cover the whole range [0, 30 s], not cluster near the top as
    // "equal jitter" or a fixed delay would.
    for (int i = 0; i < 8; ++i)
        backoff.nextDelayMs();
    qint64 lowest = 30'000;
    qint64 highest = 0;
    qint64 sum = 0;
    for (int i = 0; i < 2000; ++i) {
        const qint64 delay = backoff.nextDelayMs();
        ASSERT_GE(delay, 0);
        ASSERT_LE(delay, 30'000);
        lowest = std::min(lowest, delay);
        highest = std::max(highest, delay);
        sum += delay;
    }
    EXPECT_LT(lowest, 1'000);
    EXPECT_GT(highest, 29'000);
    EXPECT_NEAR(static_cast<double>(sum) / 2000, 15'000, 1'500);
}

TEST(Backoff, ResetStartsAgainAtTheBase)
{
    Backoff backoff(100, 1000);
    for (int i = 0; i < 5; ++i)
        backoff.nextDelayMs();
    EXPECT_EQ(backoff.failures(), 5);
    backoff.reset();
    EXPECT_EQ(backoff.failures(), 0);
    EXPECT_EQ(backoff.ceilingMs(), 100);
    EXPECT_LE(backoff.nextDelayMs(), 100);
}
