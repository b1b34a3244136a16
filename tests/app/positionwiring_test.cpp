#include "positionwiring.h"

#include "../common/fakevenues.h"
#include "../core/positions/positiontestdata.h"
#include "../support/mariadbserver.h"

#include "positions/positionrepository.h"
#include "premium/marketfeed.h"
#include "storage/database.h"
#include "storage/historystore.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

// The window's positions wiring against a loopback exchange and a real SQLite file: the feed's
// cycles value the positions on every coin and bring the funding settlements of the coins held to
// the database.
namespace {

// Binance's premium index of every coin, as the market feed asks it: BTC and ETH announcing the
// same funding time.
QByteArray premiumIndex(qint64 nextFundingTimeMs, const char *btcRate, const char *ethRate)
{
    const QByteArray next = QByteArray::number(nextFundingTimeMs);
    return QByteArray(R"([{"symbol":"BTCUSDT","markPrice":"89000","lastFundingRate":")") + btcRate
        + R"(","nextFundingTime":)" + next + R"(},{"symbol":"ETHUSDT","markPrice":"2950","lastFundingRate":")" + ethRate
        + R"(","nextFundingTime":)" + next + "}]";
}

Position ethPosition()
{
    Position eth = samplePosition(0);
    eth.symbol = QStringLiteral("ETH");
    eth.quantity = dec("0.5");
    eth.entry = LegPrices { dec("4312000"), dec("2954.8"), dec("1432.6") };
    return eth;
}

class PositionWiringTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        ASSERT_TRUE(server.listen());
        serveAllVenues(server);
        for (const char *venue : { "bithumb", "binance", "dunamu", "open-er-api" })
            config.baseUrls.insert(QString::fromLatin1(venue), server.baseUrl());
        config.symbols = { QStringLiteral("BTC"), QStringLiteral("ETH") };
        config.tickerPeriodMs = 100;
        // Polling's behaviour: the stream transport has tests of its own.
        config.transport = FeedTransport::Poll;
        options.location = DatabaseLocation::sqlite(dir.filePath(QStringLiteral("history.sqlite")));
    }

    // Opens the positions through the store, once it has loaded.
    static void open(PositionWiring &wiring, const QList<Position> &positions)
    {
        QSignalSpy loaded(wiring.store(), &PositionStore::loaded);
        ASSERT_TRUE(wiring.store()->isLoaded() || loaded.wait(10'000));
        QSignalSpy done(wiring.store(), &PositionStore::requestDone);
        for (const Position &position : positions)
            wiring.store()->open(position);
        ASSERT_TRUE(QTest::qWaitFor([&] { return done.size() == positions.size(); }, 10'000));
    }

    QTemporaryDir dir;
    FixtureServer server;
    FeedConfig config;
    HistoryOptions options;
};

} // namespace

TEST_F(PositionWiringTest, FundingOfAHeldCoinIsSettledFromTheFeedsCycles)
{
    HistoryStore history(options);
    history.start();
    PositionWiring wiring(&history);
    open(wiring, { samplePosition(0) });

    // Binance announces a funding time a moment from now and, once it has passed, the next one.
    const qint64 fundingTime = QDateTime::currentMSecsSinceEpoch() + 400;
    server.setRouteHandler(QStringLiteral("/fapi/v1/premiumIndex"), [=](const RecordedRequest &request) {
        const bool passed = request.receivedAtMs >= fundingTime;
        return FixtureResponse { .body = passed ? premiumIndex(fundingTime + 28'800'000, "0.0002", "0.0003")
                                                : premiumIndex(fundingTime, "0.0001", "-0.00005") };
    });
    MarketFeed feed(config);
    wiring.setFeed(&feed);
    QSignalSpy cycles(&feed, &MarketFeed::cycled);
    feed.start();

    // The settlement the cycles showed is in the book once the database has it.
    ASSERT_TRUE(QTest::qWaitFor([&] { return !wiring.book()->fundingEvents().isEmpty(); }, 10'000));
    cycles.clear();
    ASSERT_TRUE(QTest::qWaitFor([&] { return cycles.size() >= 3; }, 10'000));
    ASSERT_EQ(wiring.book()->fundingEvents().size(), 1) << "ETH settled too, but nobody holds it";
    const FundingEvent event = wiring.book()->fundingEvents().constFirst();
    EXPECT_EQ(event.venue, QStringLiteral("binance"));
    EXPECT_EQ(event.symbol, QStringLiteral("BTC"));
    EXPECT_EQ(event.fundingTimeMs, fundingTime);
    EXPECT_EQ(event.rate.toString(), QStringLiteral("0.0001"));
    EXPECT_EQ(event.markPrice.toString(), QStringLiteral("89000"));
    // 0.01 BTC short at 89,000 received 0.0001 of its value.
    EXPECT_EQ(wiring.book()->valuation(wiring.book()->positions().constFirst().id).fundingUsdt.toString(),
              QStringLiteral("0.089"));

    Database database(options.location);
    ASSERT_FALSE(database.openAndMigrate().has_value());
    QList<FundingEvent> stored;
    ASSERT_FALSE(PositionRepository(database).loadFunding(&stored).has_value());
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored.constFirst().symbol, QStringLiteral("BTC"));
    EXPECT_EQ(stored.constFirst().rate.toString(), QStringLiteral("0.0001"));

    wiring.setFeed(nullptr);
    feed.stop();
}

TEST_F(PositionWiringTest, TermsSeenBeforeAFeedChangeDateTheSettlementAfterIt)
{
    HistoryStore history(options);
    history.start();
    PositionWiring wiring(&history);
    open(wiring, { samplePosition(0) });
    const qint64 fundingTime = QDateTime::currentMSecsSinceEpoch() + 2'000;
    server.setRouteHandler(QStringLiteral("/fapi/v1/premiumIndex"), [=](const RecordedRequest &request) {
        const bool passed = request.receivedAtMs >= fundingTime;
        return FixtureResponse { .body = passed ? premiumIndex(fundingTime + 28'800'000, "0.0002", "0.0003")
                                                : premiumIndex(fundingTime, "0.0001", "-0.00005") };
    });

    // The first feed sees the terms before the settlement, then the settings change.
    auto before = std::make_unique<MarketFeed>(config);
    wiring.setFeed(before.get());
    QSignalSpy cycles(before.get(), &MarketFeed::cycled);
    before->start();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            const BoardQuote *btc = before->board().quote(QStringLiteral("binance"), QStringLiteral("BTC"));
            return btc && btc->funding;
        },
        10'000));
    cycles.clear();
    ASSERT_TRUE(cycles.wait(10'000));
    ASSERT_LT(QDateTime::currentMSecsSinceEpoch(), fundingTime) << "too slow to see the terms before the settlement";
    wiring.setFeed(nullptr);
    before->stop();
    before.reset();

    // The next feed starts after the settlement: it never sees the terms before it.
    ASSERT_TRUE(QTest::qWaitFor([&] { return QDateTime::currentMSecsSinceEpoch() > fundingTime; }, 10'000));
    MarketFeed after(config);
    wiring.setFeed(&after);
    after.start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !wiring.book()->fundingEvents().isEmpty(); }, 10'000));
    EXPECT_EQ(wiring.book()->fundingEvents().constFirst().fundingTimeMs, fundingTime);
    EXPECT_EQ(wiring.book()->fundingEvents().constFirst().rate.toString(), QStringLiteral("0.0001"));
    wiring.setFeed(nullptr);
    after.stop();
}

TEST_F(PositionWiringTest, PositionsOnTwoCoinsAreValuedAtTheirOwnCoinsPrices)
{
    HistoryStore history(options);
    history.start();
    PositionWiring wiring(&history);
    open(wiring, { samplePosition(0), ethPosition() });
    ASSERT_EQ(wiring.book()->positions().size(), 2);
    const qint64 btc = wiring.book()->positions().at(0).id;
    const qint64 eth = wiring.book()->positions().at(1).id;

    MarketFeed feed(config);
    wiring.setFeed(&feed);
    feed.start();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return wiring.book()->valuation(btc).live && wiring.book()->valuation(eth).live; }, 10'000));
    // Bithumb's bid against Binance's ask of each coin, at the fixtures' FX (tests/data/expected-premiums.md).
    EXPECT_EQ(wiring.book()->valuation(btc).exitPremium->toString(), QStringLiteral("1.27"));
    EXPECT_EQ(wiring.book()->valuation(eth).exitPremium->toString(), QStringLiteral("1.81"));
    EXPECT_EQ(wiring.book()->exitPrices(QStringLiteral("ETH"), ethPosition().pair())->korea.toString(),
              QStringLiteral("4311000"));

    // Detached, the feed's cycles no longer reach the book.
    wiring.setFeed(nullptr);
    QSignalSpy cycles(&feed, &MarketFeed::cycled);
    QSignalSpy valued(wiring.book(), &PositionBook::valuationsUpdated);
    ASSERT_TRUE(QTest::qWaitFor([&] { return cycles.size() >= 2; }, 10'000));
    EXPECT_EQ(valued.size(), 0);
    feed.stop();
}

TEST_F(PositionWiringTest, TheHistoryKeepsEverySecondOfACoinWithAnOpenPosition)
{
    options.watchlist = {};
    options.flushIntervalMs = 50;
    HistoryStore history(options);
    history.start();
    PositionWiring wiring(&history);
    QSignalSpy loaded(wiring.store(), &PositionStore::loaded);
    ASSERT_TRUE(loaded.wait(10'000));
    Position xrp = samplePosition(0);
    xrp.symbol = QStringLiteral("XRP");
    QSignalSpy done(wiring.store(), &PositionStore::requestDone);
    wiring.store()->open(xrp);
    ASSERT_TRUE(done.wait(10'000));
    EXPECT_EQ(wiring.book()->openCoins(), QStringList { QStringLiteral("XRP") });

    QList<CoinPremium> cycle;
    for (const char *coin : { "XRP", "ETH" }) {
        CoinPremium premium;
        premium.coin = QString::fromLatin1(coin);
        premium.koreaPrice = dec("3000");
        premium.foreignPrice = dec("2.08");
        premium.fx = dec("1432.6");
        premium.preciseRate = dec("0.68099891");
        premium.rate = dec("0.68");
        premium.observedAtMs = QDateTime::currentMSecsSinceEpoch();
        cycle.append(premium);
    }
    history.recordPremiums(cycle);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return history.status().writtenRows > 0 && history.status().pendingRows == 0; }, 10'000));
    Database database(options.location);
    ASSERT_FALSE(database.openAndMigrate().has_value());
    QSqlQuery query(database.connection());
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT coin FROM premium")));
    QStringList raw;
    while (query.next())
        raw.append(query.value(0).toString());
    EXPECT_EQ(raw, QStringList { QStringLiteral("XRP") }) << "ETH has neither a position nor a place on the watchlist";
}

TEST(PositionWiringPassword, PositionsOnMariaDbLoadAndSaveOnceThePasswordArrives)
{
    MariaDbServer *server = MariaDbServer::shared();
    if (!server->isRunning()) {
        ASSERT_TRUE(server->start()) << qPrintable(server->errorString());
    }
    const auto location = DatabaseLocation::parse(server->createDatabase());
    ASSERT_TRUE(location.has_value());
    const QString password = QString::fromLatin1(MariaDbServer::Password);
    {
        // A position an earlier run stored.
        Database database(*location, password);
        ASSERT_FALSE(database.openAndMigrate().has_value());
        Position earlier = samplePosition(0);
        ASSERT_FALSE(PositionRepository(database).insert(&earlier).has_value());
    }

    // The window starts before the keychain has answered: no password yet.
    HistoryOptions options;
    options.location = *location;
    HistoryStore history(options);
    history.start();
    PositionWiring wiring(&history);
    QSignalSpy failed(wiring.store(), &PositionStore::loadFailed);
    QSignalSpy loaded(wiring.store(), &PositionStore::loaded);
    ASSERT_TRUE(failed.wait(10'000));
    EXPECT_EQ(failed.constFirst().at(0).value<StorageError>().kind, StorageError::Kind::AccessDenied);
    EXPECT_FALSE(wiring.store()->isLoaded());

    // The keychain answers; the window hands the password to both, as for the history alone.
    wiring.setPassword(password);
    history.setPassword(password);
    ASSERT_TRUE(loaded.wait(10'000)) << "the positions never got the password";
    ASSERT_EQ(wiring.book()->positions().size(), 1);

    QSignalSpy done(wiring.store(), &PositionStore::requestDone);
    const quint64 request = wiring.store()->open(samplePosition(0));
    ASSERT_TRUE(done.wait(10'000));
    EXPECT_EQ(done.constFirst().at(0).toULongLong(), request);
    EXPECT_EQ(wiring.book()->openCount(), 2);
    Database check(*location, password);
    ASSERT_FALSE(check.open().has_value());
    QList<Position> stored;
    ASSERT_FALSE(PositionRepository(check).loadAll(&stored).has_value());
    EXPECT_EQ(stored.size(), 2);
}
