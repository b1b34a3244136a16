#include "redisserver.h"

#include "coordination/sharedmarketcoordinator.h"
#include "premium/marketfeed.h"

#include "../../common/fakevenues.h"
#include "websocketfixtureserver.h"

#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>
#include <optional>

// Two streaming instances sharing their venues through a real redis-server: the leader of a venue
// streams it and publishes what its sockets push; the follower closes its own sockets for that
// venue and shows the leader's streamed prices as cached ones.
namespace {

using Role = SharedFeedStatus::Role;

const QString Bithumb = QStringLiteral("bithumb");
const QString Okx = QStringLiteral("okx");
const QString Coin = QStringLiteral("SHIB");

struct Instance
{
    std::unique_ptr<MarketFeed> feed;
    SharedMarketCoordinator *coordinator = nullptr;
    QList<CoinPremium> last; // the last premiums shown, pushed or once a period
};

class SharedStreamTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(redis.start());
        ASSERT_TRUE(http.listen());
        ASSERT_TRUE(bithumb.listen());
        ASSERT_TRUE(okx.listen());
        serveAllVenues(http);
    }

    // As the app attaches the shared feed (app/sharedfeed.cpp).
    std::unique_ptr<Instance> start(const QString &id)
    {
        FeedConfig config;
        config.koreanVenue = Bithumb;
        config.foreignVenue = Okx;
        config.koreanFallbackVenue.clear();
        config.symbols = { Coin };
        config.symbol = Coin;
        config.tickerPeriodMs = 200;
        for (const QString &venue : { Bithumb, Okx, QStringLiteral("dunamu") })
            config.baseUrls.insert(venue, http.baseUrl());
        config.streamUrls.insert(Bithumb, bithumb.baseUrl());
        config.streamUrls.insert(Okx, okx.baseUrl());
        auto instance = std::make_unique<Instance>();
        instance->feed = std::make_unique<MarketFeed>(config);
        MarketFeed *feed = instance->feed.get();
        SharedMarketCoordinator::Options options;
        options.address = redis.address();
        options.instanceId = id;
        instance->coordinator = new SharedMarketCoordinator(SharedMarketCoordinator::feedOf(feed), options, feed);
        Instance *raw = instance.get();
        const auto keep = [raw](const QList<CoinPremium> &premiums) {
            raw->last = premiums;
        };
        QObject::connect(feed, &MarketFeed::cycled, feed, keep);
        QObject::connect(feed, &MarketFeed::coinsUpdated, feed, keep);
        instance->coordinator->start();
        feed->start();
        return instance;
    }

    RedisServer redis;
    FixtureServer http;
    WebSocketFixtureServer bithumb { Bithumb };
    WebSocketFixtureServer okx { Okx };
};

} // namespace

TEST_F(SharedStreamTest, TheLeaderStreamsAndTheFollowerReadsItsPushesFromTheCache)
{
    auto a = start(QStringLiteral("desk-a"));
    auto b = start(QStringLiteral("desk-b"));
    const auto roles = [&] {
        return QList<Role> { a->coordinator->role(Bithumb), b->coordinator->role(Bithumb) };
    };
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return roles().count(Role::Polling) == 1 && roles().count(Role::Following) == 1; }, 10'000));
    Instance *leader = a->coordinator->role(Bithumb) == Role::Polling ? a.get() : b.get();
    Instance *follower = leader == a.get() ? b.get() : a.get();

    // The follower closed its Bithumb socket: one socket for the venue, the leader's.
    ASSERT_TRUE(QTest::qWaitFor([&] { return bithumb.openCount() == 1; }, 10'000)) << bithumb.openCount();
    // The leader shows its own pushes; the follower shows them read from the cache.
    const auto koreaOrigin = [](const Instance *instance) {
        return instance->last.isEmpty() || !instance->last.constFirst().koreaPrice
            ? std::optional<QuoteOrigin>()
            : std::optional(instance->last.constFirst().koreaOrigin);
    };
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            bithumb.push(QStringLiteral("KRW-SHIB"));
            return koreaOrigin(leader) == QuoteOrigin::Stream && koreaOrigin(follower) == QuoteOrigin::Cache;
        },
        10'000));
    EXPECT_EQ(follower->last.constFirst().koreaPrice->toString(), QStringLiteral("0.02003"));
    const RedisReply cached = redis.command({ "HGET", "ticker:bithumb:shib", "price" });
    EXPECT_EQ(cached.text, "0.02003");

    // The leader goes: the follower takes the venue over and opens its socket again.
    const int before = bithumb.connectionCount();
    leader->feed.reset();
    ASSERT_TRUE(QTest::qWaitFor([&] { return follower->coordinator->role(Bithumb) == Role::Polling; }, 10'000));
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return bithumb.connectionCount() > before && bithumb.openCount() == 1; }, 10'000));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            bithumb.push(QStringLiteral("KRW-SHIB"));
            return koreaOrigin(follower) == QuoteOrigin::Stream;
        },
        10'000));
}
