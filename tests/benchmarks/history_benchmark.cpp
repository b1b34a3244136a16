// The history's performance goals (docs/benchmarks.md): batched inserts into SQLite, reading a day
// of raw rows and a month of rollups, M4 decimation of a month of seconds, the per-tick work of a
// live chart, and the memory a month of raw points takes.
//
// The month-sized database (2.6 million raw rows, minutes to build) is only made when
// PS_BENCH_FULL=1 is set; the CTest smoke run skips it.
#include "storage/database.h"
#include "storage/historyrepository.h"
#include "storage/premiumseries.h"
#include "storage/seriesdecimator.h"

#include "../common/residentmemory.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cmath>
#include <memory>

namespace {

constexpr qint64 Start = 1'764'000'000'000;
constexpr qint64 DaySeconds = 86'400;
constexpr qint64 MonthSeconds = 30 * DaySeconds;
constexpr int ChartWidthPx = 1600;

PremiumSample sampleAt(qint64 second)
{
    PremiumSample s;
    s.symbol = QStringLiteral("BTC");
    s.basis = PremiumBasis::Seed;
    // A wandering premium with the occasional spike, so min/max are not trivially equal.
    const double rate = 1.3 + 0.4 * std::sin(double(second) / 3000.0) + (second % 7919 == 0 ? 3.0 : 0.0);
    s.preciseRate = Decimal::fromParts(std::llround(rate * 1e8), 8);
    s.rate = s.preciseRate.roundedHalfUp(2);
    s.korea = {QStringLiteral("bithumb"), QStringLiteral("BTC"), Decimal::fromParts(129'555'000 + second % 1000 * 1000, 0),
               Start + second * 1000 - 40, 0};
    s.foreign = {QStringLiteral("binance"), QStringLiteral("BTCUSDT"), Decimal::fromParts(892'771 + second % 500, 1),
                 Start + second * 1000 - 30, 0};
    s.fx = {QStringLiteral("dunamu"), QStringLiteral("USDKRW"), Decimal::fromParts(14326, 1), Start - 60'000, 0};
    s.observedAtMs = Start + second * 1000;
    return s;
}

PremiumSeries syntheticSeries(qint64 seconds)
{
    PremiumSeries series;
    series.reserve(static_cast<std::size_t>(seconds));
    for (qint64 i = 0; i < seconds; ++i)
        series.append(Start + i * 1000, float(1.3 + 0.4 * std::sin(double(i) / 3000.0) + (i % 7919 == 0 ? 3.0 : 0.0)), false);
    return series;
}

// A database with `rawSeconds` of raw rows ending at the last second of `rolledMinutes`, and that
// many minutes of rollups, written as the app writes them (raw through the repository; the
// older rollups directly, as retention would have left them).
class BenchDatabase
{
public:
    BenchDatabase(qint64 rawSeconds, qint64 rolledMinutes)
        : m_db(DatabaseLocation::sqlite(m_dir.filePath(QStringLiteral("bench.sqlite"))))
    {
        m_db.openAndMigrate();
        HistoryRepository repository(m_db);
        const qint64 firstRaw = rolledMinutes * 60 - rawSeconds;
        std::vector<PremiumSample> batch;
        for (qint64 s = std::max<qint64>(0, firstRaw); s < rolledMinutes * 60; ++s) {
            batch.push_back(sampleAt(s));
            if (batch.size() == 50'000) {
                repository.insert(batch);
                batch.clear();
            }
        }
        repository.insert(batch);
        m_db.inTransaction([&]() -> std::optional<StorageError> {
            QSqlQuery query(m_db.connection());
            query.prepare(QStringLiteral("INSERT OR IGNORE INTO premium_minute VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            for (qint64 m = 0; m < rolledMinutes; ++m) {
                const PremiumSample s = sampleAt(m * 60);
                const qint64 rate = HistoryRepository::scaledRate(s.preciseRate);
                for (const QVariant &v : {QVariant(s.symbol), QVariant(QStringLiteral("seed")), QVariant(Start + m * 60'000),
                                          QVariant(rate), QVariant(rate + 100000), QVariant(rate - 100000), QVariant(rate),
                                          QVariant(s.korea.price.toString()), QVariant(s.foreign.price.toString()),
                                          QVariant(s.fx.price.toString()), QVariant(60), QVariant(0), QVariant(Start + m * 60'000),
                                          QVariant(Start + m * 60'000 + 59'000)})
                    query.addBindValue(v);
                query.exec();
            }
            return std::nullopt;
        });
    }

    Database &database() { return m_db; }

private:
    QTemporaryDir m_dir;
    Database m_db;
};

void batchedInsert(benchmark::State &state)
{
    QTemporaryDir dir;
    Database db(DatabaseLocation::sqlite(dir.filePath(QStringLiteral("insert.sqlite"))));
    db.openAndMigrate();
    HistoryRepository repository(db);
    const auto batchSize = static_cast<qint64>(state.range(0));
    qint64 next = 0;
    for (auto _ : state) {
        state.PauseTiming();
        std::vector<PremiumSample> batch;
        batch.reserve(static_cast<std::size_t>(batchSize));
        for (qint64 i = 0; i < batchSize; ++i)
            batch.push_back(sampleAt(next++));
        state.ResumeTiming();
        if (repository.insert(batch))
            state.SkipWithError("insert failed");
    }
    state.SetItemsProcessed(state.iterations() * batchSize);
}
BENCHMARK(batchedInsert)->Arg(10'000)->Unit(benchmark::kMillisecond);

void readOneDayRaw(benchmark::State &state)
{
    static BenchDatabase bench(DaySeconds, DaySeconds / 60);
    HistoryRepository repository(bench.database());
    for (auto _ : state) {
        PremiumSeries series;
        repository.loadRaw(QStringLiteral("BTC"), PremiumBasis::Seed, Start, Start + DaySeconds * 1000, &series);
        if (series.size() != std::size_t(DaySeconds))
            state.SkipWithError("wrong row count");
        benchmark::DoNotOptimize(series);
    }
    state.SetItemsProcessed(state.iterations() * DaySeconds);
}
BENCHMARK(readOneDayRaw)->Unit(benchmark::kMillisecond);

void readMonthFromRollups(benchmark::State &state)
{
    static BenchDatabase bench(0, MonthSeconds / 60);
    HistoryRepository repository(bench.database());
    for (auto _ : state) {
        PremiumSeries series;
        repository.loadMinutes(QStringLiteral("BTC"), PremiumBasis::Seed, Start, Start + MonthSeconds * 1000, &series);
        if (series.size() != std::size_t(MonthSeconds / 60 * 4))
            state.SkipWithError("wrong point count");
        benchmark::DoNotOptimize(series);
    }
    state.SetItemsProcessed(state.iterations() * MonthSeconds / 60);
}
BENCHMARK(readMonthFromRollups)->Unit(benchmark::kMillisecond);

void decimateMonth(benchmark::State &state)
{
    static const PremiumSeries series = syntheticSeries(MonthSeconds);
    for (auto _ : state) {
        DecimatedSeries out = SeriesDecimator::decimate(series, series.firstTimeMs(), series.lastTimeMs() + 1, ChartWidthPx);
        benchmark::DoNotOptimize(out);
    }
    state.SetItemsProcessed(state.iterations() * MonthSeconds);
}
BENCHMARK(decimateMonth)->Unit(benchmark::kMillisecond);

// One live tick as the chart does it: the new point appended, the oldest beyond the kept span
// dropped, the view slid to the new edge, and the decimated points rebuilt for the series.
void perTick(benchmark::State &state)
{
    const qint64 seconds = state.range(0);
    PremiumSeries series = syntheticSeries(seconds);
    SeriesDecimator decimator;
    const qint64 span = seconds * 1000;
    decimator.setView(series, series.lastTimeMs() + 1 - span, series.lastTimeMs() + 1, ChartWidthPx);
    qint64 t = series.lastTimeMs();
    for (auto _ : state) {
        t += 1000;
        series.append(t, 1.25f + float(t % 97) / 1000.f, false);
        series.removeBefore(t - span);
        decimator.slideTo(series, t + 1);
        DecimatedSeries out = decimator.result();
        benchmark::DoNotOptimize(out);
    }
    state.counters["points_in_history"] = double(series.size());
}
BENCHMARK(perTick)->Arg(DaySeconds)->Arg(MonthSeconds)->Unit(benchmark::kMicrosecond);

// A month of raw one-second rows read from SQLite into memory: resident memory grown, and the
// series' own bytes per point.
void loadMonthRaw(benchmark::State &state)
{
    static BenchDatabase bench(MonthSeconds, MonthSeconds / 60);
    HistoryRepository repository(bench.database());
    for (auto _ : state) {
        const long before = residentKb();
        auto series = std::make_unique<PremiumSeries>();
        repository.loadRaw(QStringLiteral("BTC"), PremiumBasis::Seed, Start, Start + MonthSeconds * 1000, series.get());
        const long after = residentKb();
        state.counters["points"] = double(series->size());
        state.counters["bytes_per_point"] = double(series->memoryBytes()) / double(series->size());
        state.counters["rss_growth_MB"] = double(after - before) / 1024.0;
        state.counters["rss_total_MB"] = double(after) / 1024.0;
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIntValue("PS_BENCH_FULL") == 1)
        benchmark::RegisterBenchmark("loadMonthRaw", loadMonthRaw)->Iterations(1)->Unit(benchmark::kMillisecond);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
