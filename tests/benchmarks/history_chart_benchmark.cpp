// The GUI side of one live tick with a long history: PremiumChartView::addSample() and the
// redraw it schedules (decimation slid to the new edge, one QLineSeries::replace() per run, the
// axes), on a 1600-pixel plot, following the live edge of a 24 h and of a 30-day view.
#include "premiumchartview.h"

#include <QApplication>

#include <benchmark/benchmark.h>

#include <cmath>

namespace {

constexpr qint64 Start = 1'764'000'000'000;

PremiumSample sampleAt(qint64 second)
{
    PremiumSample s;
    s.symbol = QStringLiteral("BTC");
    s.basis = PremiumBasis::Seed;
    s.preciseRate = Decimal::fromParts(std::llround((1.3 + 0.4 * std::sin(double(second) / 3000.0)) * 1e8), 8);
    s.rate = s.preciseRate.roundedHalfUp(2);
    s.observedAtMs = Start + second * 1000;
    return s;
}

void liveTick(benchmark::State &state)
{
    const qint64 seconds = state.range(0);
    PremiumChartView chart;
    chart.resize(1700, 700);
    chart.show();
    chart.viewport()->setPreset(seconds > 86'400 ? ChartViewport::Preset::Month : ChartViewport::Preset::Day);
    for (qint64 s = 0; s < seconds; ++s)
        chart.addSample(sampleAt(s));
    chart.redrawNow();
    qint64 next = seconds;
    for (auto _ : state) {
        chart.addSample(sampleAt(next++));
        chart.redrawNow();
    }
    state.counters["points_in_history"] = double(chart.series().size());
    state.counters["points_drawn"] = double(chart.freshPointCount() + chart.stalePointCount());
    state.counters["plot_px"] = double(chart.plotWidthPx());
}
BENCHMARK(liveTick)->Arg(86'400)->Arg(30 * 86'400)->Unit(benchmark::kMicrosecond);

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
