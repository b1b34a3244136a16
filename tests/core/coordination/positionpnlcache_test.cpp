#include "redisserver.h"

#include "coordination/positionpnlcache.h"
#include "coordination/redisclient.h"
#include "positions/positionbook.h"

#include "../positions/positiontestdata.h"

#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

// The PnL of open positions in Redis (SPEC section 6), read back from a real server as another
// tool would: written while a position is open, gone once it is closed.
namespace {

MarketDepth liveDepth()
{
    MarketDepth depth;
    depth.symbol = QStringLiteral("BTC");
    depth.korea = Quote {};
    depth.korea->venue = QStringLiteral("bithumb");
    depth.korea->book = BookTop{dec("130000000"), dec("1"), dec("130010000"), dec("1")};
    depth.foreign = Quote {};
    depth.foreign->venue = QStringLiteral("binance");
    depth.foreign->book = BookTop{dec("89499.9"), dec("1"), dec("89500.0"), dec("1")};
    depth.fx = Quote {};
    depth.fx->price = dec("1432.6");
    return depth;
}

class PositionPnlCacheTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(server.start());
        QSignalSpy connected(&client, &RedisClient::connected);
        client.connectToServer(server.address());
        ASSERT_TRUE(connected.wait(3000));
        book.setClock([] { return qint64(5'000'000); });
    }

    QHash<QByteArray, QByteArray> hash(const QByteArray &key) { return server.command({"HGETALL", key}).toHash(); }

    RedisServer server;
    RedisClient client;
    PositionBook book;
};

} // namespace

TEST_F(PositionPnlCacheTest, OpenPositionsAtLivePricesAreCachedAndClosedOnesRemoved)
{
    Position closed = samplePosition(2);
    closed.exit = LegPrices{dec("130000000"), dec("89500.0"), dec("1432.6")};
    closed.closedAtMs = 4'000'000;
    book.setPositions({samplePosition(1), closed});
    PositionPnlCache cache(&client, QStringLiteral("desk-a"), &book, nullptr, 50);
    EXPECT_EQ(PositionPnlCache::key(QStringLiteral("desk-a"), 1), "pnl:desk-a:1");

    book.setDepth(liveDepth());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !hash("pnl:desk-a:1").isEmpty(); }, 2000));
    const auto pnl = hash("pnl:desk-a:1");
    const PositionValuation valuation = book.valuation(1);
    ASSERT_TRUE(valuation.pnl);
    // The hand-computed case of the positions' tests: the same exit prices as the closed one.
    EXPECT_EQ(pnl.value("net"), "-1113.5177");
    EXPECT_EQ(pnl.value("net"), valuation.pnl->net.toString().toLatin1());
    EXPECT_EQ(pnl.value("korea_leg"), valuation.pnl->koreaLeg.toString().toLatin1());
    EXPECT_EQ(pnl.value("foreign_leg"), valuation.pnl->foreignLeg.toString().toLatin1());
    EXPECT_EQ(pnl.value("fees_krw"), valuation.pnl->feesKrw.toString().toLatin1());
    EXPECT_EQ(pnl.value("fx_rate"), "1432.6");
    EXPECT_EQ(pnl.value("entry_premium"), "1.28");
    EXPECT_EQ(pnl.value("exit_premium"), valuation.exitPremium->toString().toLatin1());
    EXPECT_EQ(pnl.value("symbol"), "BTC");
    EXPECT_EQ(pnl.value("quantity"), "0.01");
    EXPECT_EQ(pnl.value("timestamp"), "5000000");
    EXPECT_EQ(pnl.value("instance"), "desk-a");
    const qint64 ttl = server.command({"PTTL", "pnl:desk-a:1"}).toInteger();
    EXPECT_GT(ttl, 0);
    EXPECT_LE(ttl, PositionPnlCache::TtlMs);
    EXPECT_EQ(server.command({"EXISTS", "pnl:desk-a:2"}).toInteger(), 0) << "a closed position's PnL is not live";

    // A new price: the hash follows.
    MarketDepth moved = liveDepth();
    moved.korea->book = BookTop{dec("131000000"), dec("1"), dec("131010000"), dec("1")};
    book.setDepth(moved);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return hash("pnl:desk-a:1").value("net") == book.valuation(1).pnl->net.toString().toLatin1(); }, 2000));
    EXPECT_NE(hash("pnl:desk-a:1").value("net"), "-1113.5177");

    // Closing the last open position: no PnL left to cache.
    Position closing = samplePosition(1);
    closing.exit = LegPrices{dec("131000000"), dec("89500.0"), dec("1432.6")};
    closing.closedAtMs = 4'500'000;
    book.upsert(closing);
    ASSERT_TRUE(QTest::qWaitFor([&] { return server.command({"EXISTS", "pnl:desk-a:1"}).toInteger() == 0; }, 2000));
    EXPECT_TRUE(server.command({"KEYS", "pnl:*"}).elements.isEmpty());
}
