#include "redisserver.h"

#include "coordination/fencedwrite.h"
#include "coordination/redisclient.h"
#include "coordination/redislock.h"
#include "coordination/sharedrequestbudget.h"

#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

// Lock semantics against a real server: one winner, only the holder releases or renews, leases
// run out, and the fencing number keeps a paused former holder from overwriting newer data.
namespace {

class RedisLockTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(server.start()); }

    RedisClient *newClient()
    {
        clients.push_back(std::make_unique<RedisClient>());
        RedisClient *client = clients.back().get();
        QSignalSpy connected(client, &RedisClient::connected);
        client->connectToServer(server.address());
        EXPECT_TRUE(connected.wait(3000));
        return client;
    }

    RedisReply call(RedisClient *client, const RedisCommand &command)
    {
        std::optional<RedisReply> reply;
        client->send(command, &context, [&reply](const RedisReply &r) { reply = r; });
        EXPECT_TRUE(QTest::qWaitFor([&] { return reply.has_value(); }, 3000));
        return reply.value_or(RedisReply::error("test: no reply"));
    }

    bool hold(RedisClient *client, RedisLock &lock)
    {
        return lock.applyHold(call(client, lock.acquireCommand()));
    }

    RedisServer server;
    std::vector<std::unique_ptr<RedisClient>> clients;
    QObject context;
};

} // namespace

TEST_F(RedisLockTest, OneWinnerAmongManyContenders)
{
    constexpr int Contenders = 12;
    std::vector<std::unique_ptr<RedisLock>> locks;
    std::vector<RedisClient *> owners;
    for (int i = 0; i < Contenders; ++i) {
        owners.push_back(newClient());
        locks.push_back(std::make_unique<RedisLock>("lock:ticker:all", "instance-" + QByteArray::number(i), 2000));
    }
    int answered = 0;
    int winners = 0;
    // All questions leave before any answer is read: they race in the server.
    for (int i = 0; i < Contenders; ++i) {
        locks[i]->tryAcquire(owners[i], &context, [&](bool held) {
            ++answered;
            winners += held ? 1 : 0;
        });
    }
    ASSERT_TRUE(QTest::qWaitFor([&] { return answered == Contenders; }, 3000));
    EXPECT_EQ(winners, 1);
    for (const auto &lock : locks) {
        if (lock->isHeld()) {
            EXPECT_EQ(lock->fence(), 1);
            EXPECT_EQ(call(owners[0], {"GET", "lock:ticker:all"}).text, lock->token());
        } else {
            EXPECT_TRUE(lock->holder().startsWith("instance-")) << "a loser learns who holds it";
        }
    }
    EXPECT_GT(call(owners[0], {"PTTL", "lock:ticker:all"}).toInteger(), 1000);
}

TEST_F(RedisLockTest, OnlyTheHolderReleasesOrRenews)
{
    RedisClient *a = newClient();
    RedisClient *b = newClient();
    RedisLock mine("lock:fx", "a", 30'000);
    RedisLock theirs("lock:fx", "b", 30'000);
    ASSERT_TRUE(hold(a, mine));
    EXPECT_FALSE(hold(b, theirs));

    std::optional<bool> released;
    theirs.release(b, &context, [&released](bool ok) { released = ok; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return released.has_value(); }, 3000));
    EXPECT_FALSE(*released);
    std::optional<bool> renewed;
    theirs.renew(b, &context, [&renewed](bool held) { renewed = held; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return renewed.has_value(); }, 3000));
    EXPECT_FALSE(*renewed);
    EXPECT_EQ(call(a, {"GET", "lock:fx"}).text, "a");

    renewed.reset();
    mine.renew(a, &context, [&renewed](bool held) { renewed = held; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return renewed.has_value(); }, 3000));
    EXPECT_TRUE(*renewed);
    released.reset();
    mine.release(a, &context, [&released](bool ok) { released = ok; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return released.has_value(); }, 3000));
    EXPECT_TRUE(*released);
    EXPECT_FALSE(mine.isHeld());
    EXPECT_TRUE(call(a, {"GET", "lock:fx"}).isNil());
    EXPECT_TRUE(hold(b, theirs));
    EXPECT_EQ(theirs.fence(), 2);
}

TEST_F(RedisLockTest, HoldRenewsOurLeaseAndKeepsTheFence)
{
    RedisClient *a = newClient();
    RedisLock lock("lock:premium", "a", 300);
    ASSERT_TRUE(lock.applyHold(call(a, lock.holdCommand())));
    const qint64 fence = lock.fence();
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < 4; ++i) {
        // Over half of the lease gone: held after four rounds only because each hold renews it.
        ASSERT_TRUE(QTest::qWaitFor([&] { return call(a, {"PTTL", "lock:premium"}).toInteger() < 150; }, 2000));
        ASSERT_TRUE(lock.applyHold(call(a, lock.holdCommand())));
        EXPECT_EQ(lock.fence(), fence);
        EXPECT_GT(call(a, {"PTTL", "lock:premium"}).toInteger(), 200);
    }
    EXPECT_GT(clock.elapsed(), 300) << "longer than one lease";
}

TEST_F(RedisLockTest, AnExpiredLeaseLetsTheNextContenderIn)
{
    RedisClient *a = newClient();
    RedisClient *b = newClient();
    RedisLock first("lock:ticker:all", "a", 200);
    RedisLock second("lock:ticker:all", "b", 200);
    ASSERT_TRUE(hold(a, first));
    EXPECT_FALSE(hold(b, second));
    QElapsedTimer clock;
    clock.start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return hold(b, second); }, 2000));
    EXPECT_GE(clock.elapsed(), 100);
    EXPECT_EQ(second.fence(), first.fence() + 1);
}

TEST_F(RedisLockTest, FencingRefusesAStaleWriter)
{
    RedisClient *a = newClient();
    RedisClient *b = newClient();
    RedisLock paused("lock:ticker:all", "a", 100);
    RedisLock next("lock:ticker:all", "b", 2000);
    ASSERT_TRUE(hold(a, paused));
    // `a` stops answering for longer than its lease (a paused process): `b` takes over and writes.
    ASSERT_TRUE(QTest::qWaitFor([&] { return hold(b, next); }, 2000));
    FencedWrite newer;
    newer.addHash("ticker:bithumb:btc", 5000, {{"price", "2"}, {"instance", "b"}});
    EXPECT_TRUE(FencedWrite::outcome(call(b, newer.command(next))).accepted);

    // `a` wakes up still believing it holds the lock, and writes what it fetched before.
    ASSERT_TRUE(paused.isHeld());
    FencedWrite stale;
    stale.addHash("ticker:bithumb:btc", 5000, {{"price", "1"}, {"instance", "a"}});
    stale.addString("batch:last_run:ticker", 5000, "1");
    const FencedWrite::Outcome outcome = FencedWrite::outcome(call(a, stale.command(paused)));
    EXPECT_FALSE(outcome.accepted);
    EXPECT_EQ(outcome.currentFence, next.fence());
    const auto hash = call(b, {"HGETALL", "ticker:bithumb:btc"}).toHash();
    EXPECT_EQ(hash.value("price"), "2");
    EXPECT_EQ(hash.value("instance"), "b");
    EXPECT_TRUE(call(b, {"GET", "batch:last_run:ticker"}).isNil()) << "a refused write applies nothing";
}

TEST_F(RedisLockTest, AcquireIfDueWaitsForTheJobsInterval)
{
    RedisClient *a = newClient();
    RedisLock lock("lock:fx", "a", 30'000);
    ASSERT_TRUE(lock.applyHold(call(a, lock.acquireIfDueCommand("batch:last_run:fx", 60'000))));
    const RedisReply time = call(a, {"TIME"});
    const qint64 nowMs = time.at(0).toInteger() * 1000;
    call(a, lock.releaseCommand());
    call(a, {"SET", "batch:last_run:fx", QByteArray::number(nowMs)});
    const RedisReply notDue = call(a, lock.acquireIfDueCommand("batch:last_run:fx", 60'000));
    EXPECT_FALSE(lock.applyHold(notDue));
    EXPECT_EQ(notDue.at(2).toInteger(), nowMs);
    EXPECT_GE(notDue.at(3).toInteger(), nowMs);
    call(a, {"SET", "batch:last_run:fx", QByteArray::number(nowMs - 61'000)});
    EXPECT_TRUE(lock.applyHold(call(a, lock.acquireIfDueCommand("batch:last_run:fx", 60'000))));
}

TEST_F(RedisLockTest, TheSharedBudgetIsSpentOnlyByTheHolderAndNeverOverdrawn)
{
    RedisClient *a = newClient();
    RedisClient *b = newClient();
    RedisLock holder("lock:fx", "a", 30'000);
    RedisLock other("lock:fx", "b", 30'000);
    ASSERT_TRUE(hold(a, holder));
    const QList<SharedRequestBudget::Limit> limits{{QStringLiteral("dunamu"), 0, 3}};
    EXPECT_EQ(SharedRequestBudget::outcome(call(b, SharedRequestBudget::take(other, limits))), SharedRequestBudget::Outcome::NotHolder);
    int granted = 0;
    int exhausted = 0;
    for (int i = 0; i < 5; ++i) {
        const auto outcome = SharedRequestBudget::outcome(call(a, SharedRequestBudget::take(holder, limits)));
        granted += outcome == SharedRequestBudget::Outcome::Granted ? 1 : 0;
        exhausted += outcome == SharedRequestBudget::Outcome::Exhausted ? 1 : 0;
    }
    EXPECT_EQ(granted, 3);
    EXPECT_EQ(exhausted, 2);

    // Per second: the server's counters never go past the limit, whoever asks.
    const QList<SharedRequestBudget::Limit> perSecond{{QStringLiteral("bithumb"), 2, 0}};
    int grantedPerSecond = 0;
    for (int i = 0; i < 12; ++i) {
        if (SharedRequestBudget::outcome(call(a, SharedRequestBudget::take(holder, perSecond))) == SharedRequestBudget::Outcome::Granted)
            ++grantedPerSecond;
    }
    int counted = 0;
    for (const RedisReply &key : call(a, {"KEYS", "ratelimit:bithumb:s:*"}).elements) {
        const qint64 used = call(a, {"GET", key.text}).toInteger();
        EXPECT_LE(used, 2) << key.text.constData();
        EXPECT_GT(call(a, {"PTTL", key.text}).toInteger(), 0);
        counted += static_cast<int>(used);
    }
    EXPECT_EQ(counted, grantedPerSecond);
    EXPECT_GE(grantedPerSecond, 2);
}
