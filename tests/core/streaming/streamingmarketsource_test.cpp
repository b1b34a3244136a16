#include "spotteststream.h"

#include "streaming/streamclock.h"
#include "streaming/streamingmarketsource.h"

#include "exchanges/venuegates.h"
#include "venues/pollingmarketsource.h"
#include "venues/venuedirectory.h"

#include "fixtureserver.h"
#include "marketfixtures.h"
#include "websocketfixtureserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int WaitMs = 10'000;

QList<MarketQuote> quotesIn(const QSignalSpy &spy, qsizetype from = 0)
{
    QList<MarketQuote> quotes;
    for (qsizetype i = from; i < spy.size(); ++i)
        quotes.append(spy.at(i).at(0).value<QuoteBatch>().quotes);
    return quotes;
}

QSet<QString> coinsBy(const QList<MarketQuote> &quotes, QuoteOrigin origin)
{
    QSet<QString> coins;
    for (const MarketQuote &quote : quotes) {
        if (quote.origin == origin)
            coins.insert(quote.coin);
    }
    return coins;
}

int quoteRequests(const FixtureServer &server)
{
    return server.requestCount(u"/v1/ticker/all"_s) + server.requestCount(u"/v1/orderbook"_s);
}

// Upbit's requests unbudgeted: the polling cycles of these tests are 50 ms apart.
QHash<QString, VenueLimits> unbudgeted()
{
    VenueLimits limits = VenueLimits::defaults(u"upbit"_s);
    limits.requestsPerSecond = 0;
    limits.weightPerMinute = 0;
    return { { u"upbit"_s, limits } };
}

class StreamingMarketSourceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(http.listen());
        ASSERT_TRUE(sockets.listen());
        MarketFixtures::serve(http, u"upbit"_s);
        auto *polling
            = new PollingMarketSource(VenueDirectory::standard().find(u"upbit"_s), &network, &gates, http.baseUrl());
        polling->setPeriodMs(50);
        source = std::make_unique<StreamingMarketSource>(&stream, polling, &clock);
        source->setStreamBaseUrl(sockets.baseUrl());
        source->setPeriodMs(100);
        source->polling()->setPeriodMs(50);
        source->setBackoff(Backoff(1, 1));
    }

    void TearDown() override { source->stop(); }

    FixtureServer http;
    WebSocketFixtureServer sockets { u"upbit"_s };
    SpotTestStream stream;
    VenueGates gates { unbudgeted() };
    QNetworkAccessManager network;
    StreamClock clock { StreamClock::Mode::Manual };
    std::unique_ptr<StreamingMarketSource> source;
};

} // namespace

TEST_F(StreamingMarketSourceTest, StreamsEveryFollowedCoinAndPollsNone)
{
    QSignalSpy quotes(source.get(), &MarketSource::quotesReceived);
    QSignalSpy polledCycles(source->polling(), &MarketSource::cycleEnded);
    source->follow({ u"BTC"_s, u"ETH"_s });
    source->start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return quotes.size() >= 2; }, WaitMs));
    ASSERT_TRUE(QTest::qWaitFor([&] { return polledCycles.size() >= 3; }, WaitMs));

    EXPECT_EQ(coinsBy(quotesIn(quotes), QuoteOrigin::Stream), (QSet<QString> { u"BTC"_s, u"ETH"_s }));
    EXPECT_TRUE(coinsBy(quotesIn(quotes), QuoteOrigin::Poll).isEmpty());
    EXPECT_TRUE(source->polledCoins().isEmpty());
    EXPECT_EQ(quoteRequests(http), 0);
    EXPECT_GE(http.requestCount(u"/v1/market/all"_s), 1);
    const QList<StreamSocketStatus> statuses = source->socketStatuses();
    ASSERT_EQ(statuses.size(), 1);
    EXPECT_EQ(statuses.first().state, StreamSocketStatus::State::Open);
    EXPECT_EQ(statuses.first().coins, (QStringList { u"BTC"_s, u"ETH"_s }));
}

TEST_F(StreamingMarketSourceTest, ASilentCoinIsPolledUntilTheStreamCarriesItAgain)
{
    sockets.setSilent(u"KRW-ETH"_s, true);
    QSignalSpy quotes(source.get(), &MarketSource::quotesReceived);
    QSignalSpy polled(source.get(), &StreamingMarketSource::polledCoinsChanged);
    QSignalSpy polledCycles(source->polling(), &MarketSource::cycleEnded);
    source->follow({ u"BTC"_s, u"ETH"_s });
    source->start();
    ASSERT_TRUE(quotes.wait(WaitMs));

    clock.advance(5'000);
    ASSERT_EQ(sockets.push(u"KRW-BTC"_s), 1);
    ASSERT_TRUE(quotes.wait(WaitMs));
    clock.advance(4'999);
    EXPECT_TRUE(source->polledCoins().isEmpty());
    clock.advance(1); // ETH: no message 10 s after it was asked for; BTC spoke 5 s ago
    EXPECT_EQ(source->polledCoins(), QStringList { u"ETH"_s });

    const qsizetype fellBack = quotes.size();
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return !coinsBy(quotesIn(quotes, fellBack), QuoteOrigin::Poll).isEmpty(); }, WaitMs));
    // The venue's ticker reply carries every coin: only the polled one is passed on.
    EXPECT_EQ(coinsBy(quotesIn(quotes, fellBack), QuoteOrigin::Poll), QSet<QString> { u"ETH"_s });
    EXPECT_GT(quoteRequests(http), 0);

    // The return while a polled reply is on its way: what it says is older than the stream.
    FixtureResponse slowTicker = FixtureResponse::fromFile(u"upbit/v1-ticker-all-krw.json"_s);
    slowTicker.delayMs = 300;
    source->polling()->setTimeoutMs(5'000);
    http.setRoute(u"/v1/ticker/all"_s, slowTicker);
    QSignalSpy asked(&http, &FixtureServer::requestReceived);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return std::any_of(asked.cbegin(), asked.cend(), [](const QList<QVariant> &arguments) {
                return arguments.at(0).value<RecordedRequest>().path == u"/v1/ticker/all";
            });
        },
        WaitMs));
    sockets.setSilent(u"KRW-ETH"_s, false);
    ASSERT_EQ(sockets.push(u"KRW-ETH"_s), 1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return source->polledCoins().isEmpty(); }, WaitMs));
    const qsizetype returned = quotes.size();
    const qsizetype cycles = polledCycles.size();
    // The reply in flight at the return ends within its cycle; no request starts after it.
    ASSERT_TRUE(QTest::qWaitFor([&] { return polledCycles.size() >= cycles + 2; }, WaitMs));
    const int requests = quoteRequests(http);
    ASSERT_TRUE(QTest::qWaitFor([&] { return polledCycles.size() >= cycles + 4; }, WaitMs));
    EXPECT_EQ(quoteRequests(http), requests);
    EXPECT_TRUE(coinsBy(quotesIn(quotes, returned), QuoteOrigin::Poll).isEmpty());
    EXPECT_EQ(polled.last().first().toStringList(), QStringList {});
}

TEST_F(StreamingMarketSourceTest, ALostSocketSendsItsCoinsToPollingAtOnceAndBack)
{
    QSignalSpy quotes(source.get(), &MarketSource::quotesReceived);
    QSignalSpy polled(source.get(), &StreamingMarketSource::polledCoinsChanged);
    source->follow({ u"BTC"_s, u"ETH"_s });
    source->start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return quotes.size() >= 2; }, WaitMs));

    sockets.dropAll();
    ASSERT_TRUE(polled.wait(WaitMs));
    EXPECT_EQ(source->polledCoins(), (QStringList { u"BTC"_s, u"ETH"_s }));
    EXPECT_EQ(source->socketStatuses().first().state, StreamSocketStatus::State::BackingOff);
    const qsizetype dropped = quotes.size();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return coinsBy(quotesIn(quotes, dropped), QuoteOrigin::Poll) == QSet<QString> { u"BTC"_s, u"ETH"_s };
        },
        WaitMs));

    clock.advance(1); // the backoff's draw
    ASSERT_TRUE(QTest::qWaitFor([&] { return source->polledCoins().isEmpty(); }, WaitMs));
    EXPECT_EQ(sockets.connectionCount(), 2);
    EXPECT_EQ(sockets.codesOf(2), (QStringList { u"KRW-BTC"_s, u"KRW-ETH"_s }));
    EXPECT_EQ(source->socketStatuses().first().reconnects, 1);
}

TEST_F(StreamingMarketSourceTest, PeriodsEndOnItsClockAndFailOnlyWhenNothingDelivers)
{
    QSignalSpy quotes(source.get(), &MarketSource::quotesReceived);
    QSignalSpy ended(source.get(), &MarketSource::cycleEnded);
    QSignalSpy failed(source.get(), &MarketSource::cycleFailed);
    QSignalSpy pollFailed(source->polling(), &MarketSource::cycleFailed);
    source->follow({ u"BTC"_s });
    source->start();
    ASSERT_TRUE(quotes.wait(WaitMs));

    clock.advance(100);
    EXPECT_EQ(ended.size(), 1);
    clock.advance(100); // a quiet stream on an open socket is no failure
    EXPECT_EQ(ended.size(), 2);
    EXPECT_EQ(failed.size(), 0);

    sockets.close();
    http.stop();
    ASSERT_TRUE(QTest::qWaitFor([&] { return source->polledCoins() == QStringList { u"BTC"_s }; }, WaitMs));
    ASSERT_TRUE(pollFailed.wait(WaitMs));
    clock.advance(100);
    EXPECT_EQ(ended.size(), 3);
    ASSERT_EQ(failed.size(), 1);
    EXPECT_EQ(failed.first().first().value<FetchError>().kind, FetchError::Kind::ConnectionRefused);
}
