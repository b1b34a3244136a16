#include "redisserver.h"

#include "coordination/marketcache.h"
#include "coordination/redisclient.h"
#include "coordination/sharedmarketcoordinator.h"
#include "exchanges/httppoller.h"
#include "exchanges/venuegates.h"
#include "fx/fxkeeper.h"
#include "premium/marketfeed.h"
#include "premium/marketboard.h"
#include "venues/pollingmarketsource.h"
#include "venues/venuedirectory.h"

#include "../../common/fakevenues.h"
#include "fixtureserver.h"
#include "syntheticmarket.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>
#include <vector>

// The market engine's venues shared between instances in one process: real polling sources
// against the loopback venues, a real redis-server, each instance's own market board. One poller
// per venue, the others' boards filled from the cache through the board's validation.
namespace {

using Role = SharedFeedStatus::Role;

constexpr int PeriodMs = 300;

const QString Bithumb = QStringLiteral("bithumb");
const QString Binance = QStringLiteral("binance");
const QString Okx = QStringLiteral("okx");

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

struct Node
{
    QNetworkAccessManager network;
    VenueGates gates;
    std::vector<std::unique_ptr<PollingMarketSource>> sources;
    MarketBoard board;
    QList<QuoteBatch> cached;
    std::unique_ptr<SharedMarketCoordinator> coordinator;

    ~Node()
    {
        coordinator.reset();
        sources.clear();
    }
};

class SharedMarketCoordinatorTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(redis.start());
        ASSERT_TRUE(http.listen());
        for (const QString &venue : { Bithumb, Binance, Okx })
            market.serve(venue, http, [] { return int(nowMs() / PeriodMs); });
        // The last prices of the real coins: the made-up market has no rows of this request.
        http.setRoute(QStringLiteral("/fapi/v1/ticker/price"),
                      FixtureResponse::fromFile(QStringLiteral("binance/fapi-v1-ticker-price-all.json")));
    }

    std::unique_ptr<Node> start(const QString &id)
    {
        auto node = std::make_unique<Node>();
        Node *raw = node.get();
        QList<PollingMarketSource *> sources;
        for (const QString &venue : { Bithumb, Binance, Okx }) {
            auto source = std::make_unique<PollingMarketSource>(VenueDirectory::standard().find(venue), &node->network,
                                                                &node->gates, http.baseUrl());
            source->setPeriodMs(PeriodMs);
            QObject::connect(source.get(), &MarketSource::quotesReceived, source.get(),
                             [raw](const QuoteBatch &batch) { raw->board.apply(batch); });
            sources.append(source.get());
            node->sources.push_back(std::move(source));
        }
        SharedMarketCoordinator::Options options;
        options.address = redis.address();
        options.instanceId = id;
        options.reconnectFirstMs = 50;
        options.reconnectMaxMs = 300;
        SharedMarketCoordinator::Feed feed;
        feed.sources = sources;
        feed.acceptCached = [raw](const QuoteBatch &batch) {
            raw->cached.append(batch);
            raw->board.apply(batch);
        };
        feed.acceptStatuses = [raw](const QList<CoinStatus> &statuses) {
            raw->board.apply(statuses);
        };
        node->coordinator = std::make_unique<SharedMarketCoordinator>(feed, options);
        node->coordinator->start();
        for (const auto &source : node->sources)
            source->start();
        return node;
    }

    static bool settled(const std::vector<Node *> &nodes, const QString &venue, int timeoutMs = 5000)
    {
        return QTest::qWaitFor(
            [&] {
                int polling = 0;
                int following = 0;
                for (const Node *node : nodes) {
                    polling += node->coordinator->role(venue) == Role::Polling ? 1 : 0;
                    following += node->coordinator->role(venue) == Role::Following ? 1 : 0;
                }
                return polling == 1 && following == int(nodes.size()) - 1;
            },
            timeoutMs);
    }

    // How many of the venues the instance polls for everyone.
    static qsizetype leads(const Node *node)
    {
        const QStringList venues { Bithumb, Binance, Okx };
        return std::count_if(venues.cbegin(), venues.cend(),
                             [&](const QString &v) { return node->coordinator->role(v) == Role::Polling; });
    }

    RedisServer redis;
    FixtureServer http;
    SyntheticMarket market { 5 };
};

} // namespace

TEST_F(SharedMarketCoordinatorTest, ThreeInstancesShareTheVenuesWithOnePollerEach)
{
    auto a = start(QStringLiteral("desk-a"));
    auto b = start(QStringLiteral("desk-b"));
    auto c = start(QStringLiteral("desk-c"));
    const std::vector<Node *> all { a.get(), b.get(), c.get() };
    for (const QString &venue : { Bithumb, Binance, Okx })
        ASSERT_TRUE(settled(all, venue)) << venue.toStdString();
    // Then the first one hands on the venues beyond its share: one each.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return std::all_of(all.cbegin(), all.cend(), [](const Node *node) { return leads(node) == 1; }); },
        20'000));

    const qint64 from = nowMs();
    ASSERT_TRUE(QTest::qWaitFor([&] { return nowMs() - from > 8 * PeriodMs; }, 10'000));
    const QList<RecordedRequest> requests = http.requests();
    for (const auto &[venue, path] : { std::pair { Bithumb, QStringLiteral("/v1/ticker") },
                                       std::pair { Binance, QStringLiteral("/fapi/v1/ticker/bookTicker") },
                                       std::pair { Okx, QStringLiteral("/api/v5/market/tickers") } }) {
        QList<qint64> times;
        for (const RecordedRequest &request : requests) {
            if (request.path == path && request.receivedAtMs >= from)
                times.append(request.receivedAtMs);
        }
        ASSERT_GE(times.size(), 5) << path.toStdString();
        for (qsizetype i = 1; i < times.size(); ++i)
            EXPECT_GE(times[i] - times[i - 1], PeriodMs * 4 / 5) << path.toStdString() << ": two pollers";

        // Every instance has every coin of the venue; the followers' from the cache.
        for (const Node *node : all) {
            const BoardQuote *quote = node->board.quote(venue, QStringLiteral("COIN003"));
            ASSERT_NE(quote, nullptr) << venue.toStdString();
            ASSERT_TRUE(quote->book.has_value()) << venue.toStdString();
            const bool polls = node->coordinator->role(venue) == Role::Polling;
            EXPECT_EQ(quote->book->origin, polls ? QuoteOrigin::Poll : QuoteOrigin::Cache) << venue.toStdString();
            EXPECT_EQ(node->coordinator->leaderOf(venue), all.front()->coordinator->leaderOf(venue));
        }
    }
}

TEST_F(SharedMarketCoordinatorTest, ACachedCrossedBookIsRejectedByTheFollowersBoard)
{
    auto a = start(QStringLiteral("desk-a"));
    auto b = start(QStringLiteral("desk-b"));
    ASSERT_TRUE(settled({ a.get(), b.get() }, Binance));
    Node *follower = a->coordinator->role(Binance) == Role::Following ? a.get() : b.get();
    const auto booked = [follower] {
        const BoardQuote *quote = follower->board.quote(Binance, QStringLiteral("COIN002"));
        return quote && quote->book;
    };
    ASSERT_TRUE(QTest::qWaitFor(booked, 3000));
    const BookTop good = follower->board.quote(Binance, QStringLiteral("COIN002"))->book->value;

    // What a follower would read if the cache held a crossed book and an absurd price.
    MarketQuote bad;
    bad.venue = Binance;
    bad.coin = QStringLiteral("COIN002");
    bad.book
        = BookTop { good.ask + Decimal::fromInteger(100), Decimal::fromInteger(1), good.ask, Decimal::fromInteger(1) };
    bad.last = Decimal::fromInteger(-5);
    bad.receivedAtMs = nowMs();
    QuoteBatch batch;
    batch.venue = Binance;
    batch.quotes = { bad };
    const RedisReply written = redis.command(MarketCache().batchCommands(batch).constFirst());
    ASSERT_FALSE(written.isError()) << written.text.constData();
    const RedisReply reply = redis.command(MarketCache::readVenue(Binance));
    ASSERT_EQ(reply.type, RedisReply::Type::Array) << reply.text.constData();
    const QuoteBatch read = MarketCache::batchFromReply(Binance, reply, nowMs());
    const auto it = std::find_if(read.quotes.cbegin(), read.quotes.cend(), [&](const MarketQuote &q) {
        return q.coin == u"COIN002" && q.book && q.book->bid == bad.book->bid && q.last == bad.last;
    });
    ASSERT_NE(it, read.quotes.cend());
    ASSERT_EQ(it->origin, QuoteOrigin::Cache);
    QuoteBatch cached = read;
    cached.quotes = { *it };
    const QList<DataIssue> issues = follower->board.apply(cached);
    const auto has = [&](DataIssue::Kind kind) {
        return std::any_of(issues.cbegin(), issues.cend(),
                           [kind](const DataIssue &issue) { return issue.kind == kind; });
    };
    EXPECT_TRUE(has(DataIssue::Kind::CrossedBook));
    EXPECT_TRUE(has(DataIssue::Kind::Absurd));
    const BoardQuote *kept = follower->board.quote(Binance, QStringLiteral("COIN002"));
    EXPECT_LT(kept->book->value.bid, kept->book->value.ask) << "the crossed book never reached the board";
    EXPECT_FALSE(kept->last && !kept->last->value.isPositive()) << "nor the negative price";
}

TEST_F(SharedMarketCoordinatorTest, OneInstanceFetchesTheFxRateForAll)
{
    // The FX poller and keeper of a feed, shared on their own.
    serveAllVenues(http);
    FeedConfig config;
    for (const char *source : { "dunamu", "open-er-api" })
        config.baseUrls.insert(QString::fromLatin1(source), http.baseUrl());
    std::vector<std::unique_ptr<MarketFeed>> feeds;
    std::vector<std::unique_ptr<SharedMarketCoordinator>> coordinators;
    for (const char *id : { "desk-a", "desk-b" }) {
        auto liveFeed = std::make_unique<MarketFeed>(config);
        SharedMarketCoordinator::Feed feed;
        feed.fxPoller = liveFeed->fxPoller();
        feed.fxKeeper = liveFeed->fxKeeper();
        SharedMarketCoordinator::Options options;
        options.address = redis.address();
        options.instanceId = QString::fromLatin1(id);
        coordinators.push_back(std::make_unique<SharedMarketCoordinator>(feed, options));
        coordinators.back()->start();
        feeds.push_back(std::move(liveFeed));
    }
    for (const auto &feed : feeds)
        feed->fxPoller()->start();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return std::all_of(feeds.cbegin(), feeds.cend(),
                               [](const auto &feed) { return feed->fxKeeper()->current().has_value(); });
        },
        5000));
    for (const auto &feed : feeds)
        EXPECT_EQ(feed->fxKeeper()->current()->price, Decimal::fromParts(14326, 1));
    EXPECT_EQ(http.requestCount(QStringLiteral("/v1/forex/recent")), 1) << "one fetch for both";
    EXPECT_EQ(redis.command({ "HGET", "fx:usd:krw", "rate" }).text, "1432.6");
    coordinators.clear();
}

TEST_F(SharedMarketCoordinatorTest, APairsPremiumsAreWrittenByOneInstance)
{
    std::vector<std::unique_ptr<SharedMarketCoordinator>> coordinators;
    for (const char *id : { "desk-a", "desk-b" }) {
        SharedMarketCoordinator::Options options;
        options.address = redis.address();
        options.instanceId = QString::fromLatin1(id);
        coordinators.push_back(std::make_unique<SharedMarketCoordinator>(SharedMarketCoordinator::Feed {}, options));
        coordinators.back()->start();
    }
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return std::all_of(coordinators.cbegin(), coordinators.cend(),
                               [](const auto &c) { return c->client()->isConnected(); });
        },
        2000));
    // Each instance has its own figure, so that the hash says who wrote it.
    const auto premiumOf = [](int cents) {
        CoinPremium premium;
        premium.coin = QStringLiteral("BTC");
        premium.rate = Decimal::fromParts(cents, 2);
        premium.observedAtMs = nowMs();
        return premium;
    };
    coordinators.at(0)->writePremiums({ premiumOf(128) });
    ASSERT_TRUE(QTest::qWaitFor([&] { return redis.command({ "EXISTS", "premium:btc" }).toInteger() == 1; }, 2000));
    ASSERT_EQ(redis.command({ "GET", "lock:premium:bithumb:binance" }).text, "desk-a");
    // The other writes after the holder, every time: its figure must never land.
    const QList<QByteArray> rates { "1.28", "1.29", "1.30" };
    for (int round = 0; round < 3; ++round) {
        coordinators.at(0)->writePremiums({ premiumOf(128 + round) });
        coordinators.at(1)->writePremiums({ premiumOf(999) });
        ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                return redis.command({ "HGET", "premium:btc", "rate" }).text == rates.at(round);
            },
            2000));
    }
    // Whatever the other sent before this has been applied once its PING is answered.
    bool pinged = false;
    QObject context;
    coordinators.at(1)->client()->send({ "PING" }, &context, [&pinged](const RedisReply &) { pinged = true; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return pinged; }, 2000));
    EXPECT_EQ(redis.command({ "HGET", "premium:btc:bithumb:binance", "instance" }).text, "desk-a");
    EXPECT_EQ(redis.command({ "HGET", "premium:btc", "rate" }).text, "1.30");
}

TEST_F(SharedMarketCoordinatorTest, InstancesStartedLaterTakeTheirShareOfTheVenues)
{
    const QStringList venues { Bithumb, Binance, Okx };
    auto a = start(QStringLiteral("desk-a"));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return std::all_of(venues.cbegin(), venues.cend(),
                               [&](const QString &v) { return a->coordinator->role(v) == Role::Polling; });
        },
        5000))
        << "alone, it leads every venue";

    auto b = start(QStringLiteral("desk-b"));
    auto c = start(QStringLiteral("desk-c"));
    const std::vector<Node *> all { a.get(), b.get(), c.get() };
    // One venue each, within a few leases; every venue keeps exactly one poller.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return std::all_of(all.cbegin(), all.cend(), [&](const Node *node) { return leads(node) == 1; }); },
        20'000))
        << leads(a.get()) << ' ' << leads(b.get()) << ' ' << leads(c.get());
    for (const QString &venue : venues)
        EXPECT_TRUE(settled(all, venue, 1000)) << venue.toStdString();
}
