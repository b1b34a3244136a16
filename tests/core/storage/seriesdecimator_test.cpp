#include "storage/seriesdecimator.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

namespace {

PremiumSeries noise(qint64 count, qint64 stepMs, unsigned seed = 7)
{
    std::mt19937 random(seed);
    std::normal_distribution<float> step(0.f, 0.01f);
    PremiumSeries series;
    float value = 1.3f;
    for (qint64 i = 0; i < count; ++i) {
        value += step(random);
        series.append(1'764'000'000'000 + i * stepMs, value, false);
    }
    return series;
}

std::pair<double, double> extremes(const DecimatedSeries &decimated)
{
    double low = 1e9, high = -1e9;
    for (const QPointF &p : decimated.points) {
        low = std::min(low, p.y());
        high = std::max(high, p.y());
    }
    return {low, high};
}

bool sameOutput(const DecimatedSeries &a, const DecimatedSeries &b)
{
    if (a.points != b.points || a.runs.size() != b.runs.size())
        return false;
    for (std::size_t i = 0; i < a.runs.size(); ++i) {
        if (a.runs[i].begin != b.runs[i].begin || a.runs[i].end != b.runs[i].end || a.runs[i].stale != b.runs[i].stale)
            return false;
    }
    return true;
}

} // namespace

TEST(SeriesDecimator, NeverMoreThanFourPointsPerPixelColumn)
{
    const PremiumSeries series = noise(200'000, 1000);
    for (int width : {2, 37, 800, 1600}) {
        for (qint64 offset : {0LL, 12'345LL, 999LL}) {
            const qint64 from = series.firstTimeMs() + offset;
            const DecimatedSeries out = SeriesDecimator::decimate(series, from, series.lastTimeMs() + 1, width);
            EXPECT_LE(out.points.size(), std::size_t(4 * width)) << width << " " << offset;
            EXPECT_GT(out.points.size(), 0u);
        }
    }
}

TEST(SeriesDecimator, SpikesSurviveExactly)
{
    PremiumSeries series;
    const qint64 start = 1'764'000'000'000;
    for (qint64 i = 0; i < 1'000'000; ++i) {
        float value = 1.25f;
        if (i == 333'333)
            value = 7.75f;  // a one-second spike
        if (i == 777'777)
            value = -4.5f;
        series.append(start + i * 1000, value, false);
    }
    const DecimatedSeries out = SeriesDecimator::decimate(series, start, series.lastTimeMs() + 1, 1600);
    const auto [low, high] = extremes(out);
    EXPECT_EQ(high, 7.75);
    EXPECT_EQ(low, -4.5);
    const auto spike = std::find_if(out.points.begin(), out.points.end(), [](const QPointF &p) { return p.y() == 7.75; });
    ASSERT_NE(spike, out.points.end());
    EXPECT_EQ(qint64(spike->x()), start + 333'333 * 1000) << "the spike is drawn at its own time";
}

TEST(SeriesDecimator, FineZoomKeepsEveryPoint)
{
    const PremiumSeries series = noise(300, 1000);
    const DecimatedSeries out = SeriesDecimator::decimate(series, series.firstTimeMs(), series.lastTimeMs() + 1, 1600);
    ASSERT_EQ(out.points.size(), series.size());
    for (std::size_t i = 0; i < series.size(); ++i) {
        EXPECT_EQ(qint64(out.points[i].x()), series.timeAt(i));
        EXPECT_EQ(float(out.points[i].y()), series.rateAt(i));
    }
    ASSERT_EQ(out.runs.size(), 1u);
}

TEST(SeriesDecimator, GapsAreNotJoined)
{
    PremiumSeries series;
    const qint64 start = 1'764'000'000'000;
    for (qint64 i = 0; i < 600; ++i)
        series.append(start + i * 1000, 1.f, false);
    for (qint64 i = 0; i < 600; ++i)  // the app was closed for an hour
        series.append(start + 3'600'000 + i * 1000, 2.f, false);
    const DecimatedSeries out = SeriesDecimator::decimate(series, start, series.lastTimeMs() + 1, 800);
    ASSERT_EQ(out.runs.size(), 2u);
    EXPECT_LT(out.points[out.runs[0].end - 1].x(), double(start + 700'000));
    EXPECT_GE(out.points[out.runs[1].begin].x(), double(start + 3'600'000));
}

TEST(SeriesDecimator, StaleStretchesAreTheirOwnRuns)
{
    PremiumSeries series;
    const qint64 start = 1'764'000'000'000;
    for (qint64 i = 0; i < 300; ++i)
        series.append(start + i * 1000, 1.f, i >= 100 && i < 200);
    const DecimatedSeries out = SeriesDecimator::decimate(series, start, series.lastTimeMs() + 1, 1600);
    ASSERT_EQ(out.runs.size(), 3u);
    EXPECT_FALSE(out.runs[0].stale);
    EXPECT_TRUE(out.runs[1].stale);
    EXPECT_FALSE(out.runs[2].stale);
    EXPECT_EQ(out.runs[1].end - out.runs[1].begin, 100u);
}

TEST(SeriesDecimator, FollowingTheLiveEdgeMatchesAFullRecompute)
{
    PremiumSeries series = noise(100'000, 1000);
    const qint64 span = 24 * 3600 * 1000;
    SeriesDecimator live;
    live.setView(series, series.lastTimeMs() + 1 - span, series.lastTimeMs() + 1, 1600);
    std::mt19937 random(3);
    for (int tick = 0; tick < 500; ++tick) {
        series.append(series.lastTimeMs() + 1000, 1.f + float(random() % 1000) / 1000.f, tick % 50 == 0);
        live.slideTo(series, series.lastTimeMs() + 1);
    }
    SeriesDecimator full;
    full.setView(series, live.fromMs(), live.toMs(), 1600);
    EXPECT_EQ(full.columnMs(), live.columnMs());
    EXPECT_TRUE(sameOutput(live.result(), full.result()));
}

TEST(SeriesDecimator, UpdateFoldsNewPointsIntoTheView)
{
    PremiumSeries series = noise(1000, 1000);
    const qint64 from = series.firstTimeMs();
    const qint64 to = from + 2'000'000;
    SeriesDecimator decimator;
    decimator.setView(series, from, to, 400);
    for (int i = 0; i < 100; ++i)
        series.append(series.lastTimeMs() + 1000, 3.f, false);
    decimator.update(series);
    EXPECT_TRUE(sameOutput(decimator.result(), SeriesDecimator::decimate(series, from, to, 400)));
}
