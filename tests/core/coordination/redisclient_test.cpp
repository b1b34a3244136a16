#include "redisserver.h"

#include "coordination/redisclient.h"
#include "coordination/rediseventadapter.h"
#include "coordination/redisscript.h"

#include <QSignalSpy>
#include <QTest>

#include <hiredis/async.h>

#include <gtest/gtest.h>

// The hiredis adapter and the client against a real redis-server: connect, pipelining, the
// server restarting, killed or frozen, authentication.
namespace {

class RedisClientTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(server.start()); }

    // Sends and waits in the event loop for the reply.
    RedisReply call(const RedisCommand &command, int timeoutMs = 3000)
    {
        std::optional<RedisReply> reply;
        client.send(command, &context, [&reply](const RedisReply &r) { reply = r; });
        EXPECT_TRUE(QTest::qWaitFor([&] { return reply.has_value(); }, timeoutMs));
        return reply.value_or(RedisReply::error("test: no reply"));
    }

    void connectClient()
    {
        QSignalSpy connected(&client, &RedisClient::connected);
        client.connectToServer(server.address());
        ASSERT_TRUE(connected.wait(3000)) << client.lastError().toStdString();
    }

    RedisServer server;
    RedisClient client;
    QObject context;
};

void onAdapterReply(redisAsyncContext *, void *reply, void *privdata)
{
    auto *text = static_cast<QByteArray *>(privdata);
    if (reply)
        *text = QByteArray(static_cast<redisReply *>(reply)->str, static_cast<qsizetype>(static_cast<redisReply *>(reply)->len));
}

} // namespace

TEST_F(RedisClientTest, AdapterDrivesAHiredisContextFromTheEventLoop)
{
    redisAsyncContext *context = redisAsyncConnect("127.0.0.1", server.port());
    ASSERT_TRUE(context && !context->err);
    auto *adapter = new RedisEventAdapter(context);
    QSignalSpy released(adapter, &RedisEventAdapter::contextReleased);
    QByteArray pong;
    redisAsyncCommand(context, &onAdapterReply, &pong, "PING");
    // Nothing is answered unless the event loop runs the notifiers.
    EXPECT_TRUE(pong.isEmpty());
    EXPECT_TRUE(QTest::qWaitFor([&] { return !pong.isEmpty(); }, 3000));
    EXPECT_EQ(pong, "PONG");
    EXPECT_EQ(adapter->writeFlushes(), 1u);

    QSignalSpy deadline(adapter, &RedisEventAdapter::deadlinePassed);
    adapter->armDeadline(10);
    EXPECT_TRUE(deadline.wait(1000));

    redisAsyncFree(context);
    EXPECT_EQ(released.size(), 1);
    delete adapter;
}

TEST_F(RedisClientTest, ConnectsAndPipelinesInOneRoundTrip)
{
    connectClient();
    EXPECT_EQ(client.state(), RedisClient::State::Connected);

    QList<RedisCommand> commands;
    for (int i = 0; i < 50; ++i)
        commands.append(RedisCommand{"SET", "k" + QByteArray::number(i), QByteArray::number(i * i)});
    for (int i = 0; i < 50; ++i)
        commands.append(RedisCommand{"GET", "k" + QByteArray::number(i)});
    const quint64 flushesBefore = client.writeFlushes();
    std::optional<QList<RedisReply>> replies;
    client.pipeline(commands, &context, [&replies](const QList<RedisReply> &r) { replies = r; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return replies.has_value(); }, 3000));
    ASSERT_EQ(replies->size(), 100);
    for (int i = 0; i < 50; ++i) {
        EXPECT_EQ(replies->at(i).text, "OK");
        EXPECT_EQ(replies->at(50 + i).toInteger(), i * i);
    }
    EXPECT_EQ(client.writeFlushes() - flushesBefore, 1u) << "100 commands should leave in one write";

    const RedisReply hash = call({"HSET", "h", "a", "1", "b", "2"});
    EXPECT_EQ(hash.toInteger(), 2);
    EXPECT_EQ(call({"HGETALL", "h"}).toHash().value("b"), "2");
    EXPECT_TRUE(call({"GET", "missing"}).isNil());
    EXPECT_TRUE(call({"NO-SUCH-COMMAND"}).isError());
}

TEST_F(RedisClientTest, CallbacksNeverRunInsideSend)
{
    bool called = false;
    client.send({"PING"}, &context, [&called](const RedisReply &reply) {
        called = true;
        EXPECT_EQ(reply.text, "not connected");
    });
    EXPECT_FALSE(called);
    EXPECT_TRUE(QTest::qWaitFor([&] { return called; }, 1000));
}

TEST_F(RedisClientTest, ACallbackWhoseContextIsGoneIsDropped)
{
    connectClient();
    bool called = false;
    auto *shortLived = new QObject;
    client.send({"PING"}, shortLived, [&called](const RedisReply &) { called = true; });
    delete shortLived;
    EXPECT_EQ(call({"PING"}).text, "PONG");
    EXPECT_FALSE(called);
}

TEST_F(RedisClientTest, ScriptsFallBackToEvalWhenTheServerForgotThem)
{
    connectClient();
    const RedisScript script("return ARGV[1] .. KEYS[1]");
    EXPECT_EQ(call({"SCRIPT", "FLUSH"}).text, "OK");
    EXPECT_EQ(call(script.call({"key"}, {"arg-"})).text, "arg-key");
    // Now known: a plain EVALSHA.
    EXPECT_EQ(call({"SCRIPT", "EXISTS", script.sha1()}).at(0).toInteger(), 1);
    EXPECT_EQ(call(script.call({"k2"}, {"x"})).text, "xk2");
}

TEST_F(RedisClientTest, ReconnectsAfterTheServerRestarts)
{
    client.setReconnectDelays(50, 200);
    connectClient();
    ASSERT_EQ(call({"SET", "before", "1"}).text, "OK");

    QSignalSpy disconnected(&client, &RedisClient::disconnected);
    std::optional<RedisReply> pending;
    server.pause();
    client.send({"GET", "before"}, &context, [&pending](const RedisReply &r) { pending = r; });
    server.kill();
    ASSERT_TRUE(disconnected.wait(3000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return pending.has_value(); }, 1000));
    EXPECT_TRUE(pending->isError()) << "a command in flight when the server died gets an error";
    EXPECT_FALSE(client.isConnected());
    EXPECT_FALSE(client.lastError().isEmpty());
    EXPECT_TRUE(call({"PING"}).isError());

    QSignalSpy connected(&client, &RedisClient::connected);
    ASSERT_TRUE(server.restart());
    ASSERT_TRUE(connected.wait(5000));
    EXPECT_EQ(call({"PING"}).text, "PONG");
    EXPECT_TRUE(call({"GET", "before"}).isNil()) << "a restarted server is empty";
}

TEST_F(RedisClientTest, AServerThatStopsAnsweringIsDroppedAfterTheTimeout)
{
    client.setTimeoutMs(200);
    client.setReconnectDelays(50, 100);
    connectClient();
    server.pause();
    QElapsedTimer clock;
    clock.start();
    const RedisReply reply = call({"PING"}, 3000);
    EXPECT_TRUE(reply.isError());
    EXPECT_LT(clock.elapsed(), 1500);
    EXPECT_TRUE(client.lastError().contains(u"no answer")) << client.lastError().toStdString();

    QSignalSpy connected(&client, &RedisClient::connected);
    server.resume();
    ASSERT_TRUE(connected.wait(5000));
    EXPECT_EQ(call({"PING"}).text, "PONG");
}

TEST_F(RedisClientTest, RefusedConnectionsAreRetriedWithBackoff)
{
    client.setReconnectDelays(100, 400);
    RedisAddress nowhere = server.address();
    server.kill();
    // The waits are drawn from [50, 100], [100, 200], then [200, 400] ms: the gaps between
    // attempts grow, and stop growing at the ceiling.
    QElapsedTimer clock;
    clock.start();
    QList<qint64> attempts;
    QObject::connect(&client, &RedisClient::stateChanged, &context, [&](RedisClient::State state) {
        if (state == RedisClient::State::Connecting)
            attempts.append(clock.elapsed());
    });
    client.connectToServer(nowhere);
    ASSERT_TRUE(QTest::qWaitFor([&] { return attempts.size() >= 5; }, 5000));
    EXPECT_FALSE(client.isConnected());
    EXPECT_FALSE(client.lastError().isEmpty());
    QList<qint64> gaps;
    for (qsizetype i = 1; i < attempts.size(); ++i)
        gaps.append(attempts[i] - attempts[i - 1]);
    // A timer may fire up to 5 % early; nothing makes it fire later than the load allows.
    EXPECT_GE(gaps[0], 47);
    EXPECT_GE(gaps[1], 95);
    EXPECT_GE(gaps[2], 190) << "the third wait is at least twice the first one's longest";
    EXPECT_GE(gaps[3], 190);
    EXPECT_GT(gaps[2], gaps[0]);
    ASSERT_TRUE(QTest::qWaitFor([&] { return client.reconnectInMs() >= 0; }, 2000));
    EXPECT_LE(client.reconnectInMs(), 400) << "never longer than the ceiling";

    QSignalSpy connected(&client, &RedisClient::connected);
    ASSERT_TRUE(server.start(nowhere.port));
    ASSERT_TRUE(connected.wait(3000));
    client.disconnectFromServer();
    EXPECT_EQ(client.state(), RedisClient::State::Disconnected);
    EXPECT_EQ(client.reconnectInMs(), -1);
}

TEST(RedisClientAuthTest, AuthenticatesAndSelectsTheDatabase)
{
    RedisServer server({QStringLiteral("--requirepass"), QStringLiteral("s3cret")});
    ASSERT_TRUE(server.start());
    QObject context;

    RedisClient wrong;
    wrong.setReconnectDelays(1000, 1000);
    RedisAddress address = RedisAddress::fromUrl(QStringLiteral("redis://127.0.0.1:%1/3").arg(server.port())).value();
    address.password = QStringLiteral("nope");
    wrong.connectToServer(address);
    ASSERT_TRUE(QTest::qWaitFor([&] { return wrong.reconnectInMs() >= 0; }, 3000));
    EXPECT_FALSE(wrong.isConnected());
    EXPECT_TRUE(wrong.lastError().contains(u"WRONGPASS") || wrong.lastError().contains(u"invalid")) << wrong.lastError().toStdString();
    EXPECT_FALSE(wrong.lastError().contains(u"nope"));

    RedisClient right;
    address.password = QStringLiteral("s3cret");
    QSignalSpy connected(&right, &RedisClient::connected);
    right.connectToServer(address);
    ASSERT_TRUE(connected.wait(3000)) << right.lastError().toStdString();
    std::optional<RedisReply> reply;
    right.pipeline({RedisCommand{"SET", "where", "db3"}, RedisCommand{"CLIENT", "INFO"}}, &context,
                   [&reply](const QList<RedisReply> &r) { reply = r.at(1); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return reply.has_value(); }, 3000));
    EXPECT_TRUE(reply->text.contains(" db=3 ")) << reply->text.constData();
}

TEST(RedisAddressTest, ParsesTheUrlAndKeepsPasswordsOut)
{
    const auto full = RedisAddress::fromUrl(QStringLiteral("redis://feed@cache.lan:6380/2"));
    ASSERT_TRUE(full);
    EXPECT_EQ(full->host, QStringLiteral("cache.lan"));
    EXPECT_EQ(full->port, 6380);
    EXPECT_EQ(full->user, QStringLiteral("feed"));
    EXPECT_EQ(full->database, 2);
    EXPECT_EQ(full->toUrl(), QStringLiteral("redis://feed@cache.lan:6380/2"));

    const auto plain = RedisAddress::fromUrl(QStringLiteral("redis://127.0.0.1"));
    ASSERT_TRUE(plain);
    EXPECT_EQ(plain->port, 6379);
    EXPECT_EQ(plain->database, 0);

    QString problem;
    EXPECT_FALSE(RedisAddress::fromUrl(QStringLiteral("redis://u:pw@host:6379"), &problem));
    EXPECT_TRUE(problem.contains(u"PREMIUM_SPREAD_REDIS_PASSWORD"));
    EXPECT_FALSE(RedisAddress::fromUrl(QStringLiteral("http://host:6379")));
    EXPECT_FALSE(RedisAddress::fromUrl(QStringLiteral("redis://host:6379/x")));
    EXPECT_FALSE(RedisAddress::fromUrl(QStringLiteral("redis://:6379")));
}
