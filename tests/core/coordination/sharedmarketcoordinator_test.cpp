#include "redisserver.h"

#include "coordination/marketcache.h"
#include "coordination/redisclient.h"
#include "coordination/sharedmarketcoordinator.h"
#include "exchanges/venuegates.h"
#include "premium/marketboard.h"
#include "venues/pollingmarketsource.h"
#include "venues/venuedirectory.h"

#include "fixtureserver.h"
#include "syntheticmarket.h"

#include <QDateTime>
#include <QNetworkAccessManager>
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

const QString Bybit = QStringLiteral("bybit");
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
        for (const QString &venue : { Bybit, Binance, Okx })
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
        for (const QString &venue : { Bybit, Binance, Okx }) {
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
        node->coordinator = std::make_unique<SharedMarketCoordinator>(
            sources,
            [raw](const QuoteBatch &batch) {
                raw->cached.append(batch);
                raw->board.apply(batch);
            },
            options);
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
    for (const QString &venue : { Bybit, Binance, Okx })
        ASSERT_TRUE(settled(all, venue)) << venue.toStdString();

    const qint64 from = nowMs();
    ASSERT_TRUE(QTest::qWaitFor([&] { return nowMs() - from > 8 * PeriodMs; }, 10'000));
    const QList<RecordedRequest> requests = http.requests();
    for (const auto &[venue, path] : { std::pair { Bybit, QStringLiteral("/v5/market/tickers") },
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
            const bool leads = node->coordinator->role(venue) == Role::Polling;
            EXPECT_EQ(quote->book->origin, leads ? QuoteOrigin::Poll : QuoteOrigin::Cache) << venue.toStdString();
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
