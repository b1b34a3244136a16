#include "redisserver.h"

#include "coordination/redisclient.h"
#include "coordination/redislock.h"
#include "coordination/sharedfeedcache.h"
#include "premium/premiumsample.h"

#include <QDateTime>
#include <QTest>

#include <gtest/gtest.h>

// The cache's layout as other tools see it, and the rule that an old entry is a miss.
namespace {

Quote quote(const char *venue, const char *symbol, const char *price, qint64 receivedAtMs)
{
    Quote q;
    q.venue = QString::fromLatin1(venue);
    q.symbol = QString::fromLatin1(symbol);
    q.price = *Decimal::fromString(QString::fromLatin1(price));
    q.receivedAtMs = receivedAtMs;
    q.venueTimeMs = receivedAtMs - 7;
    return q;
}

class SharedFeedCacheTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(server.start());
        lock.applyHold(server.command(lock.acquireCommand()));
        ASSERT_TRUE(lock.isHeld());
    }

    RedisReply write(const FencedWrite &batch) { return server.command(batch.command(lock)); }

    RedisServer server;
    RedisLock lock{"lock:ticker:all", "writer", 2000};
    SharedFeedCache cache{"writer-1"};
};

} // namespace

TEST(SharedFeedCacheKeysTest, FollowTheSpecsConvention)
{
    EXPECT_EQ(SharedFeedCache::tickerKey(QStringLiteral("bithumb"), QStringLiteral("BTC")), "ticker:bithumb:btc");
    EXPECT_EQ(SharedFeedCache::fxKey(QStringLiteral("USD/KRW")), "fx:usd:krw");
    EXPECT_EQ(SharedFeedCache::premiumKey(QStringLiteral("BTC")), "premium:btc");
    EXPECT_EQ(SharedFeedCache::historyKey(QStringLiteral("ETH")), "premium:eth:history");
    EXPECT_EQ(SharedFeedCache::lastRunKey(QStringLiteral("fx")), "batch:last_run:fx");
    EXPECT_EQ(SharedFeedCache::healthKey(QStringLiteral("desk-1")), "batch:health:desk-1");
}

TEST(SharedFeedCacheReadTest, AnEntryOlderThanItsLifetimeIsAMiss)
{
    const qint64 now = 1'795'632'820'000;
    QHash<QByteArray, QByteArray> hash{{"price", "129555000"}, {"timestamp", QByteArray::number(now - 4'000)}};
    const auto fresh = SharedFeedCache::tickerFromHash(hash, QStringLiteral("bithumb"), QStringLiteral("BTC"), now);
    ASSERT_TRUE(fresh);
    EXPECT_TRUE(fresh->fromCache);
    EXPECT_EQ(fresh->venue, QStringLiteral("bithumb"));
    EXPECT_EQ(fresh->receivedAtMs, now - 4'000) << "the age stays the poller's";
    EXPECT_EQ(fresh->price.toString(), QStringLiteral("129555000"));

    hash["timestamp"] = QByteArray::number(now - 5'001);
    EXPECT_FALSE(SharedFeedCache::tickerFromHash(hash, QStringLiteral("bithumb"), QStringLiteral("BTC"), now));
    EXPECT_FALSE(SharedFeedCache::tickerFromHash({}, QStringLiteral("bithumb"), QStringLiteral("BTC"), now));
    EXPECT_FALSE(SharedFeedCache::tickerFromHash({{"price", "abc"}, {"timestamp", QByteArray::number(now)}},
                                                 QStringLiteral("bithumb"), QStringLiteral("BTC"), now));

    const QHash<QByteArray, QByteArray> fx{{"rate", "1432.6"}, {"source", "dunamu"}, {"timestamp", QByteArray::number(now - 14 * 60'000)}};
    EXPECT_TRUE(SharedFeedCache::fxFromHash(fx, QStringLiteral("USD/KRW"), now));
    EXPECT_FALSE(SharedFeedCache::fxFromHash(fx, QStringLiteral("USD/KRW"), now + 2 * 60'000));
}

TEST_F(SharedFeedCacheTest, WritesHashesWithTheSpecsFieldsAndLifetimes)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    PremiumSample sample;
    sample.symbol = QStringLiteral("BTC");
    sample.rate = *Decimal::fromString(u"1.28");
    sample.korea = quote("bithumb", "BTC", "129555000", now);
    sample.foreign = quote("binance", "BTC", "89277.1", now);
    sample.fx = quote("dunamu", "USD/KRW", "1432.6", now);
    sample.observedAtMs = now;

    FencedWrite batch;
    cache.addTicker(batch, sample.korea);
    cache.addFx(batch, sample.fx);
    cache.addPremium(batch, sample);
    SharedFeedCache::addLastRun(batch, QStringLiteral("ticker"), now);
    ASSERT_TRUE(FencedWrite::outcome(write(batch)).accepted);

    const auto ticker = server.command({"HGETALL", "ticker:bithumb:btc"}).toHash();
    for (const char *field : {"price", "volume", "timestamp", "observed_at"})
        EXPECT_TRUE(ticker.contains(field)) << field;
    EXPECT_EQ(ticker.value("price"), "129555000");
    EXPECT_EQ(ticker.value("timestamp"), QByteArray::number(now));
    EXPECT_TRUE(ticker.value("observed_at").endsWith('Z'));
    EXPECT_EQ(ticker.value("instance"), "writer-1");
    const qint64 tickerTtl = server.command({"PTTL", "ticker:bithumb:btc"}).toInteger();
    EXPECT_GT(tickerTtl, 4000);
    EXPECT_LE(tickerTtl, 5000);

    const auto premium = server.command({"HGETALL", "premium:btc"}).toHash();
    EXPECT_EQ(premium.value("rate"), "1.28");
    EXPECT_EQ(premium.value("korea_price"), "129555000");
    EXPECT_EQ(premium.value("foreign_price"), "89277.1");
    EXPECT_EQ(premium.value("fx_rate"), "1432.6");
    EXPECT_TRUE(premium.contains("observed_at"));
    EXPECT_LE(server.command({"PTTL", "premium:btc"}).toInteger(), 5000);

    EXPECT_EQ(server.command({"HGET", "fx:usd:krw", "rate"}).text, "1432.6");
    const qint64 fxTtl = server.command({"PTTL", "fx:usd:krw"}).toInteger();
    EXPECT_GT(fxTtl, 14 * 60'000);
    EXPECT_LE(fxTtl, 15 * 60'000);
    EXPECT_EQ(server.command({"GET", "batch:last_run:ticker"}).toInteger(), now);
    EXPECT_LE(server.command({"PTTL", "batch:last_run:ticker"}).toInteger(), 5 * 60'000);

    // No open position: no history.
    EXPECT_EQ(server.command({"EXISTS", "premium:btc:history"}).toInteger(), 0);
}

TEST_F(SharedFeedCacheTest, HistoryGrowsOnlyWhileAPositionIsOpen)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    PremiumSample sample;
    sample.symbol = QStringLiteral("BTC");
    sample.rate = *Decimal::fromString(u"1.28");
    sample.korea = quote("bithumb", "BTC", "129555000", now);
    sample.foreign = quote("binance", "BTC", "89277.1", now);
    sample.fx = quote("dunamu", "USD/KRW", "1432.6", now);

    server.command({"SET", "position:open:exists", "true", "PX", "30000"});
    for (int i = 0; i < 3; ++i) {
        sample.observedAtMs = now + i * 1000;
        FencedWrite batch;
        cache.addPremium(batch, sample);
        ASSERT_TRUE(FencedWrite::outcome(write(batch)).accepted);
    }
    // Identical premiums at three moments: the SPEC's member has no time in it, so Redis keeps one
    // member at its latest score.
    const RedisReply members = server.command({"ZRANGE", "premium:btc:history", "0", "-1", "WITHSCORES"});
    ASSERT_EQ(members.elements.size(), 2);
    EXPECT_EQ(members.at(0).text, "1.28:129555000:89277.1");
    EXPECT_EQ(members.at(1).toInteger(), now + 2000);
    const qint64 ttl = server.command({"PTTL", "premium:btc:history"}).toInteger();
    EXPECT_GT(ttl, 59 * 60'000);
    EXPECT_LE(ttl, 60 * 60'000);

    sample.korea.price = *Decimal::fromString(u"129600000");
    sample.observedAtMs = now + 3000;
    FencedWrite another;
    cache.addPremium(another, sample);
    write(another);
    EXPECT_EQ(server.command({"ZCARD", "premium:btc:history"}).toInteger(), 2);

    server.command({"SET", "position:open:exists", "false", "PX", "30000"});
    sample.korea.price = *Decimal::fromString(u"129700000");
    sample.observedAtMs = now + 4000;
    FencedWrite closed;
    cache.addPremium(closed, sample);
    write(closed);
    EXPECT_EQ(server.command({"ZCARD", "premium:btc:history"}).toInteger(), 2);
}
