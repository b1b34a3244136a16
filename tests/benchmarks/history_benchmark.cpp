// The history's performance goals (docs/benchmarks.md): batched inserts into SQLite, reading a day
// of raw rows and a month of rollups, M4 decimation of a month of seconds, the per-tick work of a
// live chart, the memory a month of raw points takes, and the CPU and disk that recording every
// coin (raw rows for the watchlist, rollups for all) costs.
//
// The month-sized database (2.6 million raw rows, minutes to build) is only made when
// PS_BENCH_FULL=1 is set; the CTest smoke run skips it.
#include "storage/database.h"
#include "storage/historyrepository.h"
#include "storage/historyworker.h"
#include "storage/premiumseries.h"
#include "storage/seriesdecimator.h"

#include "../common/residentmemory.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cmath>
#include <ctime>
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
    s.korea = { QStringLiteral("bithumb"), QStringLiteral("BTC"),
                Decimal::fromParts(129'555'000 + second % 1000 * 1000, 0), Start + second * 1000 - 40, 0 };
    s.foreign = { QStringLiteral("binance"), QStringLiteral("BTCUSDT"), Decimal::fromParts(892'771 + second % 500, 1),
                  Start + second * 1000 - 30, 0 };
    s.fx = { QStringLiteral("dunamu"), QStringLiteral("USDKRW"), Decimal::fromParts(14326, 1), Start - 60'000, 0 };
    s.observedAtMs = Start + second * 1000;
    return s;
}

PremiumSeries syntheticSeries(qint64 seconds)
{
    PremiumSeries series;
    series.reserve(static_cast<std::size_t>(seconds));
    for (qint64 i = 0; i < seconds; ++i)
        series.append(Start + i * 1000, float(1.3 + 0.4 * std::sin(double(i) / 3000.0) + (i % 7919 == 0 ? 3.0 : 0.0)),
                      false);
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
        std::vector<PremiumMinute> minutes;
        for (qint64 m = 0; m < rolledMinutes; ++m) {
            const PremiumSample s = sampleAt(m * 60);
            const qint64 rate = HistoryRepository::scaledRate(s.preciseRate);
            PremiumMinute minute { HistoryKey::of(s),
                                   Start + m * 60'000,
                                   rate,
                                   rate + 100000,
                                   rate - 100000,
                                   rate,
                                   s.korea.price,
                                   s.foreign.price,
                                   s.fx.price,
                                   60,
                                   0,
                                   Start + m * 60'000,
                                   Start + m * 60'000 + 59'000 };
            minutes.push_back(minute);
        }
        repository.insert({}, minutes);
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
        repository.loadRaw(HistoryKey {}, Start, Start + DaySeconds * 1000, &series);
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
        repository.loadMinutes(HistoryKey {}, Start, Start + MonthSeconds * 1000, &series);
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
        DecimatedSeries out
            = SeriesDecimator::decimate(series, series.firstTimeMs(), series.lastTimeMs() + 1, ChartWidthPx);
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
        repository.loadRaw(HistoryKey {}, Start, Start + MonthSeconds * 1000, series.get());
        const long after = residentKb();
        state.counters["points"] = double(series->size());
        state.counters["bytes_per_point"] = double(series->memoryBytes()) / double(series->size());
        state.counters["rss_growth_MB"] = double(after - before) / 1024.0;
        state.counters["rss_total_MB"] = double(after) / 1024.0;
    }
}

double threadCpuSeconds()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

// One second of the market engine's output for `coins` coins: every premium of the pair.
QList<CoinPremium> everyCoin(int coins)
{
    QList<CoinPremium> premiums;
    for (int i = 0; i < coins; ++i) {
        CoinPremium p;
        p.coin = i == 0 ? QStringLiteral("BTC") : i == 1 ? QStringLiteral("ETH") : QStringLiteral("C%1").arg(i);
        p.foreignInstrument = p.coin + QStringLiteral("USDT");
        p.basis = PremiumBasis::Seed;
        premiums.append(p);
    }
    return premiums;
}

void advance(QList<CoinPremium> &premiums, qint64 second)
{
    for (qsizetype i = 0; i < premiums.size(); ++i) {
        CoinPremium &p = premiums[i];
        const double rate = 1.3 + 0.4 * std::sin(double(second + i * 97) / 3000.0);
        p.preciseRate = Decimal::fromParts(std::llround(rate * 1e8), 8);
        p.rate = p.preciseRate->roundedHalfUp(2);
        p.entryRate = Decimal::fromParts(std::llround(rate * 100) + 5, 2);
        p.exitRate = Decimal::fromParts(std::llround(rate * 100) - 5, 2);
        p.koreaPrice = Decimal::fromParts(129'555'000 + (second + i) % 1000 * 1000, 0);
        p.foreignPrice = Decimal::fromParts(892'771 + (second + i) % 500, 1);
        p.fx = Decimal::fromParts(14326, 1);
        p.koreaReceivedAtMs = Start + second * 1000 - 40;
        p.foreignReceivedAtMs = Start + second * 1000 - 30;
        p.fxReceivedAtMs = Start;
        p.observedAtMs = Start + second * 1000;
    }
}

// The history of 250 coins recorded as the app does at the defaults (raw rows for BTC and ETH,
// the watchlist; one-minute rollups for all), each simulated second one cycle handed to the worker
// and one flush, into a real SQLite file: the worker thread's CPU time per second of market time
// (its share of one core), and the file's growth per day. `hours` of market time are simulated.
void recordEveryCoin(benchmark::State &state)
{
    const int coins = 250;
    const qint64 seconds = state.range(0) * 3600;
    for (auto _ : state) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        HistoryOptions options;
        options.location = DatabaseLocation::sqlite(path);
        options.retentionDays = 100'000; // the simulated days are in the past
        qint64 written = 0, minutes = 0;
        double cpu = 0;
        {
            HistoryWorker worker(options);
            QObject::connect(&worker, &HistoryWorker::statusChanged, &worker, [&](const HistoryStatus &status) {
                written = status.writtenRows;
                minutes = status.writtenMinutes;
            });
            worker.start();
            QList<CoinPremium> premiums = everyCoin(coins);
            for (qint64 second = 0; second < seconds; ++second) {
                advance(premiums, second); // the engine's work, not the history's
                const double before = threadCpuSeconds();
                worker.recordPremiums(premiums);
                worker.flush();
                cpu += threadCpuSeconds() - before;
            }
            worker.shutdown();
        }
        // Bytes per table and index, from SQLite's own page accounting (the dbstat table).
        double rawBytes = 0, minuteBytes = 0, minuteUnused = 0;
        {
            Database db(options.location);
            db.open();
            db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            QSqlQuery query(db.connection());
            query.exec(QStringLiteral("SELECT name, SUM(pgsize), SUM(unused) FROM dbstat GROUP BY name"));
            while (query.next()) {
                const QString name = query.value(0).toString();
                if (name == QLatin1StringView("premium_minute")) {
                    minuteBytes += query.value(1).toDouble();
                    minuteUnused += query.value(2).toDouble();
                } else if (name.startsWith(QLatin1StringView("premium")) || name == QLatin1StringView("ticker")) {
                    rawBytes += query.value(1).toDouble(); // premium, its time index, ticker
                }
            }
        }
        const double bytes = double(QFile(path).size());
        const double perDay = 86'400.0 / double(seconds) / 1e6;
        state.counters["raw_MB_per_day"] = rawBytes * perDay;
        state.counters["minute_MB_per_day"] = minuteBytes * perDay;
        state.counters["minute_bytes_per_row"] = minutes > 0 ? minuteBytes / double(minutes) : 0;
        state.counters["minute_page_fill_pct"] = minuteBytes > 0 ? 100.0 * (1.0 - minuteUnused / minuteBytes) : 0;
        state.counters["cpu_share_of_one_core_pct"] = 100.0 * cpu / double(seconds);
        state.counters["cpu_ms_per_second"] = 1000.0 * cpu / double(seconds);
        state.counters["raw_rows"] = double(written);
        state.counters["minute_rows"] = double(minutes);
        state.counters["file_MB"] = bytes / 1e6;
        state.counters["MB_per_day"] = bytes * perDay;
    }
}
BENCHMARK(recordEveryCoin)->Arg(1)->Iterations(1)->Unit(benchmark::kSecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIntValue("PS_BENCH_FULL") == 1) {
        benchmark::RegisterBenchmark("loadMonthRaw", loadMonthRaw)->Iterations(1)->Unit(benchmark::kMillisecond);
        // A whole simulated day (minutes of wall time), against the hour of the smoke run.
        benchmark::RegisterBenchmark("recordEveryCoin", recordEveryCoin)
            ->Arg(24)
            ->Iterations(1)
            ->Unit(benchmark::kSecond);
    }
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
