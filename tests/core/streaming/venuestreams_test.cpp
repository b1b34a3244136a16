#include "streaming/streamclock.h"
#include "streaming/streamingmarketsource.h"

#include "exchanges/venuegates.h"
#include "venues/pollingmarketsource.h"
#include "venues/venuedirectory.h"
#include "venues/venuestream.h"

#include "fixtureserver.h"
#include "marketfixtures.h"
#include "websocketfixtureserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using namespace Qt::StringLiterals;

// Names the venue in gtest's messages.
void PrintTo(const QString &text, std::ostream *out)
{
    *out << text.toStdString();
}

// Every venue's own stream (core/venues/<venue>stream) through the transport, against
// WebSocketFixtureServer speaking that venue's protocol and the venue's REST fixtures for the
// listing.
namespace {

constexpr int WaitMs = 10'000;

QList<MarketQuote> streamedQuotes(const QSignalSpy &spy)
{
    QList<MarketQuote> quotes;
    for (const QList<QVariant> &arguments : spy) {
        for (const MarketQuote &quote : arguments.at(0).value<QuoteBatch>().quotes) {
            if (quote.origin == QuoteOrigin::Stream)
                quotes.append(quote);
        }
    }
    return quotes;
}

QSet<QString> coinsOf(const QList<MarketQuote> &quotes)
{
    QSet<QString> coins;
    for (const MarketQuote &quote : quotes)
        coins.insert(quote.coin);
    return coins;
}

class VenueStreamTest : public ::testing::TestWithParam<QString>
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(http.listen());
        // The sockets on the REST fixtures' port, where the venue's plan puts them for that address.
        WebSocketFixtureServer::attach(http, { &sockets });
        MarketFixtures::serve(http, venue());
        stream = VenueDirectory::standard().findStream(venue());
        ASSERT_NE(stream, nullptr);
        auto *polling
            = new PollingMarketSource(VenueDirectory::standard().find(venue()), &network, &gates, http.baseUrl());
        source = std::make_unique<StreamingMarketSource>(stream, polling, &clock);
    }

    void TearDown() override { source->stop(); }

    static QString venue() { return GetParam(); }

    // Follows the coins and waits until every socket of the plan is open and subscribed to them.
    void startWith(const QStringList &coins)
    {
        QSignalSpy listed(source.get(), &MarketSource::listingChanged);
        source->follow(coins);
        source->start();
        ASSERT_TRUE(listed.wait(WaitMs));
        for (const QString &coin : coins) {
            const Instrument *instrument = source->listed().byCoin(coin);
            ASSERT_NE(instrument, nullptr) << qPrintable(coin);
            codes.append(instrument->symbol);
        }
        const qsizetype plannedSockets = source->socketStatuses().size();
        ASSERT_GT(plannedSockets, 0);
        // The venue's connection rate spaces the sockets out on the stream's clock.
        for (int opened = 1; opened < plannedSockets; ++opened) {
            ASSERT_TRUE(QTest::qWaitFor([&] { return sockets.connectionCount() >= opened; }, WaitMs));
            clock.advance(1000 / stream->connectionsPerSecond());
        }
        ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                QStringList subscribed;
                for (int socket : sockets.openSockets())
                    subscribed += sockets.codesOf(socket);
                return sockets.openCount() == plannedSockets
                    && std::all_of(codes.cbegin(), codes.cend(),
                                   [&](const QString &code) { return subscribed.contains(code); });
            },
            WaitMs));
    }

    FixtureServer http;
    WebSocketFixtureServer sockets { GetParam() };
    const VenueStream *stream = nullptr;
    VenueGates gates;
    QNetworkAccessManager network;
    StreamClock clock { StreamClock::Mode::Manual };
    std::unique_ptr<StreamingMarketSource> source;
    QStringList codes;
};

} // namespace

TEST_P(VenueStreamTest, StreamsTheFollowedCoinsAndPollsNone)
{
    QSignalSpy quotes(source.get(), &MarketSource::quotesReceived);
    startWith({ u"BTC"_s, u"ETH"_s });
    for (const QString &code : std::as_const(codes))
        ASSERT_GT(sockets.push(code), 0) << qPrintable(code);
    // Every venue's last trade comes by stream too (Binance's in its mini ticker): a line can be a streamed one.
    const auto withLast = [&] {
        QList<MarketQuote> priced = streamedQuotes(quotes);
        priced.removeIf([](const MarketQuote &quote) { return !quote.last; });
        return coinsOf(priced);
    };
    ASSERT_TRUE(QTest::qWaitFor([&] { return withLast() == QSet<QString> { u"BTC"_s, u"ETH"_s }; }, WaitMs));
    EXPECT_TRUE(source->polledCoins().isEmpty());
    const auto open = [](const StreamSocketStatus &status) {
        return status.state == StreamSocketStatus::State::Open;
    };
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            const QList<StreamSocketStatus> statuses = source->socketStatuses();
            return std::all_of(statuses.cbegin(), statuses.cend(), open);
        },
        WaitMs));
}

TEST_P(VenueStreamTest, TheKeepAliveIsAnsweredAndTimed)
{
    const StreamKeepAlive keepAlive = stream->keepAlive();
    startWith({ u"BTC"_s });
    if (keepAlive.intervalMs == 0) {
        // The venue pings us instead (Binance): Qt's socket answers each ping.
        QSignalSpy pongs(&sockets, &WebSocketFixtureServer::pongReceived);
        sockets.pingClients();
        ASSERT_TRUE(QTest::qWaitFor([&] { return pongs.size() == sockets.openCount(); }, WaitMs));
        return;
    }
    const qsizetype before = sockets.frames().size();
    clock.advance(keepAlive.intervalMs);
    ASSERT_TRUE(QTest::qWaitFor([&] { return source->socketStatuses().first().roundTripMs.has_value(); }, WaitMs));
    const QList<WebSocketFixtureServer::Frame> frames = sockets.frames().mid(before);
    ASSERT_FALSE(frames.isEmpty());
    EXPECT_EQ(frames.first().payload, keepAlive.frame);
}

INSTANTIATE_TEST_SUITE_P(EveryVenue, VenueStreamTest,
                         ::testing::Values(u"bithumb"_s, u"upbit"_s, u"coinone"_s, u"binance"_s, u"okx"_s, u"bybit"_s),
                         [](const ::testing::TestParamInfo<QString> &info) { return info.param.toStdString(); });

class BybitStreamTest : public VenueStreamTest
{
};

TEST_P(BybitStreamTest, DeltasAreMergedIntoTheSnapshot)
{
    QSignalSpy quotes(source.get(), &MarketSource::quotesReceived);
    startWith({ u"SHIB"_s });
    ASSERT_TRUE(QTest::qWaitFor([&] { return streamedQuotes(quotes).size() == 1; }, WaitMs)); // the snapshot
    ASSERT_EQ(sockets.push(codes.first()), 1); // a delta: mark price and bid size only
    ASSERT_TRUE(QTest::qWaitFor([&] { return streamedQuotes(quotes).size() == 2; }, WaitMs));
    const MarketQuote snapshot = streamedQuotes(quotes).at(0);
    const MarketQuote merged = streamedQuotes(quotes).at(1);
    ASSERT_TRUE(snapshot.last && merged.last && snapshot.book && merged.book);
    EXPECT_EQ(*merged.last, *snapshot.last);
    EXPECT_EQ(merged.book->bid, snapshot.book->bid);
    EXPECT_EQ(merged.book->ask, snapshot.book->ask);
    // 721990 contracts of 1000 SHIB after the snapshot's 527000.
    EXPECT_EQ(merged.book->bidSize, Decimal::fromInteger(721'990'000));
    EXPECT_NE(merged.book->bidSize, snapshot.book->bidSize);
}

INSTANTIATE_TEST_SUITE_P(Bybit, BybitStreamTest, ::testing::Values(u"bybit"_s),
                         [](const ::testing::TestParamInfo<QString> &info) { return info.param.toStdString(); });

class OkxStreamTest : public VenueStreamTest
{
};

TEST_P(OkxStreamTest, TheVenuesErrorReplacesTheSocketAndPollsItsCoinsMeanwhile)
{
    QSignalSpy polled(source.get(), &StreamingMarketSource::polledCoinsChanged);
    startWith({ u"BTC"_s });
    sockets.sendToAll(R"({"event":"error","code":"60012","msg":"Invalid request"})");
    ASSERT_TRUE(polled.wait(WaitMs));
    EXPECT_EQ(source->polledCoins(), QStringList { u"BTC"_s });
    EXPECT_TRUE(source->socketStatuses().first().lastError.contains(u"60012"_s));

    clock.advance(Backoff::DefaultCapMs);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return sockets.connectionCount() == 2 && !sockets.codesOf(2).isEmpty(); }, WaitMs));
    ASSERT_EQ(sockets.push(codes.first()), 2); // tickers and funding-rate
    ASSERT_TRUE(QTest::qWaitFor([&] { return source->polledCoins().isEmpty(); }, WaitMs));
}

INSTANTIATE_TEST_SUITE_P(Okx, OkxStreamTest, ::testing::Values(u"okx"_s),
                         [](const ::testing::TestParamInfo<QString> &info) { return info.param.toStdString(); });
