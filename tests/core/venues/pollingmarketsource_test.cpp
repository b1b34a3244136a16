#include "venues/pollingmarketsource.h"
#include "venues/venuedirectory.h"

#include "exchanges/venuegates.h"

#include "fixtureserver.h"
#include "marketfixtures.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <gtest/gtest.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr int WaitMs = 10'000;

const VenueAdapter &adapterOf(const QString &venue)
{
    const VenueAdapter *adapter = VenueDirectory::standard().find(venue);
    if (!adapter)
        qFatal("no adapter for %s", qPrintable(venue));
    return *adapter;
}

QString pathOf(const QString &venue, const QString &fileStart)
{
    for (const MarketFixtures::Route &route : MarketFixtures::routes(venue)) {
        if (route.file.startsWith(venue + u'/' + fileStart))
            return route.path;
    }
    qFatal("no route for %s", qPrintable(fileStart));
}

QByteArray fixture(const QString &file)
{
    QFile in(FixtureServer::dataDir() + u'/' + file);
    if (!in.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file));
    return in.readAll();
}

QList<QuoteBatch> batchesIn(const QSignalSpy &spy)
{
    QList<QuoteBatch> result;
    for (const QList<QVariant> &arguments : spy)
        result.append(arguments.at(0).value<QuoteBatch>());
    return result;
}

QSet<QString> coinsIn(const QSignalSpy &spy)
{
    QSet<QString> coins;
    for (const QuoteBatch &batch : batchesIn(spy)) {
        for (const MarketQuote &quote : batch.quotes)
            coins.insert(quote.coin);
    }
    return coins;
}

QList<qint64> arrivals(const FixtureServer &server, const QString &path)
{
    QList<qint64> times;
    for (const RecordedRequest &request : server.requests()) {
        if (request.path == path)
            times.append(request.receivedAtMs);
    }
    return times;
}

FetchError errorAt(const QSignalSpy &spy, qsizetype index)
{
    return spy.at(index).at(0).value<FetchError>();
}

class PollingMarketSourceTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(server.listen()); }

    PollingMarketSource *makeSource(const QString &venue, int periodMs, const FixtureServer &at)
    {
        auto *source = new PollingMarketSource(&adapterOf(venue), &network, &gates, at.baseUrl(), &network);
        source->setPeriodMs(periodMs);
        return source;
    }

    VenueHealth health(const QString &venue, const FixtureServer &at)
    {
        return gates.gate(venue, at.baseUrl())->health(QDateTime::currentMSecsSinceEpoch());
    }

    // Limits without budgets, for tests about the cadence (the budgets have their own test).
    static QHash<QString, VenueLimits> unbudgeted()
    {
        QHash<QString, VenueLimits> limits;
        for (const QString &venue : VenueDirectory::standard().ids()) {
            VenueLimits venueLimits = VenueLimits::defaults(venue);
            venueLimits.requestsPerSecond = 0;
            venueLimits.weightPerMinute = 0;
            limits.insert(venue, venueLimits);
        }
        return limits;
    }

    FixtureServer server;
    VenueGates gates;
    QNetworkAccessManager network;
};

class EveryVenue : public PollingMarketSourceTest, public ::testing::WithParamInterface<QString>
{
};

} // namespace

TEST_P(EveryVenue, ReadsTheListingThenQuotesEveryListedCoinOverLoopback)
{
    const QString venue = GetParam();
    MarketFixtures::serve(server, venue);
    PollingMarketSource *source = makeSource(venue, 100, server);
    QSignalSpy listings(source, &MarketSource::listingChanged);
    QSignalSpy batches(source, &MarketSource::quotesReceived);
    QSignalSpy ended(source, &MarketSource::cycleEnded);
    QSignalSpy failed(source, &MarketSource::cycleFailed);
    QSignalSpy statuses(source, &MarketSource::statusReceived);
    source->start();

    ASSERT_TRUE(listings.wait(WaitMs));
    const QStringList listed = source->listed().coins();
    for (const QString &coin : { u"BTC"_s, u"ETH"_s, u"SHIB"_s })
        EXPECT_TRUE(listed.contains(coin)) << qPrintable(venue + u' ' + coin);
    ASSERT_TRUE(ended.wait(WaitMs));
    EXPECT_EQ(failed.count(), 0);
    const QSet<QString> quoted = coinsIn(batches);
    for (const QString &coin : { u"BTC"_s, u"ETH"_s, u"SHIB"_s })
        EXPECT_TRUE(quoted.contains(coin)) << qPrintable(venue + u' ' + coin);
    // Every request of the first cycle went out, the slow ones (everyCycles) included.
    const QList<VenueRequest> requests = adapterOf(venue).quoteRequests(source->listed());
    for (const VenueRequest &request : requests)
        EXPECT_GE(server.requestCount(request.path), 1) << qPrintable(request.path);
    EXPECT_EQ(batches.count(), requests.size());
    if (!adapterOf(venue).statusRequests().isEmpty()) {
        ASSERT_TRUE(statuses.count() > 0 || statuses.wait(WaitMs));
    }
    EXPECT_EQ(health(venue, server).consecutiveFailures, 0);
}

INSTANTIATE_TEST_SUITE_P(Venues, EveryVenue, ::testing::ValuesIn(MarketFixtures::venues()),
                         [](const ::testing::TestParamInfo<QString> &info) { return info.param.toStdString(); });

TEST_F(PollingMarketSourceTest, ReadsTheListingAgainUntilTheVenueAnswersAndSaysWhyMeanwhile)
{
    MarketFixtures::serve(server, u"okx"_s);
    const QString listing = pathOf(u"okx"_s, u"api-v5-public-instruments"_s);
    const FixtureResponse down { .status = 503, .body = "<html>busy</html>", .contentType = "text/html" };
    server.setRouteSequence(listing,
                            { down, down, FixtureResponse::fromFile(u"okx/api-v5-public-instruments-swap.json"_s) });
    PollingMarketSource *source = makeSource(u"okx"_s, 100, server);
    QSignalSpy listings(source, &MarketSource::listingChanged);
    QSignalSpy failed(source, &MarketSource::cycleFailed);
    QSignalSpy ended(source, &MarketSource::cycleEnded);
    QSignalSpy batches(source, &MarketSource::quotesReceived);
    source->start();
    ASSERT_TRUE(listings.wait(WaitMs));
    ASSERT_EQ(failed.count(), 2);
    EXPECT_EQ(errorAt(failed, 0).httpStatus, 503);
    EXPECT_EQ(ended.count(), 2); // each attempt closes a period for the consumers
    const QList<qint64> attempts = arrivals(server, listing);
    ASSERT_EQ(attempts.size(), 3);
    for (qsizetype i = 1; i < attempts.size(); ++i)
        EXPECT_GE(attempts[i] - attempts[i - 1], 95) << i; // never faster than the period
    ASSERT_TRUE(batches.wait(WaitMs));
}

TEST_F(PollingMarketSourceTest, FollowsOnlyTheCoinsItIsAskedFor)
{
    MarketFixtures::serve(server, u"bithumb"_s);
    PollingMarketSource *source = makeSource(u"bithumb"_s, 100, server);
    QSignalSpy batches(source, &MarketSource::quotesReceived);
    QSignalSpy ended(source, &MarketSource::cycleEnded);
    source->follow({ u"BTC"_s, u"SHIB"_s });
    source->start();
    ASSERT_TRUE(ended.wait(WaitMs));
    EXPECT_EQ(coinsIn(batches), (QSet<QString> { u"BTC"_s, u"SHIB"_s }));
    const RecordedRequest ticker = server.requests().at(1);
    EXPECT_EQ(QUrlQuery(ticker.query).queryItemValue(u"markets"_s, QUrl::FullyDecoded), u"KRW-BTC,KRW-SHIB"_s);
}

TEST_F(PollingMarketSourceTest, BithumbAsksForAtMostOneHundredMarketsPerRequest)
{
    // 250 listed coins: the venue answers 400 above 200 markets and 414 for a URL of about 4 KB.
    const QJsonArray original = QJsonDocument::fromJson(fixture(u"bithumb/v1-market-all.json"_s)).array();
    QJsonArray listing;
    for (int i = 0; i < 250; ++i) {
        QJsonObject market = original.at(0).toObject();
        market.insert(u"market"_s, u"KRW-C%1"_s.arg(i, 3, 10, QChar(u'0')));
        market.insert(u"english_name"_s, u"Coin %1"_s.arg(i));
        listing.append(market);
    }
    MarketFixtures::serve(server, u"bithumb"_s);
    server.setRoute(pathOf(u"bithumb"_s, u"v1-market-all"_s),
                    FixtureResponse { .body = QJsonDocument(listing).toJson(QJsonDocument::Compact) });
    PollingMarketSource *source = makeSource(u"bithumb"_s, 1000, server);
    QSignalSpy ended(source, &MarketSource::cycleEnded);
    source->start();
    ASSERT_TRUE(ended.wait(WaitMs));
    ASSERT_EQ(source->listed().size(), 250);

    for (const QString &path : { pathOf(u"bithumb"_s, u"v1-ticker"_s), pathOf(u"bithumb"_s, u"v1-orderbook"_s) }) {
        QSet<QString> asked;
        int requests = 0;
        for (const RecordedRequest &request : server.requests()) {
            if (request.path != path)
                continue;
            ++requests;
            const QStringList markets
                = QUrlQuery(request.query).queryItemValue(u"markets"_s, QUrl::FullyDecoded).split(u',');
            EXPECT_LE(markets.size(), 100) << qPrintable(path);
            asked.unite(QSet<QString>(markets.cbegin(), markets.cend()));
        }
        EXPECT_EQ(requests, 3) << qPrintable(path);
        EXPECT_EQ(asked.size(), 250) << qPrintable(path);
    }
}

TEST_F(PollingMarketSourceTest, ASlowRequestGoesOutOnlyEveryItsCycles)
{
    VenueGates quick(unbudgeted());
    MarketFixtures::serve(server, u"binance"_s);
    auto *source = new PollingMarketSource(&adapterOf(u"binance"_s), &network, &quick, server.baseUrl(), &network);
    source->setPeriodMs(10);
    source->setTimeoutMs(2000);
    QSignalSpy listings(source, &MarketSource::listingChanged);
    source->start();
    ASSERT_TRUE(listings.wait(WaitMs));

    const QList<VenueRequest> requests = adapterOf(u"binance"_s).quoteRequests(source->listed());
    const auto slow = std::find_if(requests.cbegin(), requests.cend(),
                                   [](const VenueRequest &request) { return request.everyCycles > 1; });
    ASSERT_NE(slow, requests.cend()) << "Binance's 24 h statistics are not asked every cycle";
    const auto every = std::find_if(requests.cbegin(), requests.cend(),
                                    [](const VenueRequest &request) { return request.everyCycles == 1; });
    ASSERT_NE(every, requests.cend());

    int cycles = 0;
    QObject::connect(source, &MarketSource::cycleEnded, source, [&] {
        if (++cycles == slow->everyCycles + 1)
            source->stop();
    });
    ASSERT_TRUE(QTest::qWaitFor([&] { return !source->isRunning(); }, 60'000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return server.requestCount(every->path) == cycles; }, WaitMs));
    // Cycles 0 and everyCycles.
    EXPECT_EQ(server.requestCount(slow->path), 2);
}

TEST_F(PollingMarketSourceTest, CyclesNeverOverlapWhenRepliesAreSlowerThanThePeriod)
{
    for (const MarketFixtures::Route &route : MarketFixtures::routes(u"binance"_s)) {
        FixtureResponse slow = FixtureResponse::fromFile(route.file);
        slow.delayMs = 150;
        server.setRoute(route.path, slow);
    }
    PollingMarketSource *source = makeSource(u"binance"_s, 50, server);
    source->setTimeoutMs(2000);
    QSignalSpy ended(source, &MarketSource::cycleEnded);
    source->start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return ended.count() >= 4; }, WaitMs));
    source->stop();

    const QString book = pathOf(u"binance"_s, u"fapi-v1-bookticker"_s);
    const QList<qint64> books = arrivals(server, book);
    ASSERT_GE(books.size(), 4);
    for (qsizetype i = 1; i < books.size(); ++i)
        EXPECT_GE(books[i] - books[i - 1], 145) << i;
    // The requests of one cycle leave together: the cycle lasts one reply, not one per request.
    const QList<qint64> funding = arrivals(server, pathOf(u"binance"_s, u"fapi-v1-premiumindex"_s));
    ASSERT_GE(funding.size(), 2);
    EXPECT_LT(std::abs(funding[1] - books[1]), 100);
}

TEST_F(PollingMarketSourceTest, OneVenueDownDoesNotStopAnotherAndItsGateBacksOff)
{
    FixtureServer other;
    ASSERT_TRUE(other.listen());
    MarketFixtures::serve(server, u"bybit"_s);
    MarketFixtures::serve(other, u"okx"_s);
    PollingMarketSource *down = makeSource(u"bybit"_s, 100, server);
    PollingMarketSource *fresh = makeSource(u"okx"_s, 100, other);
    QSignalSpy downEnded(down, &MarketSource::cycleEnded);
    QSignalSpy freshEnded(fresh, &MarketSource::cycleEnded);
    QSignalSpy downFailed(down, &MarketSource::cycleFailed);
    QSignalSpy freshFailed(fresh, &MarketSource::cycleFailed);
    QSignalSpy freshBatches(fresh, &MarketSource::quotesReceived);
    QSignalSpy downRequests(down, &MarketSource::requestFinished);
    down->start();
    fresh->start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return downEnded.count() >= 1 && freshEnded.count() >= 1; }, WaitMs));

    server.stop();
    const qsizetype requestsBefore = downRequests.count();
    const qsizetype freshBefore = freshEnded.count();
    ASSERT_TRUE(QTest::qWaitFor([&] { return downFailed.count() >= 8; }, WaitMs));
    EXPECT_EQ(errorAt(downFailed, 0).kind, FetchError::Kind::ConnectionRefused);
    // Most of those cycles were held back by the gate without asking the dead address.
    EXPECT_LT(downRequests.count() - requestsBefore, downFailed.count());
    EXPECT_GE(health(u"bybit"_s, server).consecutiveFailures, 1);

    ASSERT_TRUE(QTest::qWaitFor([&] { return freshEnded.count() >= freshBefore + 5; }, WaitMs));
    EXPECT_EQ(freshFailed.count(), 0);
    const QuoteBatch last = freshBatches.last().at(0).value<QuoteBatch>();
    EXPECT_GE(last.receivedAtMs, QDateTime::currentMSecsSinceEpoch() - 1000);
    EXPECT_EQ(health(u"okx"_s, other).consecutiveFailures, 0);

    // Back at the same address: quotes again, without a restart.
    QSignalSpy downBatches(down, &MarketSource::quotesReceived);
    ASSERT_TRUE(server.listen(server.port()));
    ASSERT_TRUE(downBatches.wait(WaitMs));
}

TEST_F(PollingMarketSourceTest, OneBadSymbolIsADataIssueAndTheVenueStaysHealthy)
{
    // Issue 11: one bad row of Binance's book (bid equal to ask) opened the venue's breaker and
    // took every coin of the venue down with it. Here BTC's row carries an absurd bid.
    const QString book = pathOf(u"binance"_s, u"fapi-v1-bookticker"_s);
    QJsonArray rows = QJsonDocument::fromJson(fixture(u"binance/fapi-v1-bookticker-all.json"_s)).array();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QJsonObject row = rows.at(i).toObject();
        if (row.value(u"symbol") == u"BTCUSDT"_s) {
            row.insert(u"bidPrice"_s, u"-89277.00"_s);
            rows.replace(i, row);
        }
    }
    MarketFixtures::serve(server, u"binance"_s);
    server.setRoute(book, FixtureResponse { .body = QJsonDocument(rows).toJson(QJsonDocument::Compact) });
    PollingMarketSource *source = makeSource(u"binance"_s, 100, server);
    QSignalSpy batches(source, &MarketSource::quotesReceived);
    QSignalSpy ended(source, &MarketSource::cycleEnded);
    QSignalSpy failed(source, &MarketSource::cycleFailed);
    QSignalSpy outcomes(source, &MarketSource::requestFinished);
    source->start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return ended.count() >= 4; }, WaitMs));
    source->stop();

    bool sawIssue = false;
    for (const QuoteBatch &batch : batchesIn(batches)) {
        if (batch.request != u"book")
            continue;
        ASSERT_EQ(batch.issues.size(), 1);
        EXPECT_EQ(batch.issues.constFirst().coin, u"BTC"_s);
        sawIssue = true;
        // The other coins of the reply stand.
        EXPECT_TRUE(std::any_of(batch.quotes.cbegin(), batch.quotes.cend(),
                                [](const MarketQuote &quote) { return quote.coin == u"ETH" && quote.book; }));
    }
    EXPECT_TRUE(sawIssue);
    EXPECT_EQ(failed.count(), 0);
    for (const QList<QVariant> &outcome : std::as_const(outcomes))
        EXPECT_FALSE(outcome.at(0).value<RequestOutcome>().error.has_value());
    const VenueHealth venue = health(u"binance"_s, server);
    EXPECT_EQ(venue.consecutiveFailures, 0);
    EXPECT_EQ(venue.failuresInWindow, 0);
    EXPECT_EQ(venue.breaker, CircuitBreaker::State::Closed);
    EXPECT_FALSE(venue.lastError.has_value());
    // Each next cycle on time: no backoff between them.
    const QList<qint64> books = arrivals(server, book);
    for (qsizetype i = 1; i < books.size(); ++i)
        EXPECT_LT(books[i] - books[i - 1], 200) << i;
}

TEST_F(PollingMarketSourceTest, AStaleListingIsReadAgainAtOnceButOncePerCycle)
{
    MarketFixtures::serve(server, u"bithumb"_s);
    // Both requests of each cycle answer that a market asked for does not exist (HTTP 200).
    const FixtureResponse unknown = FixtureResponse::fromFile(u"bithumb/v1-error-code-not-found.json"_s);
    server.setRoute(pathOf(u"bithumb"_s, u"v1-ticker"_s), unknown);
    server.setRoute(pathOf(u"bithumb"_s, u"v1-orderbook"_s), unknown);
    const QString listing = pathOf(u"bithumb"_s, u"v1-market-all"_s);
    PollingMarketSource *source = makeSource(u"bithumb"_s, 300, server);
    QSignalSpy batches(source, &MarketSource::quotesReceived);
    QSignalSpy failed(source, &MarketSource::cycleFailed);
    int cycles = 0;
    QObject::connect(source, &MarketSource::cycleEnded, source, [&] {
        if (++cycles == 3)
            source->stop();
    });
    source->start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !source->isRunning(); }, WaitMs));
    ASSERT_TRUE(QTest::qWaitFor([&] { return server.requestCount(listing) >= 4; }, WaitMs));
    EXPECT_EQ(server.requestCount(listing), 4); // the first read, then one per cycle, not one per reply
    ASSERT_FALSE(batches.isEmpty());
    EXPECT_TRUE(batches.first().at(0).value<QuoteBatch>().listingStale);
    EXPECT_EQ(failed.count(), 0);
    EXPECT_EQ(health(u"bithumb"_s, server).consecutiveFailures, 0);
}

TEST_F(PollingMarketSourceTest, UpbitsNotFoundIsAStaleListingNotAVenueFailure)
{
    MarketFixtures::serve(server, u"upbit"_s);
    server.setRoute(pathOf(u"upbit"_s, u"v1-orderbook"_s),
                    FixtureResponse::fromFile(u"upbit/v1-error-code-not-found.json"_s, 404));
    const QString listing = pathOf(u"upbit"_s, u"v1-market-all"_s);
    PollingMarketSource *source = makeSource(u"upbit"_s, 300, server);
    QSignalSpy ended(source, &MarketSource::cycleEnded);
    QSignalSpy failed(source, &MarketSource::cycleFailed);
    source->start();
    ASSERT_TRUE(ended.wait(WaitMs));
    ASSERT_TRUE(QTest::qWaitFor([&] { return server.requestCount(listing) >= 2; }, WaitMs));
    EXPECT_EQ(failed.count(), 0);
    EXPECT_EQ(health(u"upbit"_s, server).consecutiveFailures, 0);
}

TEST_F(PollingMarketSourceTest, AListingRefreshThatAddsAndRemovesACoinIsAnnounced)
{
    QJsonObject info = QJsonDocument::fromJson(fixture(u"binance/fapi-v1-exchangeinfo-many.json"_s)).object();
    QJsonArray symbols;
    QJsonObject added;
    for (const QJsonValue &value : info.value(u"symbols").toArray()) {
        const QJsonObject symbol = value.toObject();
        if (symbol.value(u"symbol") == u"ETHUSDT"_s) {
            added = symbol;
            added.insert(u"symbol"_s, u"NEWUSDT"_s);
            added.insert(u"pair"_s, u"NEWUSDT"_s);
            added.insert(u"baseAsset"_s, u"NEW"_s);
        }
        if (symbol.value(u"symbol") != u"DOGEUSDT"_s)
            symbols.append(symbol);
    }
    ASSERT_FALSE(added.isEmpty());
    symbols.append(added);
    info.insert(u"symbols"_s, symbols);
    const FixtureResponse edited { .body = QJsonDocument(info).toJson(QJsonDocument::Compact) };

    MarketFixtures::serve(server, u"binance"_s);
    const QString listing = pathOf(u"binance"_s, u"fapi-v1-exchangeinfo"_s);
    server.setRouteSequence(listing,
                            { FixtureResponse::fromFile(u"binance/fapi-v1-exchangeinfo-many.json"_s), edited });
    PollingMarketSource *source = makeSource(u"binance"_s, 100, server);
    source->setListingRefreshMs(150);
    QSignalSpy listings(source, &MarketSource::listingChanged);
    source->start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return listings.count() >= 2; }, WaitMs));
    EXPECT_TRUE(listings.at(0).at(0).value<InstrumentSet>().byCoin(u"DOGE"_s));
    const InstrumentSet changed = listings.at(1).at(0).value<InstrumentSet>();
    EXPECT_EQ(changed.byCoin(u"DOGE"_s), nullptr);
    ASSERT_NE(changed.byCoin(u"NEW"_s), nullptr);
    EXPECT_EQ(source->listed().byCoin(u"NEW"_s)->symbol, u"NEWUSDT"_s);

    // Reads of the same listing change nothing and say nothing.
    ASSERT_TRUE(QTest::qWaitFor([&] { return server.requestCount(listing) >= 4; }, WaitMs));
    EXPECT_EQ(listings.count(), 2);
}

TEST_F(PollingMarketSourceTest, TooManyRequestsWithRetryAfterHoldsTheVenue)
{
    MarketFixtures::serve(server, u"bybit"_s);
    const QString tickers = pathOf(u"bybit"_s, u"v5-market-tickers"_s);
    const FixtureResponse good = FixtureResponse::fromFile(u"bybit/v5-market-tickers-linear.json"_s);
    server.setRouteSequence(
        tickers,
        { good, FixtureResponse { .status = 429, .body = "{}", .headers = { { "Retry-After", "1" } } }, good });
    PollingMarketSource *source = makeSource(u"bybit"_s, 100, server);
    QSignalSpy failed(source, &MarketSource::cycleFailed);
    source->start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return server.requestCount(tickers) >= 3; }, WaitMs));

    const QList<qint64> times = arrivals(server, tickers);
    EXPECT_GE(times[2] - times[1], 980);
    ASSERT_GE(failed.count(), 2);
    EXPECT_EQ(errorAt(failed, 0).kind, FetchError::Kind::RateLimited);
    EXPECT_EQ(errorAt(failed, 0).httpStatus, 429);
    // The cycles in between were held by the gate and said why.
    EXPECT_EQ(errorAt(failed, 1).kind, FetchError::Kind::RateLimited);
    EXPECT_TRUE(errorAt(failed, 1).retryAfterMs.has_value());
}

TEST_F(PollingMarketSourceTest, StaysInsideTheVenuesRequestBudget)
{
    MarketFixtures::serve(server, u"bithumb"_s);
    const int perSecond = adapterOf(u"bithumb"_s).limits().requestsPerSecond;
    ASSERT_GT(perSecond, 0);
    // Asked every 10 ms, the source would send about 200 requests a second without its budget.
    PollingMarketSource *source = makeSource(u"bithumb"_s, 10, server);
    source->setTimeoutMs(2000);
    source->start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return server.requests().size() >= 3 * perSecond; }, WaitMs));
    source->stop();

    QList<qint64> times;
    for (const RecordedRequest &request : server.requests())
        times.append(request.receivedAtMs);
    int busiest = 0;
    // 950 ms rather than 1000: the server sees the requests a little after they leave.
    for (qsizetype i = 0; i < times.size(); ++i) {
        const auto inWindow
            = std::count_if(times.cbegin() + i, times.cend(), [&](qint64 time) { return time < times[i] + 950; });
        busiest = std::max(busiest, static_cast<int>(inWindow));
    }
    EXPECT_LE(busiest, perSecond);
    EXPECT_GE(busiest, perSecond - 2); // and it did use it
}

TEST_F(PollingMarketSourceTest, ACycleTheCycleGateRefusesSendsNothing)
{
    MarketFixtures::serve(server, u"bybit"_s);
    PollingMarketSource *source = makeSource(u"bybit"_s, 50, server);
    bool poll = false;
    int asked = 0;
    source->setCycleGate([&](std::function<void(HttpPoller::CycleDecision)> decide) {
        ++asked;
        decide(HttpPoller::CycleDecision { poll, 20 });
    });
    QSignalSpy listings(source, &MarketSource::listingChanged);
    QSignalSpy ended(source, &MarketSource::cycleEnded);
    QSignalSpy batches(source, &MarketSource::quotesReceived);
    source->start();
    ASSERT_TRUE(listings.wait(WaitMs));
    ASSERT_TRUE(QTest::qWaitFor([&] { return asked >= 5; }, WaitMs));
    EXPECT_EQ(ended.count(), 0);
    EXPECT_EQ(server.requestCount(pathOf(u"bybit"_s, u"v5-market-tickers"_s)), 0);

    poll = true;
    ASSERT_TRUE(batches.wait(WaitMs));
}

TEST(VenueLimitsOfTheVenues, AreTheAdaptersWithTheUsersBudgetsOnTop)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"limits.ini"_s), QSettings::IniFormat);
    VenueGates gates;
    for (const QString &venue : VenueDirectory::standard().ids()) {
        const VenueLimits own = adapterOf(venue).limits();
        const VenueLimits defaults = VenueLimits::defaults(venue);
        EXPECT_GT(own.requestsPerSecond, 0) << qPrintable(venue);
        EXPECT_EQ(defaults.requestsPerSecond, own.requestsPerSecond) << qPrintable(venue);
        EXPECT_EQ(defaults.weightPerMinute, own.weightPerMinute) << qPrintable(venue);
        EXPECT_EQ(defaults.usedWeightHeader, own.usedWeightHeader) << qPrintable(venue);
        EXPECT_EQ(gates.gate(venue, QUrl(u"http://127.0.0.1:1"_s))->limits().requestsPerSecond, own.requestsPerSecond)
            << qPrintable(venue);

        settings.setValue(u"limits/"_s + venue + u"/perSecond"_s, 3);
        const VenueLimits read = VenueLimits::read(settings, venue);
        EXPECT_EQ(read.requestsPerSecond, 3) << qPrintable(venue);
        EXPECT_EQ(read.weightPerMinute, own.weightPerMinute) << qPrintable(venue);
    }
}

TEST_F(PollingMarketSourceTest, OneMarketServerPlaysEveryVenueAtOnce)
{
    // What fixture-server --market serves: the app's end-to-end tests point every venue at it.
    MarketFixtures::serveAll(server);
    QHash<QString, QSet<QString>> coins;
    QHash<QString, Decimal> btcBids;
    int cycled = 0;
    int failures = 0;
    for (const QString &venue : VenueDirectory::standard().ids()) {
        PollingMarketSource *source = makeSource(venue, 1000, server);
        QObject::connect(source, &MarketSource::quotesReceived, source, [&, venue](const QuoteBatch &batch) {
            for (const MarketQuote &quote : batch.quotes) {
                coins[venue].insert(quote.coin);
                if (quote.coin == u"BTC" && quote.book)
                    btcBids.insert(venue, quote.book->bid);
            }
        });
        QObject::connect(source, &MarketSource::cycleFailed, source, [&] { ++failures; });
        QObject::connect(source, &MarketSource::cycleEnded, source, [&, source] {
            ++cycled;
            source->stop();
        });
        source->start();
    }
    ASSERT_TRUE(QTest::qWaitFor([&] { return cycled == VenueDirectory::standard().ids().size(); }, WaitMs));
    EXPECT_EQ(failures, 0);
    for (const QString &venue : VenueDirectory::standard().ids())
        EXPECT_TRUE(coins.value(venue).contains(u"BTC"_s)) << qPrintable(venue);
    // Bithumb and Upbit share the book's path, each got its own book.
    EXPECT_EQ(btcBids.value(u"bithumb"_s).toString(), u"129550000"_s);
    EXPECT_EQ(btcBids.value(u"upbit"_s).toString(), u"129778000"_s);
}

TEST_F(PollingMarketSourceTest, FollowingOnlyNoCoinPollsNoQuoteButReadsTheListing)
{
    MarketFixtures::serve(server, u"bithumb"_s);
    PollingMarketSource *source = makeSource(u"bithumb"_s, 50, server);
    QSignalSpy batches(source, &MarketSource::quotesReceived);
    QSignalSpy ended(source, &MarketSource::cycleEnded);
    source->followOnly({});
    source->start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return ended.size() >= 3; }, WaitMs));
    EXPECT_TRUE(batches.isEmpty());
    EXPECT_FALSE(source->listed().isEmpty());
    EXPECT_EQ(server.requestCount(pathOf(u"bithumb"_s, u"v1-ticker"_s)), 0);

    source->followOnly({ u"BTC"_s });
    ASSERT_TRUE(batches.wait(WaitMs));
    EXPECT_EQ(coinsIn(batches), QSet<QString> { u"BTC"_s });
}
