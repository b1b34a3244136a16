#include "redisserver.h"

#include "coordination/marketcache.h"
#include "coordination/redisclient.h"
#include "coordination/redislock.h"
#include "coordination/sharedfeedcache.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

// Every coin of every venue through a real redis-server: the layout other tools read, the round
// trip back into quotes field by field, merging of partial replies, and lifetimes.
namespace {

Decimal dec(const char *text)
{
    return *Decimal::fromString(QString::fromLatin1(text));
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

MarketQuote perpQuote(const char *coin, qint64 receivedAtMs)
{
    MarketQuote quote;
    quote.venue = QStringLiteral("binance");
    quote.coin = QString::fromLatin1(coin);
    quote.instrument = quote.coin + QStringLiteral("USDT");
    quote.last = dec("89277.1");
    quote.book = BookTop { dec("89277.0"), dec("3.5"), dec("89277.2"), dec("0.25") };
    quote.volume24h = dec("151234.567");
    quote.change24hRatio = dec("-0.0123");
    quote.funding = FundingTerms { dec("89280.5"), dec("0.0001"), 1'767'225'600'000 };
    quote.receivedAtMs = receivedAtMs;
    return quote;
}

QuoteBatch batchOf(const QString &venue, QList<MarketQuote> quotes)
{
    QuoteBatch batch;
    batch.venue = venue;
    batch.request = QStringLiteral("ticker");
    batch.quotes = std::move(quotes);
    return batch;
}

class MarketCacheTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(server.start());
        QSignalSpy up(&client, &RedisClient::connected);
        client.connectToServer(server.address());
        ASSERT_TRUE(up.wait(2000));
        lock.applyHold(server.command(lock.acquireCommand()));
        ASSERT_TRUE(lock.isHeld());
    }

    // The commands in one pass of the event loop, counted in socket writes.
    QList<RedisReply> pipeline(const QList<RedisCommand> &commands, quint64 *flushes = nullptr)
    {
        const quint64 before = client.writeFlushes();
        QList<RedisReply> replies;
        bool done = false;
        client.pipeline(commands, &context, [&](const QList<RedisReply> &r) {
            replies = r;
            done = true;
        });
        EXPECT_TRUE(QTest::qWaitFor([&] { return done; }, 2000));
        if (flushes)
            *flushes = client.writeFlushes() - before;
        return replies;
    }

    QuoteBatch readBack(const QString &venue, qint64 atMs)
    {
        return MarketCache::batchFromReply(venue, pipeline({ MarketCache::readVenue(venue) }).constFirst(), atMs);
    }

    RedisServer server;
    RedisClient client;
    QObject context;
    RedisLock lock { "lock:ticker:binance", "writer", 2000 };
    MarketCache cache { "desk-1" };
};

} // namespace

TEST(MarketCacheKeysTest, OneKeyPerCoinAndVenueInTheOldPairsConvention)
{
    EXPECT_EQ(MarketCache::tickerKey(QStringLiteral("bithumb"), QStringLiteral("BTC")), "ticker:bithumb:btc");
    EXPECT_EQ(MarketCache::tickerKey(QStringLiteral("Binance"), QStringLiteral("1000SATS")), "ticker:binance:1000sats");
    EXPECT_EQ(MarketCache::venueKey(QStringLiteral("OKX")), "ticker:okx");
    EXPECT_EQ(MarketCache::premiumKey(QStringLiteral("BTC")), "premium:btc");
    EXPECT_EQ(
        MarketCache::premiumKey(QStringLiteral("ETH"), VenuePair { QStringLiteral("upbit"), QStringLiteral("bybit") }),
        "premium:eth:upbit:bybit");
}

TEST_F(MarketCacheTest, ABatchIsOneRoundTripAndEveryFieldComesBack)
{
    const qint64 now = nowMs();
    MarketQuote spot;
    spot.venue = QStringLiteral("binance");
    spot.coin = QStringLiteral("ETH");
    spot.last = dec("3120.55");
    spot.receivedAtMs = now;
    quint64 flushes = 0;
    const auto replies
        = pipeline(cache.batchCommands(batchOf(QStringLiteral("binance"), { perpQuote("BTC", now), spot })), &flushes);
    EXPECT_EQ(flushes, 1u);
    for (const RedisReply &reply : replies)
        EXPECT_FALSE(reply.isError()) << reply.text.constData();

    const auto hash = server.command({ "HGETALL", "ticker:binance:btc" }).toHash();
    EXPECT_EQ(hash.value("price"), "89277.1");
    EXPECT_EQ(hash.value("bid"), "89277.0");
    EXPECT_EQ(hash.value("ask"), "89277.2");
    EXPECT_EQ(hash.value("bid_size"), "3.5");
    EXPECT_EQ(hash.value("ask_size"), "0.25");
    EXPECT_EQ(hash.value("volume"), "151234.567");
    EXPECT_EQ(hash.value("change"), "-0.0123");
    EXPECT_EQ(hash.value("mark"), "89280.5");
    EXPECT_EQ(hash.value("funding_rate"), "0.0001");
    EXPECT_EQ(hash.value("next_funding_time"), "1767225600000");
    EXPECT_EQ(hash.value("timestamp"), QByteArray::number(now));
    EXPECT_TRUE(hash.value("observed_at").endsWith('Z'));
    EXPECT_EQ(hash.value("instrument"), "BTCUSDT");
    EXPECT_EQ(hash.value("instance"), "desk-1");
    const qint64 ttl = server.command({ "PTTL", "ticker:binance:btc" }).toInteger();
    EXPECT_GT(ttl, 0);
    EXPECT_LE(ttl, 5'000);
    // Only what the reply carried.
    const auto eth = server.command({ "HGETALL", "ticker:binance:eth" }).toHash();
    EXPECT_EQ(eth.value("price"), "3120.55");
    EXPECT_FALSE(eth.contains("bid"));
    EXPECT_FALSE(eth.contains("funding_rate"));

    const QuoteBatch back = readBack(QStringLiteral("binance"), now + 10);
    ASSERT_EQ(back.quotes.size(), 2);
    const auto btcIt
        = std::find_if(back.quotes.cbegin(), back.quotes.cend(), [](const MarketQuote &q) { return q.coin == u"BTC"; });
    const auto ethIt
        = std::find_if(back.quotes.cbegin(), back.quotes.cend(), [](const MarketQuote &q) { return q.coin == u"ETH"; });
    ASSERT_NE(btcIt, back.quotes.cend());
    ASSERT_NE(ethIt, back.quotes.cend());
    const MarketQuote &btc = *btcIt;
    EXPECT_EQ(btc.venue, QStringLiteral("binance"));
    EXPECT_EQ(btc.instrument, QStringLiteral("BTCUSDT"));
    EXPECT_EQ(btc.origin, QuoteOrigin::Cache);
    EXPECT_EQ(btc.receivedAtMs, now);
    EXPECT_EQ(btc.last, dec("89277.1"));
    ASSERT_TRUE(btc.book.has_value());
    EXPECT_EQ(btc.book->bid, dec("89277.0"));
    EXPECT_EQ(btc.book->bidSize, dec("3.5"));
    EXPECT_EQ(btc.book->ask, dec("89277.2"));
    EXPECT_EQ(btc.book->askSize, dec("0.25"));
    EXPECT_EQ(btc.volume24h, dec("151234.567"));
    EXPECT_EQ(btc.change24hRatio, dec("-0.0123"));
    ASSERT_TRUE(btc.funding.has_value());
    EXPECT_EQ(btc.funding->markPrice, dec("89280.5"));
    EXPECT_EQ(btc.funding->rate, dec("0.0001"));
    EXPECT_EQ(btc.funding->nextFundingTimeMs, 1'767'225'600'000);
    EXPECT_EQ(ethIt->last, dec("3120.55"));
    EXPECT_FALSE(ethIt->book.has_value());
    EXPECT_FALSE(ethIt->volume24h.has_value());
    EXPECT_FALSE(ethIt->funding.has_value());
    EXPECT_FALSE(ethIt->change24hRatio.has_value());
}

TEST_F(MarketCacheTest, PartsFromSeveralRequestsAreMergedAndEachAgesByItsOwnTime)
{
    // A book, a funding rate without mark price and a mark price without funding, from three
    // requests, plus a volume whose request has failed for longer than the lifetime.
    const qint64 now = nowMs();
    MarketQuote book;
    book.venue = QStringLiteral("okx");
    book.coin = QStringLiteral("BTC");
    book.book = BookTop { dec("100"), dec("1"), dec("101"), dec("2") };
    book.receivedAtMs = now - 20;
    MarketQuote rate = book;
    rate.book.reset();
    rate.funding = FundingTerms { Decimal(), dec("-0.0002"), 1'767'225'600'000 };
    rate.receivedAtMs = now;
    MarketQuote mark = rate;
    mark.funding = FundingTerms { dec("100.5"), Decimal(), 0 };
    mark.receivedAtMs = now - 10;
    MarketQuote volume = rate;
    volume.funding.reset();
    volume.volume24h = dec("12");
    volume.receivedAtMs = now - MarketCache::TickerTtlMs - 1000;
    FencedWrite write;
    for (const MarketQuote &part : { volume, book, rate, mark })
        cache.addBatch(write, batchOf(QStringLiteral("okx"), { part }));
    ASSERT_TRUE(FencedWrite::outcome(server.command(write.command(lock))).accepted);
    EXPECT_EQ(server.command({ "HGET", "ticker:okx:btc", "timestamp" }).text, QByteArray::number(now - 10))
        << "the last write";

    const QuoteBatch back = readBack(QStringLiteral("okx"), now);
    const auto at = [&](qint64 ms) {
        const auto it = std::find_if(back.quotes.cbegin(), back.quotes.cend(),
                                     [ms](const MarketQuote &q) { return q.receivedAtMs == ms; });
        return it == back.quotes.cend() ? nullptr : &*it;
    };
    ASSERT_EQ(back.quotes.size(), 3) << "the volume is too old";
    ASSERT_TRUE(at(now - 20) && at(now - 20)->book.has_value());
    EXPECT_EQ(at(now - 20)->book->ask, dec("101"));
    EXPECT_FALSE(at(now - 20)->funding.has_value());
    ASSERT_TRUE(at(now) && at(now)->funding.has_value());
    EXPECT_EQ(at(now)->funding->rate, dec("-0.0002"));
    EXPECT_EQ(at(now)->funding->nextFundingTimeMs, 1'767'225'600'000);
    EXPECT_TRUE(at(now)->funding->markPrice.isZero()) << "a rate without mark, as the board reads it";
    ASSERT_TRUE(at(now - 10) && at(now - 10)->funding.has_value());
    EXPECT_EQ(at(now - 10)->funding->markPrice, dec("100.5"));
    EXPECT_EQ(at(now - 10)->funding->nextFundingTimeMs, 0) << "a mark without funding";
    for (const MarketQuote &quote : back.quotes)
        EXPECT_FALSE(quote.volume24h.has_value());
}

TEST_F(MarketCacheTest, AFencedBatchFromAReplacedHolderIsRefused)
{
    RedisLock other { "lock:ticker:binance", "other", 2000 };
    server.command({ "DEL", "lock:ticker:binance" });
    other.applyHold(server.command(other.acquireCommand()));
    ASSERT_TRUE(other.isHeld());
    FencedWrite write;
    cache.addBatch(write, batchOf(QStringLiteral("binance"), { perpQuote("BTC", nowMs()) }));
    EXPECT_FALSE(FencedWrite::outcome(server.command(write.command(lock))).accepted);
    EXPECT_EQ(server.command({ "EXISTS", "ticker:binance:btc" }).toInteger(), 0);
    EXPECT_EQ(server.command({ "EXISTS", "ticker:binance" }).toInteger(), 0);
}

TEST_F(MarketCacheTest, ExpiredOrOldOrUnreadableEntriesGiveNoQuote)
{
    const qint64 now = nowMs();
    pipeline(cache.batchCommands(batchOf(QStringLiteral("binance"), { perpQuote("BTC", now), perpQuote("ETH", now) })));
    EXPECT_EQ(readBack(QStringLiteral("binance"), now).quotes.size(), 2);

    // Redis expired one of them.
    server.command({ "PEXPIRE", "ticker:binance:eth", "1" });
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return server.command({ "EXISTS", "ticker:binance:eth" }).toInteger() == 0;
        },
        2000));
    QuoteBatch back = readBack(QStringLiteral("binance"), now);
    ASSERT_EQ(back.quotes.size(), 1);
    EXPECT_EQ(back.quotes.constFirst().coin, QStringLiteral("BTC"));
    // Older than its lifetime by our clock, though Redis still has it.
    EXPECT_TRUE(readBack(QStringLiteral("binance"), now + MarketCache::TickerTtlMs + 1).quotes.isEmpty());
    // An unreadable number leaves that field unset, not the quote.
    server.command({ "HSET", "ticker:binance:btc", "volume", "lots", "bid", "x" });
    back = readBack(QStringLiteral("binance"), now);
    ASSERT_EQ(back.quotes.size(), 1);
    EXPECT_FALSE(back.quotes.constFirst().volume24h.has_value());
    EXPECT_FALSE(back.quotes.constFirst().book.has_value());
    EXPECT_TRUE(back.quotes.constFirst().last.has_value());
    server.command({ "HSET", "ticker:binance:btc", "timestamp", "soon" });
    EXPECT_TRUE(readBack(QStringLiteral("binance"), now).quotes.isEmpty());
    // The whole venue expires with its writes.
    const qint64 setTtl = server.command({ "PTTL", "ticker:binance" }).toInteger();
    EXPECT_GT(setTtl, 0);
    EXPECT_LE(setTtl, 5'000);
    EXPECT_TRUE(readBack(QStringLiteral("okx"), now).quotes.isEmpty());
}

TEST_F(MarketCacheTest, PremiumsPerPairAndTheDefaultPairsOldKey)
{
    const qint64 now = nowMs();
    CoinPremium btc;
    btc.coin = QStringLiteral("BTC");
    btc.rate = dec("1.28");
    btc.entryRate = dec("1.1");
    btc.exitRate = dec("1.456");
    btc.koreaPrice = dec("129555000");
    btc.foreignPrice = dec("89277.1");
    btc.fx = dec("1432.6");
    btc.observedAtMs = now;
    CoinPremium eth = btc;
    eth.coin = QStringLiteral("ETH");
    eth.pair = VenuePair { QStringLiteral("upbit"), QStringLiteral("okx") };
    eth.rate.reset();
    eth.stale = true;
    quint64 flushes = 0;
    pipeline(cache.premiumCommands({ btc, eth }), &flushes);
    EXPECT_EQ(flushes, 1u);

    for (const QByteArray &key : { QByteArray("premium:btc:bithumb:binance"), QByteArray("premium:btc") }) {
        const auto hash = server.command({ "HGETALL", key }).toHash();
        EXPECT_EQ(hash.value("rate"), "1.28") << key.constData();
        EXPECT_EQ(hash.value("entry_rate"), "1.10");
        EXPECT_EQ(hash.value("exit_rate"), "1.46");
        EXPECT_EQ(hash.value("korea_price"), "129555000");
        EXPECT_EQ(hash.value("foreign_price"), "89277.1");
        EXPECT_EQ(hash.value("fx_rate"), "1432.6");
        EXPECT_TRUE(hash.value("observed_at").endsWith('Z'));
        const qint64 ttl = server.command({ "PTTL", key }).toInteger();
        EXPECT_GT(ttl, 0);
        EXPECT_LE(ttl, 5'000);
    }
    const auto other = server.command({ "HGETALL", "premium:eth:upbit:okx" }).toHash();
    EXPECT_FALSE(other.contains("rate"));
    EXPECT_EQ(other.value("stale"), "true");
    EXPECT_EQ(server.command({ "EXISTS", "premium:eth" }).toInteger(), 0) << "not the default pair";

    // Replaced whole: a rate that is gone does not linger.
    btc.rate.reset();
    FencedWrite write;
    cache.addPremiums(write, { btc });
    ASSERT_TRUE(FencedWrite::outcome(server.command(write.command(lock))).accepted);
    EXPECT_FALSE(server.command({ "HGETALL", "premium:btc" }).toHash().contains("rate"));
    EXPECT_EQ(server.command({ "HGET", "premium:btc", "entry_rate" }).text, "1.10");
}

TEST_F(MarketCacheTest, WalletStatusesRoundTripAndACautionAloneKeepsTheWallet)
{
    const qint64 now = nowMs();
    CoinStatus wallet;
    wallet.venue = QStringLiteral("bithumb");
    wallet.coin = QStringLiteral("USDT");
    wallet.networks = { { QStringLiteral("ETH"), true, false }, { QStringLiteral("TRX"), true, false } };
    wallet.receivedAtMs = now - 50;
    CoinStatus caution;
    caution.venue = wallet.venue;
    caution.coin = wallet.coin;
    caution.caution = true;
    caution.cautionReasons = { QStringLiteral("GLOBAL_PRICE_DIFFERENCES") };
    caution.receivedAtMs = now;
    FencedWrite write;
    cache.addStatuses(write, { wallet });
    cache.addStatuses(write, { caution });
    ASSERT_TRUE(FencedWrite::outcome(server.command(write.command(lock))).accepted);

    const auto hash = server.command({ "HGETALL", "status:bithumb:usdt" }).toHash();
    EXPECT_EQ(hash.value("deposit"), "true");
    EXPECT_EQ(hash.value("withdrawal"), "false");
    EXPECT_EQ(hash.value("caution"), "true");
    EXPECT_TRUE(hash.value("networks").contains("\"TRX\""));
    const qint64 ttl = server.command({ "PTTL", "status:bithumb:usdt" }).toInteger();
    EXPECT_GT(ttl, 5'000);
    EXPECT_LE(ttl, MarketCache::StatusTtlMs);

    const QList<CoinStatus> back = MarketCache::statusesFromReply(
        QStringLiteral("bithumb"), pipeline({ MarketCache::readStatuses(QStringLiteral("bithumb")) }).constFirst(),
        now);
    ASSERT_EQ(back.size(), 1);
    const CoinStatus &status = back.constFirst();
    EXPECT_EQ(status.coin, QStringLiteral("USDT"));
    ASSERT_EQ(status.networks.size(), 2);
    EXPECT_EQ(status.networks.at(1).network, QStringLiteral("TRX"));
    EXPECT_TRUE(status.networks.at(1).depositOpen);
    EXPECT_FALSE(status.networks.at(1).withdrawalOpen);
    EXPECT_EQ(status.withdrawalOpen(), false);
    EXPECT_EQ(status.caution, true);
    EXPECT_EQ(status.cautionReasons, QStringList { QStringLiteral("GLOBAL_PRICE_DIFFERENCES") });
    EXPECT_EQ(status.receivedAtMs, now);
    EXPECT_TRUE(
        MarketCache::statusesFromReply(QStringLiteral("bithumb"),
                                       pipeline({ MarketCache::readStatuses(QStringLiteral("bithumb")) }).constFirst(),
                                       now + MarketCache::StatusTtlMs + 1)
            .isEmpty());
}

TEST_F(MarketCacheTest, TheOldPairsReaderAndTheNewOneReadEachOthersTickers)
{
    const qint64 now = nowMs();
    MarketQuote quote;
    quote.venue = QStringLiteral("bithumb");
    quote.coin = QStringLiteral("BTC");
    quote.last = dec("129555000");
    quote.volume24h = dec("1552.9087");
    quote.receivedAtMs = now;
    pipeline(cache.batchCommands(batchOf(QStringLiteral("bithumb"), { quote })));
    const auto old = SharedFeedCache::tickerFromHash(server.command({ "HGETALL", "ticker:bithumb:btc" }).toHash(),
                                                     QStringLiteral("bithumb"), QStringLiteral("BTC"), now);
    ASSERT_TRUE(old.has_value());
    EXPECT_EQ(old->price, dec("129555000"));
    EXPECT_EQ(old->volume24h, dec("1552.9087"));
    EXPECT_EQ(old->receivedAtMs, now);

    // The old writer's hash (price, volume, timestamp, ...) read by the new reader.
    Quote ticker;
    ticker.venue = QStringLiteral("binance");
    ticker.symbol = QStringLiteral("BTC");
    ticker.price = dec("89277.1");
    ticker.receivedAtMs = now;
    FencedWrite write;
    SharedFeedCache(QByteArrayLiteral("old")).addTicker(write, ticker);
    write.addMembers(MarketCache::venueKey(QStringLiteral("binance")), MarketCache::TickerTtlMs, { "BTC" });
    ASSERT_TRUE(FencedWrite::outcome(server.command(write.command(lock))).accepted);
    const QuoteBatch back = readBack(QStringLiteral("binance"), now);
    ASSERT_EQ(back.quotes.size(), 1);
    EXPECT_EQ(back.quotes.constFirst().last, dec("89277.1"));
    EXPECT_EQ(back.quotes.constFirst().receivedAtMs, now);
}
