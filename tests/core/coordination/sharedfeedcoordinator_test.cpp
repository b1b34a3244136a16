#include "redisserver.h"

#include "coordination/redisclient.h"
#include "coordination/sharedfeedcoordinator.h"
#include "premium/livefeed.h"

#include "../../common/fakevenues.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

// Two live feeds in one process sharing one Redis: who polls, what the other shows, takeover,
// Redis going away and coming back, fencing, and the position-aware history. Short periods and
// leases keep it quick; the real-process test in sharedfeedprocess_test.cpp uses the real ones.
namespace {

using Role = SharedFeedStatus::Role;

constexpr int PeriodMs = 200;
constexpr int LeaseMs = 400;

struct Instance
{
    std::unique_ptr<LiveFeed> feed;
    SharedFeedCoordinator *coordinator = nullptr;
    QList<PremiumSample> samples;

    Role role() const { return coordinator->status().role; }
};

class SharedFeedTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(redis.start());
        ASSERT_TRUE(http.listen());
        serveAllVenues(http);
        for (const char *venue : {"bithumb", "binance", "dunamu", "open-er-api"})
            config.baseUrls.insert(QString::fromLatin1(venue), http.baseUrl());
        config.koreanFallbackVenue.clear();
        config.tickerPeriodMs = PeriodMs;
    }

    std::unique_ptr<Instance> start(const QString &id, int leaseMs = LeaseMs, int healthIntervalMs = 500)
    {
        auto instance = std::make_unique<Instance>();
        instance->feed = std::make_unique<LiveFeed>(config);
        SharedFeedCoordinator::Options options;
        options.address = redis.address();
        options.instanceId = id;
        options.tickerLeaseMs = leaseMs;
        options.premiumLeaseMs = leaseMs;
        options.reconnectFirstMs = 50;
        options.reconnectMaxMs = 300;
        options.healthIntervalMs = healthIntervalMs;
        instance->coordinator = new SharedFeedCoordinator(instance->feed.get(), options);
        Instance *raw = instance.get();
        QObject::connect(instance->feed->monitor(), &PremiumMonitor::sampled, instance->coordinator,
                         [raw](const PremiumSample &sample) { raw->samples.append(sample); });
        instance->coordinator->start();
        instance->feed->start();
        return instance;
    }

    // Waits until exactly one of them polls and the others follow it.
    static bool settled(const std::vector<Instance *> &instances, int timeoutMs = 3000)
    {
        return QTest::qWaitFor([&] {
            int polling = 0;
            int following = 0;
            for (const Instance *instance : instances) {
                polling += instance->role() == Role::Polling ? 1 : 0;
                following += instance->role() == Role::Following ? 1 : 0;
            }
            return polling == 1 && following == int(instances.size()) - 1;
        }, timeoutMs);
    }

    static Instance *leaderOf(const std::vector<Instance *> &instances)
    {
        for (Instance *instance : instances) {
            if (instance->role() == Role::Polling)
                return instance;
        }
        return nullptr;
    }

    static bool waitForSamples(Instance &instance, qsizetype count, int timeoutMs = 5000)
    {
        const qsizetype target = instance.samples.size() + count;
        return QTest::qWaitFor([&] { return instance.samples.size() >= target; }, timeoutMs);
    }

    RedisServer redis;
    FixtureServer http;
    FeedConfig config;
};

} // namespace

TEST_F(SharedFeedTest, OneInstancePollsAndTheOtherShowsTheSameNumbersFromTheCache)
{
    auto a = start(QStringLiteral("desk-a"));
    auto b = start(QStringLiteral("desk-b"));
    const std::vector<Instance *> both{a.get(), b.get()};
    ASSERT_TRUE(settled(both));
    Instance *leader = leaderOf(both);
    Instance *follower = leader == a.get() ? b.get() : a.get();
    EXPECT_EQ(follower->coordinator->status().leaderId, leader->coordinator->instanceId());

    ASSERT_TRUE(waitForSamples(*follower, 2));
    http.clearRequests();
    const qsizetype leaderBefore = leader->samples.size();
    const qsizetype followerBefore = follower->samples.size();
    ASSERT_TRUE(waitForSamples(*follower, 8));
    const qsizetype leaderTicks = leader->samples.size() - leaderBefore;
    // One request per venue per cycle in total, not one per instance.
    EXPECT_LE(http.requestCount(QStringLiteral("/v1/ticker")), leaderTicks + 1);
    EXPECT_LE(http.requestCount(QStringLiteral("/fapi/v2/ticker/price")), leaderTicks + 1);

    for (qsizetype i = followerBefore; i < follower->samples.size(); ++i) {
        const PremiumSample &sample = follower->samples.at(i);
        EXPECT_EQ(sample.source, QStringLiteral("cache"));
        EXPECT_FALSE(sample.stale);
        EXPECT_EQ(sample.rate.toFixed(2), QStringLiteral("1.28"));
        EXPECT_EQ(sample.korea.venue, QStringLiteral("bithumb"));
    }
    EXPECT_EQ(leader->samples.constLast().source, QStringLiteral("exchange"));

    const auto ticker = redis.command({"HGETALL", "ticker:binance:btc"}).toHash();
    EXPECT_EQ(ticker.value("price"), "89277.1");
    EXPECT_EQ(ticker.value("instance"), leader->coordinator->instanceId().toUtf8());
    EXPECT_EQ(redis.command({"HGET", "premium:btc", "rate"}).text, "1.28");
    EXPECT_GT(redis.command({"GET", "batch:last_run:ticker"}).toInteger(), 0);
    EXPECT_GT(redis.command({"GET", "batch:last_run:premium"}).toInteger(), 0);
    EXPECT_GT(redis.command({"GET", "batch:last_run:fx"}).toInteger(), 0);
    EXPECT_EQ(redis.command({"HGET", "fx:usd:krw", "rate"}).text, "1432.6");
    EXPECT_EQ(http.requestCount(QStringLiteral("/v1/forex/recent")), 0) << "FX was fetched once, before the window";
    for (const Instance *instance : both) {
        const QByteArray key = "batch:health:" + instance->coordinator->instanceId().toUtf8();
        EXPECT_TRUE(redis.command({"GET", key}).text.contains("\"instance\"")) << key.constData();
        const qint64 ttl = redis.command({"PTTL", key}).toInteger();
        EXPECT_GT(ttl, 0);
        EXPECT_LE(ttl, 30'000);
    }
}

TEST_F(SharedFeedTest, APollersTickIsOneRoundTrip)
{
    // With the lease covering the next cycle, the claim on it travels with the tick's write. The
    // health key is left out (written every minute here) so that only ticks are counted.
    auto a = start(QStringLiteral("desk-a"), 10 * PeriodMs, 60'000);
    ASSERT_TRUE(QTest::qWaitFor([&] { return a->role() == Role::Polling; }, 3000));
    ASSERT_TRUE(waitForSamples(*a, 2));
    const quint64 flushesBefore = a->coordinator->client()->writeFlushes();
    const qsizetype samplesBefore = a->samples.size();
    http.clearRequests();
    ASSERT_TRUE(waitForSamples(*a, 10));
    const auto ticks = static_cast<quint64>(a->samples.size() - samplesBefore);
    const quint64 flushes = a->coordinator->client()->writeFlushes() - flushesBefore;
    EXPECT_LE(flushes, ticks + 1);
    EXPECT_GE(http.requestCount(QStringLiteral("/v1/ticker")), static_cast<int>(ticks) - 1) << "it still polls every cycle";
    EXPECT_EQ(a->role(), Role::Polling);
    EXPECT_TRUE(a->samples.constLast().source == u"exchange");
}

TEST_F(SharedFeedTest, AFollowerTakesOverWithinPeriodPlusLease)
{
    auto a = start(QStringLiteral("desk-a"));
    auto b = start(QStringLiteral("desk-b"));
    ASSERT_TRUE(settled({a.get(), b.get()}));
    std::unique_ptr<Instance> &leader = a->role() == Role::Polling ? a : b;
    std::unique_ptr<Instance> &follower = a->role() == Role::Polling ? b : a;
    ASSERT_TRUE(waitForSamples(*follower, 2));

    // Gone without a word (no release): only the lease frees the lock.
    QElapsedTimer clock;
    clock.start();
    leader.reset();
    ASSERT_TRUE(QTest::qWaitFor([&] { return follower->role() == Role::Polling; }, 3000));
    EXPECT_LE(clock.elapsed(), PeriodMs + LeaseMs + 300);
    ASSERT_TRUE(waitForSamples(*follower, 2));
    EXPECT_EQ(follower->samples.constLast().source, QStringLiteral("exchange"));
}

TEST_F(SharedFeedTest, RedisDownEveryInstancePollsAloneThenOnePollerAgain)
{
    auto a = start(QStringLiteral("desk-a"));
    auto b = start(QStringLiteral("desk-b"));
    ASSERT_TRUE(settled({a.get(), b.get()}));
    ASSERT_TRUE(waitForSamples(*a, 2));
    ASSERT_TRUE(waitForSamples(*b, 2));

    redis.kill();
    ASSERT_TRUE(QTest::qWaitFor([&] { return a->role() == Role::Alone && b->role() == Role::Alone; }, 2 * PeriodMs + 200));
    EXPECT_EQ(a->coordinator->status().redis, SharedFeedStatus::RedisState::Unreachable);
    EXPECT_FALSE(a->coordinator->status().lastError.isEmpty());
    ASSERT_TRUE(waitForSamples(*a, 3));
    ASSERT_TRUE(waitForSamples(*b, 3));
    EXPECT_EQ(a->samples.constLast().source, QStringLiteral("exchange"));
    EXPECT_EQ(b->samples.constLast().source, QStringLiteral("exchange"));
    EXPECT_FALSE(b->samples.constLast().stale);

    ASSERT_TRUE(redis.restart());
    ASSERT_TRUE(settled({a.get(), b.get()}, 5000));
    EXPECT_EQ(a->coordinator->status().redis, SharedFeedStatus::RedisState::Connected);
    // Restarted empty: the cache fills again without any refused write.
    ASSERT_TRUE(QTest::qWaitFor([&] { return redis.command({"EXISTS", "premium:btc"}).toInteger() == 1; }, 3000));
    EXPECT_EQ(a->coordinator->status().refusedWrites + b->coordinator->status().refusedWrites, 0);
}

TEST_F(SharedFeedTest, AStaleWriteIsRefusedAndItsWriterStepsDown)
{
    auto a = start(QStringLiteral("desk-a"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return a->role() == Role::Polling; }, 3000));
    ASSERT_TRUE(waitForSamples(*a, 2));

    // While a request of the poller is in flight, another instance takes the lock (as if the
    // poller had been paused past its lease). The poller's write at the end of that cycle must be
    // refused.
    http.setRoute(QStringLiteral("/v1/ticker"),
                  [] { auto r = FixtureResponse::fromFile(QStringLiteral("bithumb/v1-ticker-krw-btc.json")); r.delayMs = 100; return r; }());
    RedisClient intruder;
    QObject context;
    QSignalSpy intruderUp(&intruder, &RedisClient::connected);
    intruder.connectToServer(redis.address());
    ASSERT_TRUE(intruderUp.wait(2000));
    bool tookOver = false;
    QObject::connect(&http, &FixtureServer::requestReceived, &context, [&](const RecordedRequest &request) {
        if (tookOver || request.path != u"/v1/ticker")
            return;
        tookOver = true;
        intruder.send({"SET", "lock:ticker:all", "intruder", "PX", "10000"}, &context, [](const RedisReply &) {});
        intruder.send({"INCR", "lock:ticker:all:fence"}, &context, [](const RedisReply &) {});
        intruder.send({"HSET", "ticker:bithumb:btc", "instance", "intruder"}, &context, [](const RedisReply &) {});
    });
    QSignalSpy refused(a->coordinator, &SharedFeedCoordinator::staleWriteRefused);
    ASSERT_TRUE(refused.wait(3000));
    EXPECT_EQ(refused.constFirst().at(0).toString(), QStringLiteral("ticker"));
    EXPECT_LT(refused.constFirst().at(1).toLongLong(), refused.constFirst().at(2).toLongLong());
    EXPECT_GE(a->coordinator->status().refusedWrites, 1);
    EXPECT_EQ(redis.command({"HGET", "ticker:bithumb:btc", "instance"}).text, "intruder");
    ASSERT_TRUE(QTest::qWaitFor([&] { return a->coordinator->status().leaderId == u"intruder"; }, 2000));
    EXPECT_EQ(a->role(), Role::Following);
}

TEST_F(SharedFeedTest, OpenPositionsSwitchThePremiumHistoryOnAndOff)
{
    auto a = start(QStringLiteral("desk-a"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return a->role() == Role::Polling; }, 3000));
    ASSERT_TRUE(waitForSamples(*a, 2));
    EXPECT_EQ(redis.command({"EXISTS", "premium:btc:history"}).toInteger(), 0);

    a->coordinator->setOpenPositionCount(2);
    ASSERT_TRUE(QTest::qWaitFor([&] { return redis.command({"GET", "position:open:exists"}).text == "true"; }, 2000));
    EXPECT_EQ(redis.command({"GET", "position:open:count"}).text, "2");
    const qint64 ttl = redis.command({"PTTL", "position:open:count"}).toInteger();
    EXPECT_GT(ttl, 0);
    EXPECT_LE(ttl, 30'000);
    ASSERT_TRUE(QTest::qWaitFor([&] { return redis.command({"ZCARD", "premium:btc:history"}).toInteger() >= 1; }, 2000));
    EXPECT_EQ(redis.command({"ZRANGE", "premium:btc:history", "0", "0"}).at(0).text, "1.28:129555000:89277.1");
    EXPECT_LE(redis.command({"PTTL", "premium:btc:history"}).toInteger(), 60 * 60'000);

    a->coordinator->setOpenPositionCount(0);
    ASSERT_TRUE(QTest::qWaitFor([&] { return redis.command({"GET", "position:open:exists"}).text == "false"; }, 2000));
    EXPECT_EQ(redis.command({"GET", "position:open:count"}).text, "0");
    const qint64 scoreBefore = redis.command({"ZRANGE", "premium:btc:history", "-1", "-1", "WITHSCORES"}).at(1).toInteger();
    ASSERT_TRUE(waitForSamples(*a, 3));
    EXPECT_EQ(redis.command({"ZRANGE", "premium:btc:history", "-1", "-1", "WITHSCORES"}).at(1).toInteger(), scoreBefore)
        << "no history while no position is open";
}

TEST_F(SharedFeedTest, WithoutRedisAtStartTheFeedRunsAloneAtOnce)
{
    redis.kill();
    auto a = start(QStringLiteral("desk-a"));
    ASSERT_TRUE(waitForSamples(*a, 2, 3000));
    EXPECT_EQ(a->role(), Role::Alone);
    EXPECT_EQ(a->coordinator->status().redis, SharedFeedStatus::RedisState::Unreachable);
    EXPECT_EQ(a->samples.constFirst().source, QStringLiteral("exchange"));
}

TEST(SharedFeedPasswordTest, ARedisThatWantsAPasswordSaysSoAndTheFeedRunsAlone)
{
    RedisServer redis({QStringLiteral("--requirepass"), QStringLiteral("not-given")});
    FixtureServer http;
    ASSERT_TRUE(redis.start());
    ASSERT_TRUE(http.listen());
    serveAllVenues(http);
    FeedConfig config;
    for (const char *venue : {"bithumb", "binance", "dunamu", "open-er-api"})
        config.baseUrls.insert(QString::fromLatin1(venue), http.baseUrl());
    config.koreanFallbackVenue.clear();
    config.tickerPeriodMs = PeriodMs;
    LiveFeed feed(config);
    SharedFeedCoordinator::Options options;
    options.address = redis.address();
    auto *coordinator = new SharedFeedCoordinator(&feed, options);
    QList<PremiumSample> samples;
    QObject::connect(feed.monitor(), &PremiumMonitor::sampled, coordinator, [&samples](const PremiumSample &sample) { samples.append(sample); });
    coordinator->start();
    feed.start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return coordinator->status().passwordRefused; }, 3000))
        << coordinator->status().lastError.toStdString();
    EXPECT_EQ(coordinator->status().redis, SharedFeedStatus::RedisState::Unreachable);
    EXPECT_EQ(coordinator->status().role, Role::Alone);
    // The numbers keep coming, from the exchanges.
    ASSERT_TRUE(QTest::qWaitFor([&] { return samples.size() >= 2; }, 3000));
    EXPECT_EQ(samples.constLast().source, QStringLiteral("exchange"));
    feed.stop();
}

TEST_F(SharedFeedTest, ALeaseShorterThanThePeriodIsStretchedSoThatOnlyOneInstancePollsAPeriod)
{
    // Twice the period, never below the floor: a 3 s period gets a 6 s lease.
    EXPECT_EQ(SharedFeedCoordinator::leaseFor(2000, 1000), 2000);
    EXPECT_EQ(SharedFeedCoordinator::leaseFor(2000, 3000), 6000);
    EXPECT_EQ(SharedFeedCoordinator::leaseFor(2000, 60'000), 120'000);

    // A 60 s period against the 2 s lease floor, scaled down by a hundred: a follower reads the
    // poller's tick a tenth of a period after the next one is due, long after a lease of the
    // floor's length taken at the start of the poller's cycle has run out.
    config.tickerPeriodMs = 600;
    auto a = start(QStringLiteral("desk-a"), 20);
    auto b = start(QStringLiteral("desk-b"), 20);
    ASSERT_TRUE(waitForSamples(*a, 2));
    ASSERT_TRUE(waitForSamples(*b, 2));
    const qint64 from = QDateTime::currentMSecsSinceEpoch();
    ASSERT_TRUE(waitForSamples(*a, 6, 10'000));
    ASSERT_TRUE(waitForSamples(*b, 6, 10'000));
    QList<qint64> times;
    for (const RecordedRequest &request : http.requests()) {
        if (request.path == u"/v1/ticker" && request.receivedAtMs >= from)
            times.append(request.receivedAtMs);
    }
    ASSERT_GE(times.size(), 5);
    for (qsizetype i = 1; i < times.size(); ++i)
        EXPECT_GE(times[i] - times[i - 1], 600 * 4 / 5)
            << "two polls in one period, " << times[i] - times[i - 1] << " ms apart";
}

TEST_F(SharedFeedTest, TheOpenPositionCountIsTheTotalOverTheLiveInstances)
{
    auto a = start(QStringLiteral("desk-a"));
    auto b = start(QStringLiteral("desk-b"));
    ASSERT_TRUE(settled({a.get(), b.get()}));
    const auto total = [this] {
        return redis.command({"GET", "position:open:count"}).text;
    };
    const auto exists = [this] {
        return redis.command({"GET", "position:open:exists"}).text;
    };

    a->coordinator->setOpenPositionCount(2);
    b->coordinator->setOpenPositionCount(1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return total() == "3"; }, 2000)) << total().constData();
    EXPECT_EQ(exists(), "true");
    const qint64 ttl = redis.command({"PTTL", "position:open:instance:desk-b"}).toInteger();
    EXPECT_GT(ttl, 0);
    EXPECT_LE(ttl, 30'000);

    // Closing its last position, one instance must not say "none" for the other.
    a->coordinator->setOpenPositionCount(0);
    ASSERT_TRUE(QTest::qWaitFor([&] { return total() == "1"; }, 2000)) << total().constData();
    EXPECT_EQ(exists(), "true");
    ASSERT_TRUE(waitForSamples(*a, 2));
    EXPECT_EQ(redis.command({"ZCARD", "premium:btc:history"}).toInteger() > 0, true)
        << "the other's position keeps the history on";

    // An instance that dies stops refreshing its count: once it has expired, the next total
    // leaves it out.
    b.reset();
    redis.command({"PEXPIRE", "position:open:instance:desk-b", "1"});
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return redis.command({"EXISTS", "position:open:instance:desk-b"}).toInteger() == 0;
        },
        2000));
    a->coordinator->setOpenPositionCount(4);
    ASSERT_TRUE(QTest::qWaitFor([&] { return total() == "4"; }, 2000)) << total().constData();
    a->coordinator->setOpenPositionCount(0);
    ASSERT_TRUE(QTest::qWaitFor([&] { return exists() == "false"; }, 2000));
    EXPECT_EQ(total(), "0");
}

TEST_F(SharedFeedTest, TheTickerHashCarriesTheVenuesDayVolume)
{
    auto a = start(QStringLiteral("desk-a"));
    auto b = start(QStringLiteral("desk-b"));
    ASSERT_TRUE(settled({a.get(), b.get()}));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return redis.command({"EXISTS", "ticker:bithumb:btc"}).toInteger() == 1;
        },
        2000));
    // acc_trade_volume_24h of the fixture; Binance's ticker/price carries no volume.
    EXPECT_EQ(redis.command({"HGET", "ticker:bithumb:btc", "volume"}).text, "1552.9087");
    EXPECT_EQ(redis.command({"HGET", "ticker:binance:btc", "volume"}).text, "");
    // Followers read it back with the price.
    Instance *follower = leaderOf({a.get(), b.get()}) == a.get() ? b.get() : a.get();
    ASSERT_TRUE(waitForSamples(*follower, 2));
    ASSERT_EQ(follower->samples.constLast().source, QStringLiteral("cache"));
    ASSERT_TRUE(follower->samples.constLast().korea.volume24h.has_value());
    EXPECT_EQ(follower->samples.constLast().korea.volume24h->toString(), QStringLiteral("1552.9087"));
}

TEST_F(SharedFeedTest, AFollowersCacheReadsAreReportedAsHits)
{
    auto a = start(QStringLiteral("desk-a"));
    auto b = start(QStringLiteral("desk-b"));
    const std::vector<Instance *> both{a.get(), b.get()};
    ASSERT_TRUE(settled(both));
    Instance *follower = leaderOf(both) == a.get() ? b.get() : a.get();
    ASSERT_TRUE(waitForSamples(*follower, 2));
    QSignalSpy reads(follower->coordinator, &SharedFeedCoordinator::cacheRead);
    ASSERT_TRUE(waitForSamples(*follower, 3));
    int tickerHits = 0;
    int tickerMisses = 0;
    for (const QList<QVariant> &read : std::as_const(reads)) {
        if (read.at(0).toString() == u"ticker")
            (read.at(1).toBool() ? tickerHits : tickerMisses) += 1;
    }
    // Both tickers each cycle, all fresh.
    EXPECT_GE(tickerHits, 4);
    EXPECT_EQ(tickerMisses, 0);
}
