// What sharing the feed through Redis costs, on loopback against a real redis-server started
// here: a lock taken and given back, the round trips of one tick for the poller and a follower,
// and how long after the poller's write a follower shows the same tick.
#include "coordination/redisclient.h"
#include "coordination/redislock.h"
#include "coordination/sharedmarketcoordinator.h"
#include "premium/marketfeed.h"
#include "venues/pollingmarketsource.h"

#include "../common/fakevenues.h"
#include "redisserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <functional>

namespace {

void spinUntil(const std::function<bool()> &done)
{
    while (!done())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
}

// Nearest-rank percentiles of the samples, as counters named <name>_p50 and <name>_p99.
void addPercentiles(benchmark::State &state, const std::string &name, std::vector<double> samples)
{
    if (samples.empty())
        return;
    std::sort(samples.begin(), samples.end());
    for (const auto &[suffix, p] : {std::pair{"_p50", 0.50}, std::pair{"_p99", 0.99}}) {
        const auto rank = static_cast<size_t>(p * static_cast<double>(samples.size()) + 0.5);
        state.counters[name + suffix] = samples[std::clamp<size_t>(rank, 1, samples.size()) - 1];
    }
}

void lockAcquireRelease(benchmark::State &state)
{
    RedisServer redis;
    if (!redis.start()) {
        state.SkipWithError("redis-server did not start");
        return;
    }
    RedisClient client;
    client.connectToServer(redis.address());
    spinUntil([&] { return client.isConnected(); });
    RedisLock lock("lock:ticker:all", "benchmark", 2000);
    QObject context;
    std::vector<double> micros;
    QElapsedTimer clock;
    for (auto _ : state) {
        bool released = false;
        clock.start();
        lock.tryAcquire(&client, &context, [&](bool held) {
            if (!held)
                state.SkipWithError("the lock was not free");
            lock.release(&client, &context, [&](bool) { released = true; });
        });
        spinUntil([&] { return released; });
        micros.push_back(static_cast<double>(clock.nsecsElapsed()) / 1e3);
    }
    addPercentiles(state, "us", micros);
}
BENCHMARK(lockAcquireRelease)->Iterations(2000)->Unit(benchmark::kMicrosecond);

// A poller and a follower in one process (one event loop, so the latency has no scheduling noise
// between processes): one iteration is one tick the follower shows.
void sharedTick(benchmark::State &state)
{
    RedisServer redis;
    FixtureServer http;
    if (!redis.start() || !http.listen()) {
        state.SkipWithError("servers did not start");
        return;
    }
    serveAllVenues(http);
    FeedConfig config;
    config.transport = FeedTransport::Poll; // the polled tick shared through Redis; this server speaks no socket
    for (const char *venue : {"bithumb", "binance", "dunamu", "open-er-api"})
        config.baseUrls.insert(QString::fromLatin1(venue), http.baseUrl());
    config.koreanFallbackVenue.clear();
    config.tickerPeriodMs = static_cast<int>(state.range(0));

    const auto attach = [&](MarketFeed &feed, const char *id) {
        SharedMarketCoordinator::Feed shared;
        for (const QString &venue : feed.venues())
            shared.sources.append(feed.poller(venue));
        shared.acceptCached = [&feed](const QuoteBatch &batch) { feed.acceptCached(batch); };
        shared.acceptStatuses = [&feed](const QList<CoinStatus> &statuses) { feed.acceptStatuses(statuses); };
        shared.fxPoller = feed.fxPoller();
        shared.fxKeeper = feed.fxKeeper();
        SharedMarketCoordinator::Options options;
        options.address = redis.address();
        options.instanceId = QString::fromLatin1(id);
        auto *coordinator = new SharedMarketCoordinator(shared, options, &feed);
        QObject::connect(&feed, &MarketFeed::cycled, coordinator, &SharedMarketCoordinator::writePremiums);
        coordinator->start();
        feed.start();
        return coordinator;
    };
    MarketFeed firstFeed(config);
    SharedMarketCoordinator *first = attach(firstFeed, "first");
    spinUntil([&] { return first->status().role == SharedFeedStatus::Role::Polling; });
    MarketFeed secondFeed(config);
    SharedMarketCoordinator *second = attach(secondFeed, "second");
    // Leadership is per venue and shared out: the second instance takes one of the two venues.
    // The Korean venue's leader is the poller measured here, the other instance its follower.
    spinUntil([&] { return second->status().role == SharedFeedStatus::Role::Polling; });
    const bool secondLeadsKorea = second->role(config.koreanVenue) == SharedFeedStatus::Role::Polling;
    SharedMarketCoordinator *poller = secondLeadsKorea ? second : first;
    SharedMarketCoordinator *follower = secondLeadsKorea ? first : second;
    MarketFeed &leaderFeed = secondLeadsKorea ? secondFeed : firstFeed;
    MarketFeed &followerFeed = secondLeadsKorea ? firstFeed : secondFeed;

    QElapsedTimer clock;
    clock.start();
    QHash<qint64, qint64> writtenAtNs;  // tick (Korean receive time) -> when the poller wrote it
    int pollerTicks = 0;
    int followerTicks = 0;
    std::vector<double> latencyMs;
    QEventLoop loop;
    // Connected after the coordinator's own slot, which sends the tick's write.
    QObject::connect(leaderFeed.monitor(), &PremiumMonitor::sampled, &loop, [&](const PremiumSample &sample) {
        writtenAtNs.insert(sample.korea.receivedAtMs, clock.nsecsElapsed());
        ++pollerTicks;
    });
    QObject::connect(followerFeed.monitor(), &PremiumMonitor::sampled, &loop, [&](const PremiumSample &sample) {
        const auto written = writtenAtNs.constFind(sample.korea.receivedAtMs);
        if (sample.source != u"cache" || written == writtenAtNs.cend())
            return;
        latencyMs.push_back(static_cast<double>(clock.nsecsElapsed() - written.value()) / 1e6);
        ++followerTicks;
        loop.quit();
    });
    // Start counting on a tick boundary.
    loop.exec();
    pollerTicks = 0;
    followerTicks = 0;
    latencyMs.clear();
    const quint64 pollerWrites = poller->client()->writeFlushes();
    const quint64 followerWrites = follower->client()->writeFlushes();
    for (auto _ : state)
        loop.exec();
    state.counters["poller_round_trips_per_tick"] =
        static_cast<double>(poller->client()->writeFlushes() - pollerWrites) / std::max(1, pollerTicks);
    state.counters["follower_round_trips_per_tick"] =
        static_cast<double>(follower->client()->writeFlushes() - followerWrites) / std::max(1, followerTicks);
    addPercentiles(state, "follower_extra_ms", latencyMs);
    secondFeed.stop();
    firstFeed.stop();
}
BENCHMARK(sharedTick)->Arg(250)->Iterations(16)->Unit(benchmark::kMillisecond);
BENCHMARK(sharedTick)->Arg(1000)->Iterations(6)->Unit(benchmark::kMillisecond);

} // namespace
