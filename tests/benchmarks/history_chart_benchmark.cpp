// The GUI side of one live tick with a long history: PremiumChartView::addSample() and the
// redraw it schedules (decimation slid to the new edge, one QLineSeries::replace() per run, the
// axes), on a 1600-pixel plot, following the live edge of a 24 h and of a 30-day view. And
// switching the chart to another coin, as selecting a row of the market table does.
#include "premiumchartview.h"

#include "storage/database.h"
#include "storage/historyrepository.h"
#include "storage/historystore.h"

#include <QDateTime>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

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

// One second of `coin` as the app stores it.
PremiumSample storedSample(const QString &coin, qint64 atMs, qint64 second)
{
    PremiumSample s = sampleAt(second);
    s.symbol = coin;
    s.observedAtMs = atMs;
    s.korea = { QStringLiteral("bithumb"), coin, *Decimal::fromString(u"129555000"), atMs - 40, 0 };
    s.foreign
        = { QStringLiteral("binance"), coin + QStringLiteral("USDT"), *Decimal::fromString(u"89277.1"), atMs - 30, 0 };
    s.fx = { QStringLiteral("dunamu"), QStringLiteral("USDKRW"), *Decimal::fromString(u"1432.6"), atMs - 60'000, 0 };
    return s;
}

bool waitForHistory(PremiumChartView &chart)
{
    QEventLoop loop;
    QTimer::singleShot(30'000, &loop, [&loop] { loop.exit(1); });
    QObject::connect(&chart, &PremiumChartView::historyLoaded, &loop, [&loop] { loop.exit(0); });
    return loop.exec() == 0;
}

// From setHistoryStore() with the other coin to its last day drawn: dropping the shown day, the
// read of 86,400 rows on the store's thread, the prepend, decimation and the redraw. Wall time is
// what the user waits; CPU time is the GUI thread's share.
void switchCoin(benchmark::State &state)
{
    QTemporaryDir dir;
    const DatabaseLocation location = DatabaseLocation::sqlite(dir.filePath(QStringLiteral("switch.sqlite")));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QStringList coins { QStringLiteral("BTC"), QStringLiteral("ETH") };
    {
        Database db(location);
        if (db.openAndMigrate()) {
            state.SkipWithError("no database");
            return;
        }
        HistoryRepository repository(db);
        for (const QString &coin : coins) {
            std::vector<PremiumSample> batch;
            for (qint64 s = 0; s < 86'400; ++s) {
                batch.push_back(storedSample(coin, now - (86'400 - s) * 1000, s));
                if (batch.size() == 10'000 || s == 86'399) {
                    if (repository.insert(batch)) {
                        state.SkipWithError("insert failed");
                        return;
                    }
                    batch.clear();
                }
            }
        }
    }
    HistoryOptions options;
    options.location = location;
    HistoryStore store(options);
    store.start();
    PremiumChartView chart;
    chart.resize(1700, 700);
    chart.show();
    chart.viewport()->setPreset(ChartViewport::Preset::Day);
    chart.setHistoryStore(&store, coins.first(), PremiumBasis::Seed);
    if (!waitForHistory(chart)) {
        state.SkipWithError("no history");
        return;
    }
    chart.redrawNow();
    qsizetype shown = 0;
    for (auto _ : state) {
        shown = (shown + 1) % coins.size();
        chart.setHistoryStore(&store, coins.at(shown), PremiumBasis::Seed);
        if (!waitForHistory(chart)) {
            state.SkipWithError("no history");
            return;
        }
        chart.redrawNow();
    }
    state.counters["points_in_history"] = double(chart.series().size());
    state.counters["points_drawn"] = double(chart.freshPointCount() + chart.stalePointCount());
}
BENCHMARK(switchCoin)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace
