#include "streamtest.h"

using namespace StreamTest;

namespace {

const QString kCoinone = QStringLiteral("coinone");

InstrumentSet followed()
{
    return listedOn(kCoinone, QStringLiteral("coinone/public-v2-ticker-new-krw.json"));
}

QByteArray ticker()
{
    return fixtureFile(QStringLiteral("coinone/ws-ticker.json"));
}

} // namespace

TEST(CoinoneStream, TickerGivesLastBookVolumeAndChange)
{
    const StreamEvent event = decodeOne(kCoinone, followed(), ticker());
    const MarketQuote shib = onlyQuote(event, kCoinone);
    EXPECT_EQ(event.batch.request, QStringLiteral("ticker"));
    EXPECT_EQ(shib.coin, QStringLiteral("SHIB"));
    EXPECT_EQ(shib.last, koreanInput(QStringLiteral("SHIB"), kCoinone, QStringLiteral("last")));
    ASSERT_TRUE(shib.book.has_value());
    EXPECT_EQ(shib.book->bid, koreanInput(QStringLiteral("SHIB"), kCoinone, QStringLiteral("best bid")));
    EXPECT_EQ(shib.book->ask, koreanInput(QStringLiteral("SHIB"), kCoinone, QStringLiteral("best ask")));
    EXPECT_EQ(shib.book->bidSize.toString(), QStringLiteral("58900000"));
    EXPECT_EQ(shib.book->askSize.toString(), QStringLiteral("102300000"));
    EXPECT_EQ(shib.volume24h, koreanInput(QStringLiteral("SHIB"), kCoinone, QStringLiteral("24 h volume (coins)")));
    // Against yesterday's last trade, 0.01967.
    EXPECT_EQ(text(shib.change24hRatio), QStringLiteral("0.01576004"));
    EXPECT_TRUE(event.batch.issues.isEmpty());
}

TEST(CoinoneStream, AnEmptySideIsNullAndLeavesTheBookOutWithoutAnIssue)
{
    const StreamEvent event = decodeOne(kCoinone, followed(), withValue(ticker(), "bid_best_price", "null"));
    const MarketQuote shib = onlyQuote(event, kCoinone);
    EXPECT_FALSE(shib.book.has_value());
    EXPECT_EQ(text(shib.last), QStringLiteral("0.01998"));
    EXPECT_TRUE(event.batch.issues.isEmpty());
}

TEST(CoinoneStream, AnswersToOurRequests)
{
    const InstrumentSet coins = followed();
    EXPECT_STREQ(kindName(decodeOne(kCoinone, coins, R"({"response_type":"PONG"})").kind), "Pong");
    EXPECT_STREQ(
        kindName(
            decodeOne(
                kCoinone, coins,
                R"({"response_type":"SUBSCRIBED","channel":"TICKER","topic":{"quote_currency":"KRW","target_currency":"SHIB"}})")
                .kind),
        "Ack");
    EXPECT_STREQ(kindName(decodeOne(kCoinone, coins, R"({"response_type":"CONNECTED"})").kind), "Ignored");
    const StreamEvent error
        = decodeOne(kCoinone, coins, R"({"response_type":"ERROR","error_code":160012,"message":"Invalid Topic"})");
    EXPECT_STREQ(kindName(error.kind), "Error");
    EXPECT_TRUE(error.fatal);
    EXPECT_EQ(error.error, QStringLiteral("160012: Invalid Topic"));
}

TEST(CoinoneStream, OtherMarketsAreIgnoredAndGarbageIsAnError)
{
    EXPECT_STREQ(kindName(decodeOne(kCoinone, followed(), withValue(ticker(), "target_currency", "\"NOPE\"")).kind),
                 "Ignored");
    EXPECT_STREQ(kindName(decodeOne(kCoinone, followed(), withValue(ticker(), "quote_currency", "\"USDT\"")).kind),
                 "Ignored");
    // Lower case as in the REST replies is still the coin.
    EXPECT_EQ(
        onlyQuote(decodeOne(kCoinone, followed(), withValue(ticker(), "target_currency", "\"shib\"")), kCoinone).coin,
        QStringLiteral("SHIB"));
    expectGarbageIsError(kCoinone, followed());
    EXPECT_STREQ(kindName(decodeOne(kCoinone, followed(), withValue(ticker(), "target_currency", "7")).kind), "Error");
    expectAbsurdIsError(kCoinone, followed(), ticker(),
                        { "last", "bid_best_price", "ask_best_price", "target_volume" });
}

TEST(CoinoneStream, OneSubscriptionPerMarketOnOneSocket)
{
    const VenueStream *stream = streamOf(kCoinone);
    ASSERT_NE(stream, nullptr);
    const QList<StreamSocketPlan> plan = stream->plan(QUrl(), followed());
    ASSERT_EQ(plan.size(), 1);
    EXPECT_EQ(plan[0].url.toString(), QStringLiteral("wss://stream.coinone.co.kr/"));
    EXPECT_EQ(stream->plan(QUrl(QStringLiteral("https://api.coinone.co.kr")), followed())[0].url, plan[0].url);
    // A test server or proxy: its root, the socket having no path of its own.
    EXPECT_EQ(stream->plan(QUrl(QStringLiteral("http://127.0.0.1:9000")), followed())[0].url.toString(),
              QStringLiteral("ws://127.0.0.1:9000/"));
    ASSERT_EQ(plan[0].subscribeFrames.size(), followed().size());
    EXPECT_EQ(plan[0].coins, followed().coins());
    const QJsonObject shib = frameJson(plan[0].subscribeFrames[followed().coins().indexOf(u"SHIB")]).object();
    EXPECT_EQ(shib.value(u"request_type").toString(), QStringLiteral("SUBSCRIBE"));
    EXPECT_EQ(shib.value(u"channel").toString(), QStringLiteral("TICKER"));
    EXPECT_EQ(shib.value(u"topic").toObject().value(u"quote_currency").toString(), QStringLiteral("KRW"));
    EXPECT_EQ(shib.value(u"topic").toObject().value(u"target_currency").toString(), QStringLiteral("SHIB"));

    EXPECT_EQ(stream->keepAlive().intervalMs, 20'000);
    EXPECT_EQ(frameJson(stream->keepAlive().frame).object().value(u"request_type").toString(), QStringLiteral("PING"));
    EXPECT_FALSE(stream->keepAlive().onlyWhenIdle);
    EXPECT_EQ(stream->connectionsPerSecond(), 1);
    EXPECT_TRUE(stream->plan(QUrl(), InstrumentSet()).isEmpty());
}
