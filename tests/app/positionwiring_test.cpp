#include "positionwiring.h"

#include "../common/fakevenues.h"
#include "../core/positions/positiontestdata.h"
#include "../support/mariadbserver.h"

#include "exchanges/httppoller.h"
#include "positions/positionrepository.h"
#include "premium/livefeed.h"
#include "storage/database.h"
#include "storage/historystore.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

// The window's positions wiring against a loopback exchange and a real SQLite file: live bid/ask
// reach the book, funding settlements reach the database, the feed's budgets are shared.
namespace {

QByteArray premiumIndex(qint64 nextFundingTimeMs, const char *rate)
{
    return QByteArray(R"({"symbol":"BTCUSDT","markPrice":"89000","lastFundingRate":")") + rate
           + R"(","nextFundingTime":)" + QByteArray::number(nextFundingTimeMs) + "}";
}

class PositionWiringTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        ASSERT_TRUE(server.listen());
        serveAllVenues(server);
        for (const char *venue : {"bithumb", "binance", "dunamu", "open-er-api"})
            config.baseUrls.insert(QString::fromLatin1(venue), server.baseUrl());
        config.tickerPeriodMs = 100;
        options.location = DatabaseLocation::sqlite(dir.filePath(QStringLiteral("history.sqlite")));
    }

    QTemporaryDir dir;
    FixtureServer server;
    FeedConfig config;
    HistoryOptions options;
};

} // namespace

TEST_F(PositionWiringTest, LivePricesFundingAndStorageComeTogether)
{
    const qint64 fundingTime = QDateTime::currentMSecsSinceEpoch() + 400;
    server.setRouteHandler(QStringLiteral("/fapi/v1/premiumIndex"), [=](const RecordedRequest &request) {
        const bool passed = request.receivedAtMs >= fundingTime;
        return FixtureResponse{.body = passed ? premiumIndex(fundingTime + 28'800'000, "0.0002") : premiumIndex(fundingTime, "0.0001")};
    });

    HistoryStore history(options);
    history.start();
    PositionWiring wiring(&history);
    QSignalSpy loaded(wiring.store(), &PositionStore::loaded);
    LiveFeed feed(config);
    wiring.setFeed(&feed);
    ASSERT_NE(wiring.depthFeed(), nullptr);
    wiring.depthFeed()->setFundingPeriodMs(50);
    EXPECT_EQ(wiring.depthFeed()->poller(MarketDepthFeed::Source::ForeignBook)->gates(), feed.gates());
    feed.start();

    ASSERT_TRUE(loaded.wait(10'000));
    // The FX of the premium feed and the books of the depth feed meet in the book.
    ASSERT_TRUE(QTest::qWaitFor([&] {
        const auto depth = wiring.book()->depth(QStringLiteral("BTC"));
        return depth && depth->entryPrices().has_value();
    }, 10'000));
    const MarketDepth depth = *wiring.book()->depth(QStringLiteral("BTC"));
    EXPECT_EQ(depth.entryPremium(PremiumBasis::Seed)->toString(), QStringLiteral("1.28"));
    EXPECT_EQ(depth.exitPremium(PremiumBasis::Seed)->toString(), QStringLiteral("1.27"));

    // The settlement the depth feed watched is in the book once the database has it.
    ASSERT_TRUE(QTest::qWaitFor([&] { return wiring.book()->fundingEvents().size() == 1; }, 10'000));
    EXPECT_EQ(wiring.book()->fundingEvents().constFirst().fundingTimeMs, fundingTime);
    Database database(options.location);
    ASSERT_FALSE(database.openAndMigrate().has_value());
    QList<FundingEvent> stored;
    ASSERT_FALSE(PositionRepository(database).loadFunding(&stored).has_value());
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored.constFirst().rate.toString(), QStringLiteral("0.0001"));

    wiring.setFeed(nullptr);
    EXPECT_EQ(wiring.depthFeed(), nullptr);
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
