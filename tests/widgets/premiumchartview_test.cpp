#include "premiumchartview.h"
#include "widgetstesthelpers.h"

#include <QGraphicsScene>
#include <QGraphicsView>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace WidgetsTest;

namespace {

PremiumSample sample(qint64 atMs, const char *rate, bool stale = false, PremiumBasis basis = PremiumBasis::Seed)
{
    PremiumSample s;
    s.symbol = QStringLiteral("BTC");
    s.basis = basis;
    s.preciseRate = Decimal::fromString(QString::fromLatin1(rate)).value();
    s.rate = s.preciseRate.roundedHalfUp(2);
    s.observedAtMs = atMs;
    s.stale = stale;
    return s;
}

bool waitForRedraw(const PremiumChartView &chart, int count)
{
    return QTest::qWaitFor([&] { return chart.redrawCount() >= count; }, 2000);
}

} // namespace

TEST(PremiumChartViewTest, ABurstOfSamplesIsDrawnOnceAfterTheThrottle)
{
    PremiumChartView chart;
    // Five minutes on a plot hundreds of pixels wide: every second has a column of its own.
    chart.viewport()->setPreset(ChartViewport::Preset::FiveMinutes);
    QSignalSpy redrawn(&chart, &PremiumChartView::redrawn);
    for (int i = 0; i < 50; ++i)
        chart.addSample(sample(StartMs + i * 1000, "1.28"));

    // Nothing is drawn per sample: the history has them, the chart not yet.
    EXPECT_EQ(chart.history().size(), 50);
    EXPECT_EQ(chart.redrawCount(), 0);
    EXPECT_EQ(chart.freshPointCount(), 0);
    EXPECT_TRUE(chart.isRedrawPending());

    ASSERT_TRUE(waitForRedraw(chart, 1));
    EXPECT_EQ(chart.freshPointCount(), 50);
    EXPECT_EQ(chart.stalePointCount(), 0);
    // One redraw for the whole burst, and none more once it is drawn.
    EXPECT_FALSE(QTest::qWaitFor([&] { return chart.redrawCount() > 1; }, 4 * PremiumChartView::RedrawDelayMs));
    EXPECT_EQ(chart.redrawCount(), 1);
    EXPECT_EQ(redrawn.count(), 1);

    chart.addSample(sample(StartMs + 50'000, "1.30"));
    ASSERT_TRUE(waitForRedraw(chart, 2));
    EXPECT_EQ(chart.freshPointCount(), 51);
}

TEST(PremiumChartViewTest, StaleSamplesAreDrawnApart)
{
    PremiumChartView chart;
    chart.viewport()->setPreset(ChartViewport::Preset::FiveMinutes);
    for (int i = 0; i < 10; ++i)
        chart.addSample(sample(StartMs + i * 1000, "1.28", i >= 4 && i < 7));
    ASSERT_TRUE(waitForRedraw(chart, 1));
    EXPECT_EQ(chart.freshPointCount(), 7);
    EXPECT_EQ(chart.stalePointCount(), 3);
}

TEST(PremiumChartViewTest, KeepsTheLastHourOnly)
{
    PremiumChartView chart;
    // Two hours at one sample a minute.
    for (int i = 0; i <= 120; ++i)
        chart.addSample(sample(StartMs + i * 60'000LL, i % 2 ? "1.2" : "1.3"));
    ASSERT_TRUE(waitForRedraw(chart, 1));
    EXPECT_EQ(chart.history().size(), 61);
    EXPECT_EQ(chart.history().samples().front().observedAtMs, StartMs + 60 * 60'000LL);
    EXPECT_EQ(chart.freshPointCount(), 61);
}

TEST(PremiumChartViewTest, FollowingTheLiveHourForADayAndMoreHoldsNoMoreThanADay)
{
    // A day and a quarter of one-second ticks in the default live hour, as a window left running
    // does. Memory must stop growing once the windows it keeps are full: the hour of full samples,
    // the day of compact points, and the chart's graphics items (a series is several).
    PremiumChartView chart;
    chart.resize(900, 500);
    chart.show();
    const auto *view = chart.findChild<QGraphicsView *>();
    ASSERT_NE(view, nullptr);
    constexpr qint64 day = PremiumChartView::StartupHistoryMs / 1000;
    qsizetype itemsAtDay = 0;
    for (qint64 tick = 0; tick <= day + day / 4; ++tick) {
        chart.addSample(sample(StartMs + tick * 1000, tick % 7 ? "1.28" : "1.31"));
        if (tick % 600 != 0)
            continue;
        chart.redrawNow();
        if (tick == day)
            itemsAtDay = view->scene()->items().size();
    }
    EXPECT_EQ(chart.history().size(), 3601);
    constexpr std::size_t dayPoints = day + 1;
    EXPECT_LE(chart.series().size(), dayPoints);
    // PremiumSeries grows its arrays by an eighth when they are full.
    EXPECT_LE(chart.series().memoryBytes(), (dayPoints + dayPoints / 8) * PremiumSeries::BytesPerPoint);
    EXPECT_EQ(view->scene()->items().size(), itemsAtDay);
}

TEST(PremiumChartViewTest, ADifferentBasisStartsANewLine)
{
    PremiumChartView chart;
    chart.addSample(sample(StartMs, "1.28"));
    chart.addSample(sample(StartMs + 1000, "1.28"));
    chart.addSample(sample(StartMs + 2000, "1.30", false, PremiumBasis::Global));
    ASSERT_TRUE(waitForRedraw(chart, 1));
    EXPECT_EQ(chart.freshPointCount(), 1);
}

TEST(PremiumChartViewTest, FollowsAMonitorUntilDetached)
{
    qint64 now = StartMs;
    PremiumMonitor monitor(QStringLiteral("BTC"), PremiumBasis::Seed, StalenessPolicy{});
    monitor.setClock([&now] { return now; });
    PremiumChartView chart;
    chart.viewport()->setPreset(ChartViewport::Preset::FiveMinutes);
    chart.setMonitor(&monitor);
    for (int i = 0; i < 5; ++i) {
        feedSeedExample(monitor, now);
        now += 1000;
    }
    ASSERT_TRUE(waitForRedraw(chart, 1));
    EXPECT_EQ(chart.freshPointCount(), 5);

    chart.setMonitor(nullptr);
    feedSeedExample(monitor, now);
    EXPECT_EQ(chart.history().size(), 5);
    EXPECT_FALSE(chart.isRedrawPending());
}
