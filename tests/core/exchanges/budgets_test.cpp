#include "exchanges/dailyquota.h"
#include "exchanges/requestbudget.h"
#include "exchanges/weightbudget.h"

#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

TEST(RequestBudget, FifteenPerSecondInAnySlidingSecond)
{
    RequestBudget budget(15, 1000);
    for (int i = 0; i < 15; ++i) {
        ASSERT_EQ(budget.waitMs(10'000 + i * 10), 0);
        budget.spend(10'000 + i * 10);
    }
    // The 16th fits once the first leaves the window, 1000 ms after it was sent.
    EXPECT_EQ(budget.waitMs(10'200), 800);
    EXPECT_EQ(budget.waitMs(10'999), 1);
    EXPECT_EQ(budget.waitMs(11'000), 0);
    budget.spend(11'000);
    EXPECT_EQ(budget.waitMs(11'000), 10);
    EXPECT_EQ(budget.used(11'000), 15);
}

TEST(RequestBudget, ZeroMeansNoBudget)
{
    RequestBudget budget(0, 1000);
    for (int i = 0; i < 1000; ++i)
        budget.spend(5);
    EXPECT_EQ(budget.waitMs(5), 0);
}

TEST(WeightBudget, SpreadsTheRestAboveEightyPercentAndStopsBeforeTheLimit)
{
    WeightBudget budget(2400, 60'000);
    const qint64 minute = 1'795'600'380'000; // a whole minute
    EXPECT_EQ(budget.waitMs(1, minute + 1000), 0);
    budget.observeUsed(1900, minute + 1000);
    EXPECT_EQ(budget.waitMs(1, minute + 1000), 0);

    // 81 %: 2280 - 1944 = 336 requests left for the 50 s left: one every ~148 ms.
    budget.spend(1, minute + 10'000);
    budget.observeUsed(1944, minute + 10'000);
    EXPECT_EQ(budget.waitMs(1, minute + 10'000), 50'000 / 336);
    EXPECT_EQ(budget.waitMs(1, minute + 10'200), 0);

    // 95 % reached: nothing until the next minute (plus the clock margin).
    budget.observeUsed(2280, minute + 30'000);
    EXPECT_EQ(budget.waitMs(1, minute + 30'000), 30'000 + WeightBudget::WindowMarginMs);
    // A new minute starts from zero.
    EXPECT_EQ(budget.used(minute + 60'000), 0);
    EXPECT_EQ(budget.waitMs(1, minute + 60'000), 0);
}

TEST(WeightBudget, CountsWhatWasSentBetweenReplies)
{
    WeightBudget budget(100, 60'000);
    for (int i = 0; i < 47; ++i)
        budget.spend(2, 120'000 + i);
    EXPECT_EQ(budget.used(120'100), 94);
    EXPECT_GT(budget.waitMs(2, 120'100), 0);
    budget.setLimit(1000, 60'000);
    EXPECT_EQ(budget.waitMs(2, 120'100), 0);
}

TEST(DailyQuota, CountsPerUtcDayAndSurvivesARestart)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("state.ini"));
    const qint64 day = 20'417LL * 86'400'000; // 2025-11-25 00:00 UTC
    {
        QSettings state(path, QSettings::IniFormat);
        DailyQuota quota(QStringLiteral("quota/dunamu"), 3, &state);
        for (int i = 0; i < 3; ++i) {
            ASSERT_FALSE(quota.isExhausted(day + 1000));
            quota.spend(day + 1000);
        }
        EXPECT_TRUE(quota.isExhausted(day + 2000));
    }
    QSettings state(path, QSettings::IniFormat);
    DailyQuota restarted(QStringLiteral("quota/dunamu"), 3, &state);
    EXPECT_EQ(restarted.used(day + 3000), 3);
    EXPECT_TRUE(restarted.isExhausted(day + 3000));
    EXPECT_EQ(restarted.msUntilReset(day + 3000), 86'400'000 - 3000);
    EXPECT_FALSE(restarted.isExhausted(day + 86'400'000));
    EXPECT_EQ(restarted.used(day + 86'400'000), 0);
}
