#include "redisserver.h"

#include "coordination/fencedwriter.h"
#include "coordination/marketcache.h"
#include "coordination/redisclient.h"
#include "coordination/sharedvenuejob.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <map>
#include <memory>

// Leadership per venue between instances in one process, against a real redis-server: one poller
// per venue, different instances leading different venues, takeover, and the venue's request
// budget counted across instances. Each venue's source is stood in for by a cycler that asks the
// gate every cycle exactly as a source does, "polls" by making up a batch, and ends the cycle.
namespace {

using Role = SharedFeedStatus::Role;

constexpr int PeriodMs = 100;
constexpr int LeaseMs = 400;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

class Cycler final : public QObject
{
public:
    explicit Cycler(SharedVenueJob *job)
        : m_job(job)
    {
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, [this] { cycle(); });
        connect(job, &SharedVenueJob::cached, this, [this](const QuoteBatch &batch) { cached.append(batch); });
        connect(job, &SharedVenueJob::statusesCached, this,
                [this](const QList<CoinStatus> &list) { statuses.append(list); });
    }

    void start() { cycle(); }

    QList<qint64> polls; // epoch ms
    QList<QuoteBatch> cached;
    QList<CoinStatus> statuses;

private:
    void cycle()
    {
        m_job->ask([this](HttpPoller::CycleDecision decision) {
            if (decision.poll)
                poll();
            m_timer.start(decision.nextCycleInMs.value_or(PeriodMs));
        });
    }

    void poll()
    {
        polls.append(nowMs());
        MarketQuote quote;
        quote.venue = m_job->venue();
        quote.coin = QStringLiteral("BTC");
        quote.last = Decimal::fromInteger(1000 + polls.size());
        quote.receivedAtMs = nowMs();
        QuoteBatch batch;
        batch.venue = m_job->venue();
        batch.quotes = { quote };
        m_job->countRequest();
        m_job->addPolled(batch);
        m_job->endCycle();
    }

    SharedVenueJob *m_job;
    QTimer m_timer;
};

struct Instance
{
    QString id;
    std::unique_ptr<RedisClient> client;
    FencedWriter *writer = nullptr;
    std::unique_ptr<MarketCache> cache;
    std::map<QString, std::unique_ptr<SharedVenueJob>> jobs;
    std::map<QString, std::unique_ptr<Cycler>> cyclers;

    Role role(const QString &venue) const { return jobs.at(venue)->role(); }
    Cycler &cycler(const QString &venue) { return *cyclers.at(venue); }
};

const QString Bithumb = QStringLiteral("bithumb");
const QString Binance = QStringLiteral("binance");
const QString Okx = QStringLiteral("okx");

class SharedVenueJobTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(redis.start()); }

    std::unique_ptr<Instance> make(const QString &id, const QStringList &venues,
                                   QList<SharedRequestBudget::Limit> budgets = {})
    {
        auto instance = std::make_unique<Instance>();
        instance->id = id;
        instance->client = std::make_unique<RedisClient>();
        instance->client->setReconnectDelays(50, 300);
        instance->writer = new FencedWriter(instance->client.get(), instance->client.get());
        instance->cache = std::make_unique<MarketCache>(id.toUtf8());
        QSignalSpy up(instance->client.get(), &RedisClient::connected);
        instance->client->connectToServer(redis.address());
        EXPECT_TRUE(up.wait(2000));
        for (const QString &venue : venues) {
            SharedVenueJob::Options options { venue, PeriodMs, LeaseMs, budgets, 3 * PeriodMs };
            auto job = std::make_unique<SharedVenueJob>(instance->client.get(), instance->writer, *instance->cache,
                                                        id.toUtf8(), options);
            instance->cyclers[venue] = std::make_unique<Cycler>(job.get());
            instance->jobs[venue] = std::move(job);
        }
        return instance;
    }

    // Exactly one of them leads `venue` and the others follow it.
    static bool settled(const std::vector<Instance *> &instances, const QString &venue, int timeoutMs = 3000)
    {
        return QTest::qWaitFor(
            [&] {
                int polling = 0;
                int following = 0;
                for (const Instance *instance : instances) {
                    polling += instance->role(venue) == Role::Polling ? 1 : 0;
                    following += instance->role(venue) == Role::Following ? 1 : 0;
                }
                return polling == 1 && following == int(instances.size()) - 1;
            },
            timeoutMs);
    }

    static Instance *leaderOf(const std::vector<Instance *> &instances, const QString &venue)
    {
        for (Instance *instance : instances) {
            if (instance->role(venue) == Role::Polling)
                return instance;
        }
        return nullptr;
    }

    RedisServer redis;
};

} // namespace

TEST_F(SharedVenueJobTest, ThreeInstancesPollEachVenueOnceAndTheOthersGetItsQuotes)
{
    const QStringList venues { Bithumb, Binance, Okx };
    auto a = make(QStringLiteral("desk-a"), venues);
    auto b = make(QStringLiteral("desk-b"), venues);
    auto c = make(QStringLiteral("desk-c"), venues);
    const std::vector<Instance *> all { a.get(), b.get(), c.get() };
    for (Instance *instance : all) {
        for (const QString &venue : venues)
            instance->cycler(venue).start();
    }
    for (const QString &venue : venues)
        ASSERT_TRUE(settled(all, venue)) << venue.toStdString();

    const qint64 from = nowMs();
    Instance *bithumbLeader = leaderOf(all, Bithumb);
    ASSERT_TRUE(QTest::qWaitFor([&] { return bithumbLeader->cycler(Bithumb).polls.size() >= 10; }, 5000));
    for (const QString &venue : venues) {
        Instance *leader = leaderOf(all, venue);
        ASSERT_NE(leader, nullptr) << venue.toStdString();
        QList<qint64> times;
        for (Instance *instance : all) {
            for (qint64 at : instance->cycler(venue).polls) {
                if (at > from)
                    times.append(at);
            }
            if (instance != leader) {
                EXPECT_EQ(instance->jobs.at(venue)->leaderId(), leader->id);
                const QList<QuoteBatch> &cached = instance->cycler(venue).cached;
                ASSERT_FALSE(cached.isEmpty()) << venue.toStdString();
                EXPECT_EQ(cached.constLast().quotes.constFirst().origin, QuoteOrigin::Cache);
                EXPECT_EQ(cached.constLast().venue, venue);
            }
        }
        std::sort(times.begin(), times.end());
        ASSERT_GE(times.size(), 5) << venue.toStdString();
        for (qsizetype i = 1; i < times.size(); ++i)
            EXPECT_GE(times[i] - times[i - 1], PeriodMs * 4 / 5) << venue.toStdString() << ": two polls in one period";
        EXPECT_EQ(redis.command({ "HGET", MarketCache::tickerKey(venue, QStringLiteral("BTC")), "instance" }).text,
                  leader->id.toUtf8());
        EXPECT_GT(redis.command({ "GET", "batch:last_run:ticker:" + venue.toUtf8() }).toInteger(), 0);
    }
}

TEST_F(SharedVenueJobTest, DifferentInstancesLeadDifferentVenues)
{
    auto a = make(QStringLiteral("desk-a"), { Bithumb, Binance });
    auto b = make(QStringLiteral("desk-b"), { Bithumb, Binance });
    // Each takes one venue first; the lease it renews every cycle keeps it.
    a->cycler(Bithumb).start();
    b->cycler(Binance).start();
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return a->role(Bithumb) == Role::Polling && b->role(Binance) == Role::Polling; }, 2000));
    a->cycler(Binance).start();
    b->cycler(Bithumb).start();
    ASSERT_TRUE(settled({ a.get(), b.get() }, Bithumb));
    ASSERT_TRUE(settled({ a.get(), b.get() }, Binance));
    const qsizetype before = b->cycler(Bithumb).cached.size();
    ASSERT_TRUE(QTest::qWaitFor([&] { return b->cycler(Bithumb).cached.size() >= before + 5; }, 3000));
    EXPECT_EQ(a->role(Bithumb), Role::Polling);
    EXPECT_EQ(a->role(Binance), Role::Following);
    EXPECT_EQ(a->jobs.at(Binance)->leaderId(), QStringLiteral("desk-b"));
    EXPECT_EQ(b->role(Binance), Role::Polling);
    EXPECT_EQ(b->role(Bithumb), Role::Following);
    EXPECT_FALSE(a->cycler(Binance).cached.isEmpty());
    EXPECT_TRUE(b->cycler(Bithumb).polls.isEmpty());
}

TEST_F(SharedVenueJobTest, AFollowerTakesOverAVenueWithinPeriodPlusLease)
{
    auto a = make(QStringLiteral("desk-a"), { Okx });
    auto b = make(QStringLiteral("desk-b"), { Okx });
    a->cycler(Okx).start();
    b->cycler(Okx).start();
    ASSERT_TRUE(settled({ a.get(), b.get() }, Okx));
    std::unique_ptr<Instance> &leader = a->role(Okx) == Role::Polling ? a : b;
    std::unique_ptr<Instance> &follower = a->role(Okx) == Role::Polling ? b : a;
    ASSERT_TRUE(QTest::qWaitFor([&] { return follower->cycler(Okx).cached.size() >= 2; }, 2000));

    // Gone without a word: only the lease frees the lock.
    QElapsedTimer clock;
    clock.start();
    leader.reset();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !follower->cycler(Okx).polls.isEmpty(); }, 3000));
    EXPECT_LE(clock.elapsed(), PeriodMs + LeaseMs + 300);
    EXPECT_EQ(follower->role(Okx), Role::Polling);
}

TEST_F(SharedVenueJobTest, RedisGoneEveryInstancePollsEveryVenueAlone)
{
    auto a = make(QStringLiteral("desk-a"), { Bithumb });
    auto b = make(QStringLiteral("desk-b"), { Bithumb });
    a->cycler(Bithumb).start();
    b->cycler(Bithumb).start();
    ASSERT_TRUE(settled({ a.get(), b.get() }, Bithumb));
    redis.kill();
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return a->role(Bithumb) == Role::Alone && b->role(Bithumb) == Role::Alone; }, 2000));
    const qsizetype aBefore = a->cycler(Bithumb).polls.size();
    const qsizetype bBefore = b->cycler(Bithumb).polls.size();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return a->cycler(Bithumb).polls.size() >= aBefore + 3 && b->cycler(Bithumb).polls.size() >= bBefore + 3;
        },
        2000));
    ASSERT_TRUE(redis.restart());
    ASSERT_TRUE(settled({ a.get(), b.get() }, Bithumb, 5000));
}

TEST_F(SharedVenueJobTest, TheVenuesBudgetCountsTheRequestsOfEveryInstance)
{
    // Five requests a day for the venue, whoever sends them: the follower's own requests (its
    // listing, say) leave the leader three polls.
    const QList<SharedRequestBudget::Limit> budget { { Binance, 0, 5 } };
    auto a = make(QStringLiteral("desk-a"), { Binance }, budget);
    auto b = make(QStringLiteral("desk-b"), { Binance }, budget);
    const qint64 day = QDateTime::currentSecsSinceEpoch() / 86'400;
    const QByteArray counter = "ratelimit:binance:d:" + QByteArray::number(day);
    a->jobs.at(Binance)->countRequest();
    b->jobs.at(Binance)->countRequest();
    ASSERT_TRUE(QTest::qWaitFor([&] { return redis.command({ "GET", counter }).toInteger() == 2; }, 2000));

    a->cycler(Binance).start();
    b->cycler(Binance).start();
    ASSERT_TRUE(settled({ a.get(), b.get() }, Binance));
    const auto polls = [&] {
        return a->cycler(Binance).polls.size() + b->cycler(Binance).polls.size();
    };
    ASSERT_TRUE(QTest::qWaitFor([&] { return polls() == 3; }, 3000));
    // Ten more cycles: the budget is spent, nobody polls, and the leader stays the leader.
    Instance *leader = leaderOf({ a.get(), b.get() }, Binance);
    Instance *follower = leader == a.get() ? b.get() : a.get();
    ASSERT_EQ(leader->cycler(Binance).polls.size(), 3);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            const QList<QuoteBatch> &cached = follower->cycler(Binance).cached;
            return !cached.isEmpty() && cached.constLast().quotes.constFirst().last == Decimal::fromInteger(1003);
        },
        2000))
        << "the last poll reaches the follower";
    const qsizetype reads = follower->cycler(Binance).cached.size();
    QSignalSpy followerReads(follower->jobs.at(Binance).get(), &SharedVenueJob::cacheRead);
    ASSERT_TRUE(QTest::qWaitFor([&] { return followerReads.size() >= 10; }, 5000));
    EXPECT_EQ(polls(), 3);
    EXPECT_EQ(redis.command({ "GET", counter }).toInteger(), 5);
    EXPECT_EQ(follower->cycler(Binance).cached.size(), reads) << "nothing new to hand on";
}

TEST_F(SharedVenueJobTest, AFollowerGetsEveryPartOfACoinEachAtItsOwnTime)
{
    // Another instance leads and wrote a coin's funding, then its book a little later.
    ASSERT_EQ(redis.command({ "SET", "lock:ticker:binance", "elsewhere", "PX", "10000" }).text, "OK");
    const qint64 now = nowMs();
    MarketQuote funding;
    funding.venue = Binance;
    funding.coin = QStringLiteral("BTC");
    funding.funding = FundingTerms { Decimal::fromInteger(100), Decimal::fromParts(1, 4), now + 3'600'000 };
    funding.receivedAtMs = now - 30;
    MarketQuote book = funding;
    book.funding.reset();
    book.book = BookTop { Decimal::fromInteger(99), Decimal::fromInteger(1), Decimal::fromInteger(101),
                          Decimal::fromInteger(1) };
    book.receivedAtMs = now - 10;
    QuoteBatch batch;
    batch.venue = Binance;
    batch.quotes = { funding, book };
    for (const RedisCommand &command : MarketCache().batchCommands(batch))
        ASSERT_FALSE(redis.command(command).isError());

    auto a = make(QStringLiteral("desk-a"), { Binance });
    a->cycler(Binance).start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !a->cycler(Binance).cached.isEmpty(); }, 2000));
    EXPECT_EQ(a->role(Binance), Role::Following);
    EXPECT_EQ(a->jobs.at(Binance)->leaderId(), QStringLiteral("elsewhere"));
    const QList<MarketQuote> &quotes = a->cycler(Binance).cached.constFirst().quotes;
    ASSERT_EQ(quotes.size(), 2) << "the older part too";
    for (const MarketQuote &quote : quotes)
        EXPECT_EQ(quote.receivedAtMs, quote.book ? now - 10 : now - 30);
    // Read again with nothing new: nothing handed on.
    QSignalSpy reads(a->jobs.at(Binance).get(), &SharedVenueJob::cacheRead);
    ASSERT_TRUE(QTest::qWaitFor([&] { return reads.size() >= 2; }, 2000));
    EXPECT_EQ(a->cycler(Binance).cached.size(), 1);
}

TEST_F(SharedVenueJobTest, FollowersGetTheLeadersWalletStatuses)
{
    auto a = make(QStringLiteral("desk-a"), { Bithumb });
    auto b = make(QStringLiteral("desk-b"), { Bithumb });
    a->cycler(Bithumb).start();
    b->cycler(Bithumb).start();
    ASSERT_TRUE(settled({ a.get(), b.get() }, Bithumb));
    Instance *leader = leaderOf({ a.get(), b.get() }, Bithumb);
    Instance *follower = leader == a.get() ? b.get() : a.get();
    CoinStatus status;
    status.venue = Bithumb;
    status.coin = QStringLiteral("XRP");
    status.networks = { { QStringLiteral("XRP"), true, false } };
    status.receivedAtMs = nowMs();
    // A follower's own statuses are not written: only the leader's reach the others.
    follower->jobs.at(Bithumb)->addStatuses({ status });
    leader->jobs.at(Bithumb)->addStatuses({ status });
    ASSERT_TRUE(QTest::qWaitFor([&] { return !follower->cycler(Bithumb).statuses.isEmpty(); }, 3000));
    const CoinStatus &got = follower->cycler(Bithumb).statuses.constFirst();
    EXPECT_EQ(got.coin, QStringLiteral("XRP"));
    EXPECT_EQ(got.withdrawalOpen(), false);
    EXPECT_EQ(redis.command({ "HGET", "status:bithumb:xrp", "instance" }).text, leader->id.toUtf8());
    EXPECT_TRUE(leader->cycler(Bithumb).statuses.isEmpty());
}

namespace {

QuoteBatch streamed(const QString &venue, const QString &coin, int last, qint64 receivedAtMs)
{
    MarketQuote quote;
    quote.venue = venue;
    quote.coin = coin;
    quote.last = Decimal::fromInteger(last);
    quote.receivedAtMs = receivedAtMs;
    quote.origin = QuoteOrigin::Stream;
    QuoteBatch batch;
    batch.venue = venue;
    batch.receivedAtMs = receivedAtMs;
    batch.quotes = { quote };
    return batch;
}

} // namespace

// The leader's stream pushes between its cycles; the followers read the newest of it from the
// cache once a period, as they read what it polls (and as cached quotes: "source":"cache").
TEST_F(SharedVenueJobTest, TheLeadersStreamIsPublishedWithItsCycles)
{
    auto a = make(QStringLiteral("desk-a"), { Binance });
    auto b = make(QStringLiteral("desk-b"), { Binance });
    a->cycler(Binance).start();
    b->cycler(Binance).start();
    ASSERT_TRUE(settled({ a.get(), b.get() }, Binance));
    Instance *leader = leaderOf({ a.get(), b.get() }, Binance);
    Instance *follower = leader == a.get() ? b.get() : a.get();
    const QString eth = QStringLiteral("ETH");

    // A follower's stream (paused in the app) publishes nothing.
    follower->jobs.at(Binance)->addStreamed(streamed(Binance, eth, 9999, nowMs()));
    const qint64 first = nowMs();
    leader->jobs.at(Binance)->addStreamed(streamed(Binance, eth, 2000, first));
    leader->jobs.at(Binance)->addStreamed(streamed(Binance, eth, 2001, first + 1));

    const auto ethPrices = [&] {
        QList<qint64> prices;
        for (const QuoteBatch &batch : std::as_const(follower->cycler(Binance).cached)) {
            for (const MarketQuote &quote : batch.quotes) {
                if (quote.coin == eth && quote.last) {
                    EXPECT_EQ(quote.origin, QuoteOrigin::Cache);
                    prices.append(quote.last->toString().toLongLong());
                }
            }
        }
        return prices;
    };
    ASSERT_TRUE(QTest::qWaitFor([&] { return !ethPrices().isEmpty(); }, 2000));
    EXPECT_EQ(ethPrices(), QList<qint64>{ 2001 }) << "the newest push of the period only";
    const RedisReply price = redis.command({ "HGET", "ticker:binance:eth", "price" });
    EXPECT_EQ(price.text, "2001");
}
