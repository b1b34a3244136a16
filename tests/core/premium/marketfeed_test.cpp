#include "premium/marketfeed.h"

#include "../../common/fakevenues.h"

#include "exchanges/venuegates.h"

#include <QDateTime>
#include <QSignalSpy>

#include <gtest/gtest.h>

namespace {

class MarketFeedTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(server.listen());
        serveAllVenues(server);
        for (const char *venue : {"bithumb", "coinone", "binance", "okx", "bybit", "dunamu", "open-er-api"})
            config.baseUrls.insert(QString::fromLatin1(venue), server.baseUrl());
        config.tickerPeriodMs = 100;
        // Polling's behaviour: the stream transport has tests of its own.
        config.transport = FeedTransport::Poll;
        config.koreanFallbackVenue.clear();
    }

    // The next period's premiums, every followed coin's.
    QHash<QString, CoinPremium> nextCycle(QSignalSpy &spy, int timeoutMs = 3000)
    {
        spy.clear();
        EXPECT_TRUE(spy.wait(timeoutMs));
        QHash<QString, CoinPremium> byCoin;
        if (!spy.isEmpty()) {
            for (const CoinPremium &premium : spy.takeFirst().at(0).value<QList<CoinPremium>>())
                byCoin.insert(premium.coin, premium);
        }
        return byCoin;
    }

    PremiumSample nextSample(QSignalSpy &spy, int timeoutMs = 3000)
    {
        spy.clear();
        EXPECT_TRUE(spy.wait(timeoutMs));
        return spy.isEmpty() ? PremiumSample{} : spy.takeFirst().at(0).value<PremiumSample>();
    }

    FixtureServer server;
    FeedConfig config;
};

} // namespace

TEST_F(MarketFeedTest, ThreeFeedsMakeTheSeedPremium)
{
    MarketFeed feed(config);
    QSignalSpy samples(feed.monitor(), &PremiumMonitor::sampled);
    feed.start();
    const PremiumSample sample = nextSample(samples);
    EXPECT_EQ(sample.rate.toFixed(2), QStringLiteral("1.28"));
    EXPECT_EQ(sample.korea.price.toString(), QStringLiteral("129555000"));
    EXPECT_EQ(sample.foreign.price.toString(), QStringLiteral("89277.1"));
    EXPECT_EQ(sample.fx.price.toString(), QStringLiteral("1432.6"));
    EXPECT_EQ(sample.fx.venue, QStringLiteral("dunamu"));
    EXPECT_FALSE(sample.stale);
    // FX is asked once, not once per ticker cycle.
    for (int i = 0; i < 3; ++i)
        nextSample(samples);
    EXPECT_EQ(server.requestCount(QStringLiteral("/v1/forex/recent")), 1);
    EXPECT_GE(server.requestCount(QStringLiteral("/v1/ticker")), 4);
}

TEST_F(MarketFeedTest, AFailingVenueKeepsTheLastValueMarkedStaleAndRecovers)
{
    MarketFeed feed(config);
    QSignalSpy samples(feed.monitor(), &PremiumMonitor::sampled);
    feed.start();
    EXPECT_FALSE(nextSample(samples).stale);

    const FixtureResponse errorPage = FixtureResponse::fromFile(QStringLiteral("errors/cloudflare-502.html"), 502);
    server.setRoute(QStringLiteral("/v1/ticker"), errorPage);
    server.setRoute(QStringLiteral("/v1/orderbook"), errorPage);
    PremiumSample sample = nextSample(samples);
    if (!sample.stale)  // the request in flight when the route changed may still have succeeded
        sample = nextSample(samples);
    EXPECT_TRUE(sample.stale);
    EXPECT_EQ(sample.korea.price.toString(), QStringLiteral("129555000"));
    EXPECT_EQ(sample.rate.toFixed(2), QStringLiteral("1.28"));
    const FeedStatus status = feed.monitor()->status(FeedRole::KoreanSpot);
    EXPECT_EQ(status.state, FeedStatus::State::Failing);
    EXPECT_EQ(status.error->httpStatus, 502);

    serveAllVenues(server);
    // The venue's backoff decides when it is asked again: a few cycles at most after two failures.
    for (int i = 0; i < 20 && (i == 0 || sample.stale); ++i)
        sample = nextSample(samples);
    EXPECT_FALSE(sample.stale);
}

TEST_F(MarketFeedTest, FxFallsBackToTheSecondSource)
{
    server.setRoute(QStringLiteral("/v1/forex/recent"), FixtureResponse{.neverReply = true});
    MarketFeed feed(config);
    QSignalSpy samples(feed.monitor(), &PremiumMonitor::sampled);
    feed.start();
    // Dunamu is given up after the FX timeout (5 s), then open.er-api answers at once.
    const PremiumSample sample = nextSample(samples, 8000);
    EXPECT_EQ(sample.fx.venue, QStringLiteral("open-er-api"));
    EXPECT_EQ(sample.fx.price.toString(), QStringLiteral("1419.87"));
}

TEST_F(MarketFeedTest, EveryCoinBothVenuesListOnAnyPair)
{
    config.symbols.clear();
    config.koreanVenue = QStringLiteral("coinone");
    config.foreignVenue = QStringLiteral("bybit");
    MarketFeed feed(config);
    QSignalSpy coins(&feed, &MarketFeed::coinsChanged);
    QSignalSpy cycles(&feed, &MarketFeed::cycled);
    feed.start();
    const QHash<QString, CoinPremium> premiums = nextCycle(cycles);
    ASSERT_EQ(coins.count(), 1);
    EXPECT_EQ(coins.at(0).at(0).toStringList(),
              (QStringList{QStringLiteral("BTC"), QStringLiteral("ETH"), QStringLiteral("XRP"), QStringLiteral("SOL"),
                           QStringLiteral("DOGE"), QStringLiteral("SHIB")}));
    EXPECT_TRUE(coins.at(0).at(1).toStringList().isEmpty());
    ASSERT_EQ(premiums.size(), 6);
    const CoinPremium shib = premiums.value(QStringLiteral("SHIB"));
    EXPECT_EQ(shib.pair, (VenuePair{QStringLiteral("coinone"), QStringLiteral("bybit")}));
    EXPECT_EQ(shib.foreignInstrument, QStringLiteral("SHIB1000USDT"));
    EXPECT_EQ(shib.foreignPrice->toString(), QStringLiteral("0.000013942"));
    EXPECT_EQ(shib.rate->toFixed(2), QStringLiteral("0.03"));
    EXPECT_EQ(shib.entryRate->toFixed(2), QStringLiteral("0.04"));
    EXPECT_EQ(shib.exitRate->toFixed(2), QStringLiteral("-0.07"));
    EXPECT_FALSE(shib.stale) << qPrintable(shib.reason);
    EXPECT_EQ(premiums.value(QStringLiteral("XRP")).rate->toFixed(2), QStringLiteral("2.23"));
}

TEST_F(MarketFeedTest, AskedCoinsOneSideDoesNotListAreNamed)
{
    config.symbols = {QStringLiteral("ORDI"), QStringLiteral("ETH"), QStringLiteral("BORA")};
    MarketFeed feed(config);
    QSignalSpy coins(&feed, &MarketFeed::coinsChanged);
    QSignalSpy cycles(&feed, &MarketFeed::cycled);
    feed.start();
    const QHash<QString, CoinPremium> premiums = nextCycle(cycles);
    ASSERT_EQ(coins.count(), 1);
    EXPECT_EQ(coins.at(0).at(0).toStringList(), QStringList{QStringLiteral("ETH")});
    EXPECT_EQ(coins.at(0).at(1).toStringList(), (QStringList{QStringLiteral("ORDI"), QStringLiteral("BORA")}));
    EXPECT_EQ(premiums.keys(), QStringList{QStringLiteral("ETH")});
    EXPECT_EQ(premiums.value(QStringLiteral("ETH")).rate->toFixed(2), QStringLiteral("1.83"));
}

// The bug this engine was built against: a Binance book with bid equal to ask opened the Binance
// breaker and took the BTC price down with it. A bad book is now that book's problem only.
TEST_F(MarketFeedTest, ALockedBookSetsTheBookAsideAndTheVenueStaysHealthy)
{
    QByteArray books = FixtureResponse::fromFile(QStringLiteral("binance/fapi-v1-bookticker-all.json")).body;
    books.replace("\"askPrice\": \"89277.20\"", "\"askPrice\": \"89277.00\"");
    ASSERT_TRUE(books.contains("\"askPrice\": \"89277.00\"")) << "the fixture's BTC ask moved";
    server.setRoute(QStringLiteral("/fapi/v1/ticker/bookTicker"), FixtureResponse{.body = books});
    MarketFeed feed(config);
    QSignalSpy issues(&feed, &MarketFeed::dataIssue);
    QSignalSpy cycles(&feed, &MarketFeed::cycled);
    feed.start();
    CoinPremium btc;
    for (int i = 0; i < 12; ++i)
        btc = nextCycle(cycles).value(QStringLiteral("BTC"));
    EXPECT_EQ(btc.rate->toFixed(2), QStringLiteral("1.28"));
    EXPECT_FALSE(btc.stale) << qPrintable(btc.reason);
    EXPECT_FALSE(btc.foreignBid) << "a locked book was used";
    EXPECT_FALSE(btc.entryRate);
    ASSERT_FALSE(issues.isEmpty());
    EXPECT_EQ(issues.constLast().at(0).value<DataIssue>().kind, DataIssue::Kind::CrossedBook);
    const VenueHealth health = feed.gates()->gate(QStringLiteral("binance"))->health(QDateTime::currentMSecsSinceEpoch());
    EXPECT_FALSE(health.lastError) << qPrintable(health.lastError->describe());
    EXPECT_EQ(health.backoffUntilMs, 0);
}

// One venue of the pair down: that pair's lines go stale with the reason, while a feed on another
// pair that does not use it stays fresh.
TEST_F(MarketFeedTest, OneVenueDownWhileAnotherPairStaysFresh)
{
    FixtureServer binance;
    ASSERT_TRUE(binance.listen());
    serveAllVenues(binance);
    config.baseUrls.insert(QStringLiteral("binance"), binance.baseUrl());
    MarketFeed onBinance(config);
    FeedConfig other = config;
    other.foreignVenue = QStringLiteral("okx");
    MarketFeed onOkx(other);
    QSignalSpy binanceCycles(&onBinance, &MarketFeed::cycled);
    QSignalSpy okxCycles(&onOkx, &MarketFeed::cycled);
    onBinance.start();
    onOkx.start();
    ASSERT_FALSE(nextCycle(binanceCycles).value(QStringLiteral("BTC")).stale);

    binance.stop();
    CoinPremium down;
    for (int i = 0; i < 80 && !down.reason.contains(u"last value"); ++i)
        down = nextCycle(binanceCycles).value(QStringLiteral("BTC"));
    EXPECT_TRUE(down.stale);
    EXPECT_TRUE(down.reason.startsWith(u"foreign: ")) << qPrintable(down.reason);
    EXPECT_EQ(down.foreignPrice->toString(), QStringLiteral("89277.1")) << "the last good value is kept";
    const CoinPremium fresh = nextCycle(okxCycles).value(QStringLiteral("BTC"));
    EXPECT_FALSE(fresh.stale) << qPrintable(fresh.reason);
    EXPECT_EQ(fresh.rate->toFixed(2), QStringLiteral("1.24"));
}

// A follower's quotes come through the same checks as the leader's.
TEST_F(MarketFeedTest, CachedQuotesAreValidatedLikePolledOnes)
{
    MarketFeed feed(config);
    QSignalSpy cycles(&feed, &MarketFeed::cycled);
    QSignalSpy issues(&feed, &MarketFeed::dataIssue);
    feed.start();
    ASSERT_FALSE(nextCycle(cycles).isEmpty());
    feed.stop();

    QuoteBatch cached;
    cached.venue = QStringLiteral("binance");
    cached.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
    MarketQuote crossed;
    crossed.venue = cached.venue;
    crossed.coin = QStringLiteral("BTC");
    crossed.instrument = QStringLiteral("BTCUSDT");
    crossed.book = BookTop{Decimal::fromInteger(90000), Decimal::fromInteger(1), Decimal::fromInteger(89000),
                           Decimal::fromInteger(1)};
    crossed.receivedAtMs = cached.receivedAtMs;
    crossed.origin = QuoteOrigin::Cache;
    cached.quotes.append(crossed);
    feed.acceptCached(cached);
    ASSERT_FALSE(issues.isEmpty());
    EXPECT_EQ(issues.constLast().at(0).value<DataIssue>().kind, DataIssue::Kind::CrossedBook);
    EXPECT_NE(feed.board().quote(QStringLiteral("binance"), QStringLiteral("BTC"))->book->value.bid,
              Decimal::fromInteger(90000));
}

TEST_F(MarketFeedTest, TheMonitorFollowsTheSelectedCoinAtOnce)
{
    config.symbols.clear();
    MarketFeed feed(config);
    QSignalSpy samples(feed.monitor(), &PremiumMonitor::sampled);
    feed.start();
    EXPECT_EQ(nextSample(samples).symbol, QStringLiteral("BTC"));
    samples.clear();
    feed.setMonitoredCoin(QStringLiteral("ETH"));
    // From the coin's current quotes on the board, not a period later.
    ASSERT_EQ(samples.count(), 1);
    const PremiumSample eth = samples.takeFirst().at(0).value<PremiumSample>();
    EXPECT_EQ(eth.symbol, QStringLiteral("ETH"));
    EXPECT_EQ(eth.rate.toFixed(2), QStringLiteral("1.83"));
    EXPECT_EQ(eth.korea.price.toString(), QStringLiteral("4312000"));
    EXPECT_EQ(feed.monitor()->symbol(), QStringLiteral("ETH"));
    EXPECT_EQ(feed.config().symbol, QStringLiteral("ETH"));
    EXPECT_EQ(nextSample(samples).symbol, QStringLiteral("ETH"));
}
