// What metrics and alerts add to the hot path: updating a cached series, finding a series by its
// labels, a histogram observation, a snapshot of the seed's families, and one second of the alert
// engine's evaluation.
#include "observability/alertengine.h"
#include "observability/healthboard.h"
#include "observability/metriccounter.h"
#include "observability/metricgauge.h"
#include "observability/metrichistogram.h"
#include "observability/metricsregistry.h"
#include "observability/seedmetrics.h"

#include <benchmark/benchmark.h>

namespace {

const MetricLabels bithumb { { QStringLiteral("exchange"), QStringLiteral("bithumb") } };

void counterCachedHandle(benchmark::State &state)
{
    MetricsRegistry registry;
    SeedMetrics::declare(registry);
    MetricCounter *counter = registry.counter(SeedMetrics::TickerFetchTotal, bithumb);
    for (auto _ : state)
        counter->increment();
    benchmark::DoNotOptimize(counter->value());
}
BENCHMARK(counterCachedHandle);

void counterByLabels(benchmark::State &state)
{
    MetricsRegistry registry;
    SeedMetrics::declare(registry);
    for (auto _ : state)
        registry.counter(SeedMetrics::TickerFetchTotal, bithumb)->increment();
}
BENCHMARK(counterByLabels);

void histogramObserve(benchmark::State &state)
{
    MetricsRegistry registry;
    SeedMetrics::declare(registry);
    MetricHistogram *latency = registry.histogram(SeedMetrics::TickerFetchLatency, bithumb);
    double value = 0;
    for (auto _ : state) {
        latency->observe(value);
        value = value > 1 ? 0 : value + 0.013;
    }
}
BENCHMARK(histogramObserve);

void snapshotSeedFamilies(benchmark::State &state)
{
    MetricsRegistry registry;
    SeedMetrics::declare(registry);
    // About what a run with two venues, one FX source and Redis fills in.
    for (const char *venue : { "bithumb", "binance", "upbit" }) {
        const MetricLabels labels { { QStringLiteral("exchange"), QString::fromLatin1(venue) } };
        registry.counter(SeedMetrics::TickerFetchTotal, labels)->increment();
        registry.histogram(SeedMetrics::TickerFetchLatency, labels)->observe(0.05);
    }
    registry.gauge(SeedMetrics::PremiumRateCurrent, { { QStringLiteral("symbol"), QStringLiteral("BTC") } })->set(1.28);
    for (auto _ : state)
        benchmark::DoNotOptimize(registry.snapshot());
}
BENCHMARK(snapshotSeedFamilies);

// The once-a-second evaluation with four jobs and three venues' 300 requests in the window.
void alertEvaluation(benchmark::State &state)
{
    qint64 now = 1'795'600'000'000;
    HealthBoard board([](const QString &) { return 5'000; });
    board.setClock([&now] { return now; });
    AlertEngine engine(&board, AlertSettings());
    for (int i = 0; i < 300; ++i) {
        now += 1'000;
        for (const char *venue : { "bithumb", "binance", "dunamu" }) {
            board.recordAttempt(QStringLiteral("ticker:") + QLatin1StringView(venue), false, 40);
            board.recordSuccess(QStringLiteral("ticker:") + QLatin1StringView(venue));
            engine.recordRequest(QString::fromLatin1(venue), i % 50 == 0);
        }
        board.recordSuccess(QStringLiteral("premium"));
    }
    for (auto _ : state)
        engine.evaluate();
}
BENCHMARK(alertEvaluation);

} // namespace

BENCHMARK_MAIN();
