#include "streamtest.h"

using namespace StreamTest;

// What Bithumb's socket copies from Upbit's, on both: the one frame carrying every code, the
// keep-alive, the venue's error and the garbage around it.

namespace {

struct Venue
{
    const char *id;
    const char *listing;
    const char *socket; // the real socket
    const char *defaultRest;
    int connectionsPerSecond;
};

class UpbitStyleStreamTest : public ::testing::TestWithParam<Venue>
{
protected:
    QString venue() const { return QString::fromLatin1(GetParam().id); }
    InstrumentSet followed() const { return listedOn(venue(), QString::fromLatin1(GetParam().listing)); }
    const VenueStream *stream() const { return streamOf(venue()); }
};

} // namespace

TEST_P(UpbitStyleStreamTest, OneSocketOnTheRealHostUnlessTheBaseIsAnotherOne)
{
    ASSERT_NE(stream(), nullptr);
    EXPECT_EQ(stream()->id(), venue());
    const QString socket = QString::fromLatin1(GetParam().socket);
    for (const QUrl &base : { QUrl(), QUrl(QString::fromLatin1(GetParam().defaultRest)),
                              QUrl(QString::fromLatin1(GetParam().defaultRest) + u'/') }) {
        const QList<StreamSocketPlan> plan = stream()->plan(base, followed());
        ASSERT_EQ(plan.size(), 1);
        EXPECT_EQ(plan[0].url.toString(), socket) << base.toString().toStdString();
    }
    EXPECT_EQ(stream()->plan(QUrl(QStringLiteral("http://127.0.0.1:9000")), followed())[0].url.toString(),
              QStringLiteral("ws://127.0.0.1:9000/websocket/v1"));
    EXPECT_EQ(stream()->plan(QUrl(QStringLiteral("https://proxy.test:8443/api?x=1#top")), followed())[0].url.toString(),
              QStringLiteral("wss://proxy.test:8443/websocket/v1"));
    EXPECT_TRUE(stream()->plan(QUrl(), InstrumentSet()).isEmpty());
}

TEST_P(UpbitStyleStreamTest, OneFrameCarriesEveryCodeSinceANewRequestReplacesTheOld)
{
    ASSERT_NE(stream(), nullptr);
    const QList<StreamSocketPlan> plan = stream()->plan(QUrl(), followed());
    ASSERT_EQ(plan.size(), 1);
    EXPECT_EQ(plan[0].coins, followed().coins());
    ASSERT_EQ(plan[0].subscribeFrames.size(), 1);
    const QJsonArray request = frameJson(plan[0].subscribeFrames[0]).array();
    ASSERT_EQ(request.size(), 4);
    EXPECT_FALSE(request[0].toObject().value(u"ticket").toString().isEmpty());
    EXPECT_EQ(request[1].toObject().value(u"type").toString(), QStringLiteral("ticker"));
    EXPECT_EQ(
        request[1].toObject().value(u"codes").toArray(),
        QJsonArray::fromStringList({ QStringLiteral("KRW-BTC"), QStringLiteral("KRW-ETH"), QStringLiteral("KRW-XRP"),
                                     QStringLiteral("KRW-SOL"), QStringLiteral("KRW-DOGE"), QStringLiteral("KRW-SHIB"),
                                     QStringLiteral("KRW-BORA") }));
    // One level of each book: the best bid and ask.
    EXPECT_EQ(request[2].toObject().value(u"type").toString(), QStringLiteral("orderbook"));
    EXPECT_EQ(request[2].toObject().value(u"codes").toArray().first().toString(), QStringLiteral("KRW-BTC.1"));
    EXPECT_EQ(request[2].toObject().value(u"codes").toArray().size(), 7);
    EXPECT_EQ(request[3].toObject().value(u"format").toString(), QStringLiteral("DEFAULT"));

    // A thousand coins still go in one frame on one socket.
    const InstrumentSet many = syntheticInstruments(venue(), 1000, QStringLiteral("KRW-%1"));
    const QList<StreamSocketPlan> large = stream()->plan(QUrl(), many);
    ASSERT_EQ(large.size(), 1);
    ASSERT_EQ(large[0].subscribeFrames.size(), 1);
    const QJsonArray manyCodes = frameJson(large[0].subscribeFrames[0]).array();
    EXPECT_EQ(manyCodes[1].toObject().value(u"codes").toArray().size(), 1000);
    EXPECT_EQ(manyCodes[2].toObject().value(u"codes").toArray().last().toString(), QStringLiteral("KRW-C0999.1"));
    EXPECT_EQ(large[0].coins.size(), 1000);
    // So more coins go on the same socket, with the whole new list.
    EXPECT_TRUE(stream()->resubscribeReplaces());
}

TEST_P(UpbitStyleStreamTest, TextPingEvery25SecondsAnsweredByStatusUp)
{
    ASSERT_NE(stream(), nullptr);
    const StreamKeepAlive keepAlive = stream()->keepAlive();
    // Idle sockets are closed after about 60 s.
    EXPECT_EQ(keepAlive.intervalMs, 25'000);
    EXPECT_EQ(keepAlive.frame, QByteArray("PING"));
    EXPECT_FALSE(keepAlive.onlyWhenIdle);
    EXPECT_EQ(stream()->maxConnectionAgeMs(), 0);
    EXPECT_EQ(stream()->connectionsPerSecond(), GetParam().connectionsPerSecond);

    EXPECT_STREQ(kindName(decodeOne(venue(), followed(), R"({"status":"UP"})").kind), "Pong");
    EXPECT_STREQ(kindName(decodeOne(venue(), followed(), "{\n \"status\" : \"UP\"\n}").kind), "Pong");
    EXPECT_STREQ(kindName(decodeOne(venue(), followed(), R"({"status":"DOWN"})").kind), "Ignored");
}

TEST_P(UpbitStyleStreamTest, TheVenuesErrorIsFatalSinceItClosesTheSocket)
{
    const StreamEvent error = decodeOne(venue(), followed(),
                                        R"({"error":{"name":"WRONG_FORMAT","message":"요청 형식이 잘못되었습니다."}})");
    EXPECT_STREQ(kindName(error.kind), "Error");
    EXPECT_TRUE(error.fatal);
    EXPECT_TRUE(error.error.contains(QStringLiteral("WRONG_FORMAT"))) << error.error.toStdString();
    const StreamEvent named = decodeOne(venue(), followed(), R"({"error":{"name":"NO_TICKET"}})");
    EXPECT_TRUE(named.fatal);
    EXPECT_EQ(named.error, QStringLiteral("NO_TICKET"));
    const StreamEvent bare = decodeOne(venue(), followed(), R"({"error":{}})");
    EXPECT_TRUE(bare.fatal);
    EXPECT_FALSE(bare.error.isEmpty());
}

TEST_P(UpbitStyleStreamTest, OtherMarketsAndTypesAreIgnored)
{
    const QByteArray ticker = fixtureFile(QStringLiteral("bithumb/ws-ticker.json"));
    EXPECT_STREQ(kindName(decodeOne(venue(), followed(), withValue(ticker, "code", "\"KRW-NOPE\"")).kind), "Ignored");
    EXPECT_STREQ(kindName(decodeOne(venue(), followed(), withValue(ticker, "type", "\"trade\"")).kind), "Ignored");
    // A code echoed with the level suffix of the request is still its market.
    const QByteArray book = fixtureFile(QStringLiteral("upbit/ws-orderbook.json"));
    EXPECT_EQ(onlyQuote(decodeOne(venue(), followed(), withValue(book, "code", "\"KRW-BTC.1\"")), venue()).coin,
              QStringLiteral("BTC"));
}

TEST_P(UpbitStyleStreamTest, GarbageAndAbsurdNumbersAreErrors)
{
    expectGarbageIsError(venue(), followed());
    // A ticker without a type or a code is in no known shape.
    const QByteArray ticker = fixtureFile(QStringLiteral("bithumb/ws-ticker.json"));
    EXPECT_STREQ(kindName(decodeOne(venue(), followed(), withValue(ticker, "type", "1")).kind), "Error");
    EXPECT_STREQ(kindName(decodeOne(venue(), followed(), withValue(ticker, "code", "null")).kind), "Error");
    expectAbsurdIsError(venue(), followed(), ticker, { "trade_price" });
    expectAbsurdIsError(venue(), followed(), fixtureFile(QStringLiteral("upbit/ws-orderbook.json")),
                        { "ask_price", "bid_price" });
}

INSTANTIATE_TEST_SUITE_P(BothVenues, UpbitStyleStreamTest,
                         ::testing::Values(Venue { "bithumb", "bithumb/v1-market-all.json",
                                                   "wss://ws-api.bithumb.com/websocket/v1", "https://api.bithumb.com",
                                                   10 },
                                           Venue { "upbit", "upbit/v1-market-all-details.json",
                                                   "wss://api.upbit.com/websocket/v1", "https://api.upbit.com", 5 }),
                         [](const auto &info) { return std::string(info.param.id); });
