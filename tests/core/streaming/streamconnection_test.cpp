#include "spotteststream.h"

#include "streaming/connectionratelimiter.h"
#include "streaming/streamclock.h"
#include "streaming/streamconnection.h"

#include "websocketfixtureserver.h"

#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int WaitMs = 10'000;

InstrumentSet instruments(const QStringList &coins)
{
    QList<Instrument> list;
    for (const QString &coin : coins) {
        Instrument instrument;
        instrument.venue = u"upbit"_s;
        instrument.coin = coin;
        instrument.symbol = u"KRW-"_s + coin;
        list.append(instrument);
    }
    return InstrumentSet(list);
}

QStringList coinsOf(const QSignalSpy &spy)
{
    QStringList coins;
    for (const QList<QVariant> &arguments : spy) {
        for (const MarketQuote &quote : arguments.at(0).value<QuoteBatch>().quotes)
            coins.append(quote.coin);
    }
    coins.sort();
    return coins;
}

int countOf(const QList<QByteArray> &frames, const QByteArray &frame)
{
    return static_cast<int>(std::count(frames.cbegin(), frames.cend(), frame));
}

class StreamConnectionTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(server.listen()); }

    std::unique_ptr<StreamConnection> connect(const QStringList &coins, StreamClock *on)
    {
        const InstrumentSet set = instruments(coins);
        const QList<StreamSocketPlan> plans = stream.plan(server.baseUrl(), set);
        return std::make_unique<StreamConnection>(&stream, plans.first(), set, on, &limiter);
    }

    SpotTestStream stream;
    WebSocketFixtureServer server { u"upbit"_s };
    StreamClock realClock { StreamClock::Mode::Real };
    StreamClock manualClock { StreamClock::Mode::Manual };
    ConnectionRateLimiter limiter { 5 };
};

} // namespace

TEST(ConnectionRateLimiterTest, KeepsAtMostTheVenuesOpeningsInAnySecond)
{
    ConnectionRateLimiter limiter(2);
    EXPECT_EQ(limiter.reserve(0), 0);
    EXPECT_EQ(limiter.reserve(0), 0);
    EXPECT_EQ(limiter.reserve(0), 1000);
    EXPECT_EQ(limiter.reserve(500), 1000);
    EXPECT_EQ(limiter.reserve(500), 2000);
    EXPECT_EQ(limiter.reserve(5000), 5000);
}

TEST_F(StreamConnectionTest, SubscribesEveryCodeAndReadsBinaryFrames)
{
    auto connection = connect({ u"BTC"_s, u"ETH"_s }, &realClock);
    QSignalSpy quotes(connection.get(), &StreamConnection::quotesReceived);
    connection->start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return quotes.size() == 2; }, WaitMs));

    EXPECT_EQ(coinsOf(quotes), (QStringList { u"BTC"_s, u"ETH"_s }));
    const QuoteBatch batch = quotes.first().first().value<QuoteBatch>();
    EXPECT_EQ(batch.quotes.first().origin, QuoteOrigin::Stream);
    EXPECT_EQ(server.pathOf(1), u"/websocket/v1"_s);
    EXPECT_EQ(server.codesOf(1), (QStringList { u"KRW-BTC"_s, u"KRW-ETH"_s }));
    EXPECT_EQ(connection->status().state, StreamSocketStatus::State::Open);
}

TEST_F(StreamConnectionTest, OtherCoinsReplaceTheSubscriptionWithTheWholeListOnTheSameSocket)
{
    auto connection = connect({ u"BTC"_s }, &realClock);
    QSignalSpy subscribed(&server, &WebSocketFixtureServer::subscribed);
    connection->start();
    ASSERT_TRUE(subscribed.wait(WaitMs));

    const InstrumentSet three = instruments({ u"BTC"_s, u"ETH"_s, u"XRP"_s });
    connection->resubscribe(stream.plan(server.baseUrl(), three).first(), three);
    ASSERT_TRUE(subscribed.wait(WaitMs));
    EXPECT_EQ(server.codesOf(1), (QStringList { u"KRW-BTC"_s, u"KRW-ETH"_s, u"KRW-XRP"_s }));

    // The venue keeps only the last request: a list without ETH and XRP must stop them.
    const InstrumentSet one = instruments({ u"SOL"_s });
    connection->resubscribe(stream.plan(server.baseUrl(), one).first(), one);
    ASSERT_TRUE(subscribed.wait(WaitMs));
    EXPECT_EQ(server.codesOf(1), (QStringList { u"KRW-SOL"_s }));
    EXPECT_EQ(server.connectionCount(), 1);
}

TEST_F(StreamConnectionTest, KeepAliveOnTheVenuesClockAndItsRoundTrip)
{
    auto connection = connect({ u"BTC"_s }, &manualClock);
    QSignalSpy opened(connection.get(), &StreamConnection::opened);
    QSignalSpy frames(&server, &WebSocketFixtureServer::frameReceived);
    connection->start();
    ASSERT_TRUE(opened.wait(WaitMs));
    ASSERT_TRUE(QTest::qWaitFor([&] { return frames.size() == 1; }, WaitMs)); // the subscription

    manualClock.advance(24'999);
    EXPECT_EQ(countOf(server.framesOf(1), "PING"), 0);
    QSignalSpy status(connection.get(), &StreamConnection::statusChanged);
    manualClock.advance(1);
    ASSERT_TRUE(frames.wait(WaitMs));
    EXPECT_EQ(countOf(server.framesOf(1), "PING"), 1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return connection->status().roundTripMs.has_value(); }, WaitMs));

    manualClock.advance(25'000);
    ASSERT_TRUE(frames.wait(WaitMs));
    EXPECT_EQ(countOf(server.framesOf(1), "PING"), 2);
}

TEST_F(StreamConnectionTest, IdleKeepAliveWaitsForSilence)
{
    stream.keepAliveValue = StreamKeepAlive { 20'000, "PING", true };
    server.setPushOnSubscribe(false);
    auto connection = connect({ u"BTC"_s }, &manualClock);
    QSignalSpy opened(connection.get(), &StreamConnection::opened);
    QSignalSpy subscribed(&server, &WebSocketFixtureServer::subscribed);
    QSignalSpy quotes(connection.get(), &StreamConnection::quotesReceived);
    QSignalSpy frames(&server, &WebSocketFixtureServer::frameReceived);
    connection->start();
    ASSERT_TRUE(subscribed.wait(WaitMs));

    manualClock.advance(15'000);
    ASSERT_EQ(server.push(u"KRW-BTC"_s), 1);
    ASSERT_TRUE(quotes.wait(WaitMs));
    manualClock.advance(15'000); // 30 s after opening, 15 s after the last message
    EXPECT_EQ(countOf(server.framesOf(1), "PING"), 0);
    manualClock.advance(5'000);
    ASSERT_TRUE(frames.wait(WaitMs));
    EXPECT_EQ(countOf(server.framesOf(1), "PING"), 1);
}

TEST_F(StreamConnectionTest, KeepAliveHoldsOffTheIdleClose)
{
    stream.keepAliveValue = StreamKeepAlive { 40, "PING", false };
    realClock.setTickMs(10);
    server.setIdleCloseMs(300);
    auto connection = connect({ u"BTC"_s }, &realClock);
    connection->start();
    // Ten keep-alives span more than three idle periods.
    ASSERT_TRUE(QTest::qWaitFor([&] { return countOf(server.framesOf(1), "PING") >= 10; }, WaitMs));
    EXPECT_EQ(server.connectionCount(), 1);
    EXPECT_EQ(server.openCount(), 1);
}

TEST_F(StreamConnectionTest, AnIdleCloseReconnectsAndSubscribesAgain)
{
    stream.keepAliveValue = StreamKeepAlive {}; // says nothing: the venue closes it
    realClock.setTickMs(10);
    server.setIdleCloseMs(200);
    auto connection = connect({ u"BTC"_s, u"ETH"_s }, &realClock);
    connection->setBackoff(Backoff(20, 100));
    QSignalSpy failed(connection.get(), &StreamConnection::failed);
    QSignalSpy subscribed(&server, &WebSocketFixtureServer::subscribed);
    connection->start();

    ASSERT_TRUE(QTest::qWaitFor([&] { return subscribed.size() >= 2; }, WaitMs));
    EXPECT_GE(failed.size(), 1);
    EXPECT_EQ(subscribed.at(1).at(0).toInt(), 2);
    EXPECT_EQ(server.codesOf(2), (QStringList { u"KRW-BTC"_s, u"KRW-ETH"_s }));
    EXPECT_GE(connection->status().reconnects, 1);
}

TEST_F(StreamConnectionTest, ADroppedSocketBacksOffWithFullJitterThenSubscribesAgain)
{
    auto connection = connect({ u"BTC"_s, u"ETH"_s }, &manualClock);
    Backoff backoff(1000, 30'000);
    backoff.seed(7);
    Backoff sameDraws = backoff;
    connection->setBackoff(backoff);
    QSignalSpy quotes(connection.get(), &StreamConnection::quotesReceived);
    QSignalSpy failed(connection.get(), &StreamConnection::failed);
    QSignalSpy opened(&server, &WebSocketFixtureServer::connectionOpened);
    connection->start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return quotes.size() == 2; }, WaitMs));

    server.dropAll();
    ASSERT_TRUE(failed.wait(WaitMs));
    EXPECT_EQ(connection->status().state, StreamSocketStatus::State::BackingOff);
    const qint64 delay = sameDraws.nextDelayMs();
    ASSERT_LE(delay, 1000);
    if (delay > 0) {
        manualClock.advance(delay - 1);
        EXPECT_EQ(connection->status().state, StreamSocketStatus::State::BackingOff);
    }
    manualClock.advance(1);
    EXPECT_EQ(connection->status().state, StreamSocketStatus::State::Connecting);
    ASSERT_TRUE(QTest::qWaitFor([&] { return quotes.size() == 4; }, WaitMs));
    EXPECT_EQ(server.connectionCount(), 2);
    EXPECT_EQ(server.codesOf(2), (QStringList { u"KRW-BTC"_s, u"KRW-ETH"_s }));
    EXPECT_EQ(connection->status().state, StreamSocketStatus::State::Open);
}

TEST_F(StreamConnectionTest, ASilentSocketIsReplaced)
{
    server.setAnswerKeepAlive(false);
    server.setPushOnSubscribe(false);
    auto connection = connect({ u"BTC"_s }, &manualClock);
    connection->setBackoff(Backoff(1, 1));
    QSignalSpy subscribed(&server, &WebSocketFixtureServer::subscribed);
    QSignalSpy failed(connection.get(), &StreamConnection::failed);
    connection->start();
    ASSERT_TRUE(subscribed.wait(WaitMs));

    // Keep-alive every 25 s, unanswered: lost 35 s after the last message.
    manualClock.advance(34'999);
    EXPECT_EQ(failed.size(), 0);
    manualClock.advance(1);
    ASSERT_EQ(failed.size(), 1);
    EXPECT_TRUE(failed.first().first().toString().startsWith(u"silent"_s));
    manualClock.advance(1);
    ASSERT_TRUE(subscribed.wait(WaitMs));
    EXPECT_EQ(server.connectionCount(), 2);
}

TEST_F(StreamConnectionTest, ReplacedBeforeTheVenuesAgeLimitWithTheNewSocketOpenFirst)
{
    constexpr qint64 Day = 24 * 3'600'000LL;
    stream.maxAgeMs = Day;
    stream.keepAliveValue = StreamKeepAlive {};
    auto connection = connect({ u"BTC"_s }, &manualClock);
    connection->setSilenceMs(2 * Day);
    QStringList events;
    QObject::connect(&server, &WebSocketFixtureServer::connectionOpened, &server,
                     [&events](int socket) { events.append(u"open %1"_s.arg(socket)); });
    QObject::connect(&server, &WebSocketFixtureServer::connectionClosed, &server,
                     [&events](int socket) { events.append(u"close %1"_s.arg(socket)); });
    QSignalSpy quotes(connection.get(), &StreamConnection::quotesReceived);
    connection->start();
    ASSERT_TRUE(quotes.wait(WaitMs));

    // Ten minutes before the day is out.
    manualClock.advance(Day - 600'000 - 1);
    EXPECT_EQ(connection->status().reconnects, 0);
    manualClock.advance(1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return events.size() >= 3; }, WaitMs));
    EXPECT_EQ(events, (QStringList { u"open 1"_s, u"open 2"_s, u"close 1"_s }));
    EXPECT_EQ(connection->status().reconnects, 1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return server.codesOf(2) == QStringList { u"KRW-BTC"_s }; }, WaitMs));
    ASSERT_TRUE(QTest::qWaitFor([&] { return quotes.size() == 2; }, WaitMs)); // the new socket's first message
    EXPECT_EQ(server.push(u"KRW-BTC"_s), 1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return quotes.size() == 3; }, WaitMs));
}

TEST_F(StreamConnectionTest, SocketsOfOneVenueOpenAtTheVenuesConnectionRate)
{
    ConnectionRateLimiter oneASecond(1);
    std::vector<std::unique_ptr<StreamConnection>> connections;
    for (const QString &coin : { u"BTC"_s, u"ETH"_s, u"XRP"_s }) {
        const InstrumentSet set = instruments({ coin });
        connections.push_back(std::make_unique<StreamConnection>(&stream, stream.plan(server.baseUrl(), set).first(),
                                                                 set, &manualClock, &oneASecond));
    }
    QSignalSpy opened(&server, &WebSocketFixtureServer::subscribed);
    for (auto &connection : connections)
        connection->start();
    ASSERT_TRUE(opened.wait(WaitMs));
    EXPECT_EQ(server.connectionCount(), 1);
    manualClock.advance(999);
    EXPECT_EQ(connections.at(1)->status().state, StreamSocketStatus::State::Connecting);
    EXPECT_EQ(server.connectionCount(), 1);
    manualClock.advance(1);
    ASSERT_TRUE(opened.wait(WaitMs));
    EXPECT_EQ(server.connectionCount(), 2);
    manualClock.advance(1000);
    ASSERT_TRUE(opened.wait(WaitMs));
    EXPECT_EQ(server.connectionCount(), 3);
}

TEST_F(StreamConnectionTest, CountsItsMessagesPerSecondForTheFeedsView)
{
    auto connection = connect({ u"BTC"_s }, &manualClock);
    QSignalSpy quotes(connection.get(), &StreamConnection::quotesReceived);
    connection->start();
    ASSERT_TRUE(quotes.wait(WaitMs)); // the coin's first message, on subscribing
    for (int i = 0; i < 3; ++i)
        ASSERT_EQ(server.push(u"KRW-BTC"_s), 1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return quotes.size() == 4; }, WaitMs));

    QSignalSpy status(connection.get(), &StreamConnection::statusChanged);
    manualClock.advance(1000);
    ASSERT_FALSE(status.isEmpty());
    const StreamSocketStatus counted = status.last().first().value<StreamSocketStatus>();
    EXPECT_DOUBLE_EQ(counted.messagesPerSecond, 4.0);
    EXPECT_EQ(counted.lastMessageAtMs, manualClock.nowMs() - 1000);
    EXPECT_EQ(counted.coins, QStringList { u"BTC"_s });
}
