// The market table's cost on the GUI thread: one flush after every price of 300 coins moved, and
// a stream of 5,000 quote updates a second into the model with the table painting (offscreen).
#include "markettablemodel.h"
#include "markettableproxy.h"
#include "markettableview.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QEventLoop>
#include <QHeaderView>
#include <QTableView>
#include <QTimer>

#include <benchmark/benchmark.h>

#include <ctime>

namespace {

constexpr qint64 Start = 1'795'632'820'000;

QStringList coinsOf(int count)
{
    QStringList coins;
    for (int i = 1; i <= count; ++i)
        coins.append(QStringLiteral("COIN%1").arg(i, 3, 10, QLatin1Char('0')));
    return coins;
}

// Every column filled; `tick` moves each price, rate and book, so every value cell changes.
CoinPremium premiumAt(const QString &coin, int index, int tick)
{
    CoinPremium p;
    p.coin = coin;
    p.koreaPrice = Decimal::fromInteger(1'000'000 + index * 1'000 + tick);
    p.foreignPrice = Decimal::fromParts(690'000 + index * 700 + tick, 3);
    p.fx = Decimal::fromParts(14326, 1);
    p.rate = Decimal::fromParts(-200 + (index * 37 + tick) % 800, 2);
    p.preciseRate = Decimal::fromParts((-200 + (index * 37 + tick) % 800) * 1'000'000LL + tick, 8);
    p.entryRate = *p.rate + Decimal::fromParts(5, 2);
    p.exitRate = *p.rate - Decimal::fromParts(5, 2);
    p.koreaVolume24h = Decimal::fromInteger(123'456 + tick);
    p.koreaChange24hRatio = Decimal::fromParts(123 + tick, 4);
    p.fundingRate = Decimal::fromParts(100 + tick, 6);
    p.nextFundingTimeMs = Start + 3'600'000;
    p.depositOpen = true;
    p.withdrawalOpen = true;
    p.caution = false;
    p.observedAtMs = Start + tick * 1'000LL;
    return p;
}

QList<CoinPremium> allMoved(const QStringList &coins, int tick)
{
    QList<CoinPremium> premiums;
    premiums.reserve(coins.size());
    for (qsizetype i = 0; i < coins.size(); ++i)
        premiums.append(premiumAt(coins.at(i), static_cast<int>(i), tick));
    return premiums;
}

qint64 threadCpuNs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return now.tv_sec * 1'000'000'000LL + now.tv_nsec;
}

// One flush of 300 rows whose every value moved, into a sorted proxy and a shown table (its repaint
// comes later, from the event loop, and is the next benchmark's business).
void flushAllMoved(benchmark::State &state)
{
    const QStringList coins = coinsOf(static_cast<int>(state.range(0)));
    MarketTableView view;
    view.model()->setClock([] { return Start; });
    view.setCoins(coins);
    view.resize(1600, 900);
    view.show();
    view.table()->sortByColumn(MarketTableModel::Premium, Qt::DescendingOrder);
    int tick = 0;
    view.setPremiums(allMoved(coins, tick++));
    view.model()->flush();
    for (auto _ : state) {
        state.PauseTiming();
        view.setPremiums(allMoved(coins, tick++));
        state.ResumeTiming();
        view.model()->flush();
    }
    state.counters["rows"] = double(coins.size());
    state.counters["columns"] = double(MarketTableModel::ColumnCount);
}
BENCHMARK(flushAllMoved)->Arg(300)->Unit(benchmark::kMillisecond);

// The same with the updates themselves: 300 premiums stored and compared, then the flush.
void updateAndFlushAllMoved(benchmark::State &state)
{
    const QStringList coins = coinsOf(static_cast<int>(state.range(0)));
    MarketTableModel model;
    model.setClock([] { return Start; });
    MarketTableProxy proxy;
    proxy.setSourceModel(&model);
    model.setCoins(coins);
    QList<QList<CoinPremium>> ticks;
    for (int tick = 0; tick < 64; ++tick)
        ticks.append(allMoved(coins, tick));
    qsizetype next = 0;
    for (auto _ : state) {
        model.updatePremiums(ticks.at(next++ % ticks.size()));
        model.flush();
    }
}
BENCHMARK(updateAndFlushAllMoved)->Arg(300)->Unit(benchmark::kMillisecond);

// The table's share of a cold start: a new view gets 250 coins and their first premiums, flushes
// and paints once (grab() renders every visible cell, as the first expose does).
void coldStartPainted(benchmark::State &state)
{
    const QStringList coins = coinsOf(static_cast<int>(state.range(0)));
    const QList<CoinPremium> premiums = allMoved(coins, 0);
    for (auto _ : state) {
        MarketTableView view;
        view.model()->setClock([] { return Start; });
        view.resize(1600, 900);
        view.setCoins(coins);
        view.setPremiums(premiums);
        view.model()->flush();
        benchmark::DoNotOptimize(view.grab());
    }
}
BENCHMARK(coldStartPainted)->Arg(250)->Unit(benchmark::kMillisecond);

// 5,000 single-coin updates a second (in batches of 50 every 10 ms, as a busy stream of six venues
// brings them) into a shown 300-row table that repaints after each 100 ms flush. Reports the GUI
// thread's CPU time per second of wall time and how late the 10 ms timer ran at worst (input
// waits at most that long).
void streamIntoShownTable(benchmark::State &state)
{
    const int perSecond = static_cast<int>(state.range(0));
    const QStringList coins = coinsOf(300);
    MarketTableView view;
    view.model()->setClock([] { return Start; });
    view.setCoins(coins);
    view.resize(1600, 900);
    view.show();
    view.table()->sortByColumn(MarketTableModel::Premium, Qt::DescendingOrder);
    view.setPremiums(allMoved(coins, 0));
    view.model()->flush();
    QCoreApplication::processEvents();

    // Prepared beforehand so that the figure is the table's, not the generator's.
    constexpr int BatchesPerSecond = 100;
    const int batchSize = perSecond / BatchesPerSecond;
    QList<QList<CoinPremium>> batches;
    for (int b = 0; b < 500; ++b) {
        QList<CoinPremium> batch;
        for (int i = 0; i < batchSize; ++i) {
            const int index = (b * batchSize + i * 7) % static_cast<int>(coins.size());
            batch.append(premiumAt(coins.at(index), index, b + 1));
        }
        batches.append(batch);
    }

    int paints = 0;
    struct PaintCounter : QObject
    {
        int *count = nullptr;
        bool eventFilter(QObject *, QEvent *event) override
        {
            if (event->type() == QEvent::Paint)
                ++*count;
            return false;
        }
    } counter;
    counter.count = &paints;
    view.table()->viewport()->installEventFilter(&counter);
    int flushes = 0;
    QObject::connect(view.model(), &MarketTableModel::flushed, &counter, [&flushes] { ++flushes; });

    const qint64 durationMs = state.range(1);
    double cpuShare = 0;
    double worstLateMs = 0;
    for (auto _ : state) {
        paints = 0;
        flushes = 0;
        qsizetype next = 0;
        QEventLoop loop;
        QTimer feed;
        feed.setTimerType(Qt::PreciseTimer);
        feed.setInterval(1000 / BatchesPerSecond);
        QElapsedTimer wall;
        qint64 due = 0;
        qint64 late = 0;
        QObject::connect(&feed, &QTimer::timeout, &loop, [&] {
            late = std::max(late, wall.elapsed() - due);
            due += 1000 / BatchesPerSecond;
            view.setPremiums(batches.at(next++ % batches.size()));
            if (wall.elapsed() >= durationMs)
                loop.quit();
        });
        const qint64 cpuBefore = threadCpuNs();
        wall.start();
        due = 1000 / BatchesPerSecond;
        feed.start();
        loop.exec();
        const double wallNs = double(wall.nsecsElapsed());
        cpuShare = double(threadCpuNs() - cpuBefore) / wallNs;
        worstLateMs = double(late);
    }
    state.counters["gui_cpu_percent"] = cpuShare * 100;
    state.counters["updates_per_s"] = perSecond;
    state.counters["flushes"] = flushes;
    state.counters["paints"] = paints;
    state.counters["worst_timer_late_ms"] = worstLateMs;
}
BENCHMARK(streamIntoShownTable)->Args({ 5000, 3000 })->Iterations(1)->Unit(benchmark::kMillisecond);

} // namespace
