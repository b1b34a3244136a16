#include "streamtest.h"

#include "venues/okxstream.h"

using namespace StreamTest;

namespace {

const QString kOkx = QStringLiteral("okx");

InstrumentSet followed()
{
    return listedOn(kOkx, QStringLiteral("okx/api-v5-public-instruments-swap.json"));
}

} // namespace

TEST(OkxStream, TickersGiveLastBookVolumeAndChangePerCoin)
{
    const StreamEvent event = decodeOne(kOkx, followed(), fixtureFile(QStringLiteral("okx/ws-tickers.json")));
    const MarketQuote shib = onlyQuote(event, kOkx);
    EXPECT_EQ(event.batch.request, QStringLiteral("ticker"));
    EXPECT_EQ(shib.coin, QStringLiteral("SHIB"));
    EXPECT_EQ(shib.last, perpInput(QStringLiteral("SHIB"), kOkx, QStringLiteral("last")));
    ASSERT_TRUE(shib.book.has_value());
    EXPECT_EQ(shib.book->bid, perpInput(QStringLiteral("SHIB"), kOkx, QStringLiteral("bid")));
    EXPECT_EQ(shib.book->ask, perpInput(QStringLiteral("SHIB"), kOkx, QStringLiteral("ask")));
    // Sizes count contracts of 1,000,000 SHIB.
    EXPECT_EQ(shib.book->bidSize.toString(), QStringLiteral("682000000"));
    EXPECT_EQ(shib.book->askSize.toString(), QStringLiteral("1116000000"));
    EXPECT_EQ(shib.volume24h, perpInput(QStringLiteral("SHIB"), kOkx, QStringLiteral("24 h volume (coins)")));
    // (0.000013958 - 0.000013744) / 0.000013744
    EXPECT_EQ(text(shib.change24hRatio), QStringLiteral("0.01557043"));
    EXPECT_FALSE(shib.funding.has_value());
}

TEST(OkxStream, FundingRateFillsTheRateAndTheNextSettlementOnly)
{
    const StreamEvent event = decodeOne(kOkx, followed(), fixtureFile(QStringLiteral("okx/ws-funding-rate.json")));
    const MarketQuote shib = onlyQuote(event, kOkx);
    EXPECT_EQ(event.batch.request, QStringLiteral("funding"));
    ASSERT_TRUE(shib.funding.has_value());
    // The mark comes elsewhere: zero here, as MarketQuote's convention has it.
    EXPECT_TRUE(shib.funding->markPrice.isZero());
    EXPECT_EQ(shib.funding->rate, perpInput(QStringLiteral("SHIB"), kOkx, QStringLiteral("funding rate")));
    // fundingTime, not nextFundingTime (the settlement after it).
    EXPECT_EQ(shib.funding->nextFundingTimeMs, 1'796'054'400'000);
    EXPECT_FALSE(shib.last.has_value());
    EXPECT_FALSE(shib.book.has_value());
}

TEST(OkxStream, EventsPongAndGarbage)
{
    const InstrumentSet swaps = followed();
    EXPECT_STREQ(kindName(decodeOne(kOkx, swaps, "pong").kind), "Pong");
    EXPECT_STREQ(
        kindName(
            decodeOne(
                kOkx, swaps,
                R"({"event":"subscribe","arg":{"channel":"tickers","instId":"SHIB-USDT-SWAP"},"connId":"a4d3ae55"})")
                .kind),
        "Ack");
    EXPECT_STREQ(
        kindName(decodeOne(kOkx, swaps,
                           R"({"event":"channel-conn-count","channel":"tickers","connCount":"2","connId":"a4d3ae55"})")
                     .kind),
        "Ignored");
    const StreamEvent refused = decodeOne(
        kOkx, swaps,
        R"({"event":"error","code":"60018","msg":"Wrong URL or channel:tickers,instId:NOPE-USDT-SWAP doesn't exist.","connId":"a4d3ae55"})");
    EXPECT_STREQ(kindName(refused.kind), "Error");
    EXPECT_TRUE(refused.fatal);
    EXPECT_TRUE(refused.error.startsWith(u"60018: Wrong URL")) << refused.error.toStdString();
    // Maintenance in about a minute: open the next socket now.
    const StreamEvent notice = decodeOne(
        kOkx, swaps,
        R"({"event":"notice","code":"64008","msg":"The connection will soon be closed for a service upgrade. Please reconnect.","connId":"a4d3ae55"})");
    EXPECT_STREQ(kindName(notice.kind), "Error");
    EXPECT_TRUE(notice.fatal);

    const QByteArray tickers = fixtureFile(QStringLiteral("okx/ws-tickers.json"));
    EXPECT_STREQ(kindName(decodeOne(kOkx, swaps, withValue(tickers, "instId", "\"NOPE-USDT-SWAP\"")).kind), "Ignored");
    EXPECT_STREQ(kindName(decodeOne(kOkx, swaps, withValue(tickers, "channel", "\"books5\"")).kind), "Ignored");
    expectGarbageIsError(kOkx, swaps);
    EXPECT_STREQ(kindName(decodeOne(kOkx, swaps, "ping").kind), "Error");
    expectAbsurdIsError(kOkx, swaps, tickers, { "last", "bidPx", "askPx", "volCcy24h" });
    expectAbsurdIsError(kOkx, swaps, fixtureFile(QStringLiteral("okx/ws-funding-rate.json")), { "fundingRate" });
}

TEST(OkxStream, BothChannelsOfEverySwapInFramesUnder64KB)
{
    const VenueStream *stream = streamOf(kOkx);
    ASSERT_NE(stream, nullptr);
    const QList<StreamSocketPlan> plan = stream->plan(QUrl(), followed());
    ASSERT_EQ(plan.size(), 1);
    EXPECT_EQ(plan[0].url.toString(), QStringLiteral("wss://ws.okx.com:8443/ws/v5/public"));
    EXPECT_EQ(stream->plan(QUrl(QStringLiteral("https://www.okx.com")), followed())[0].url, plan[0].url);
    EXPECT_EQ(stream->plan(QUrl(QStringLiteral("http://127.0.0.1:9000")), followed())[0].url.toString(),
              QStringLiteral("ws://127.0.0.1:9000/ws/v5/public"));
    EXPECT_EQ(stream->plan(QUrl(QStringLiteral("https://okx.test")), followed())[0].url.toString(),
              QStringLiteral("wss://okx.test/ws/v5/public"));
    ASSERT_EQ(plan[0].subscribeFrames.size(), 1);
    const QJsonObject request = frameJson(plan[0].subscribeFrames[0]).object();
    EXPECT_EQ(request.value(u"op").toString(), QStringLiteral("subscribe"));
    const QJsonArray args = request.value(u"args").toArray();
    ASSERT_EQ(args.size(), 2 * followed().size());
    EXPECT_EQ(args[0].toObject().value(u"channel").toString(), QStringLiteral("tickers"));
    EXPECT_EQ(args[0].toObject().value(u"instId").toString(), QStringLiteral("BTC-USDT-SWAP"));
    EXPECT_EQ(args[1].toObject().value(u"channel").toString(), QStringLiteral("funding-rate"));
    EXPECT_EQ(plan[0].coins, followed().coins());

    // 1,000 swaps are 2,000 arguments, about 100 KB: two frames, each within the cap, in order.
    const InstrumentSet many = syntheticInstruments(kOkx, 1000, QStringLiteral("%1-USDT-SWAP"));
    const QList<StreamSocketPlan> large = stream->plan(QUrl(), many);
    ASSERT_EQ(large.size(), 1);
    ASSERT_EQ(large[0].subscribeFrames.size(), 2);
    QStringList subscribed;
    for (const QByteArray &frame : large[0].subscribeFrames) {
        EXPECT_LE(frame.size(), OkxStream::kMaxFrameBytes);
        for (const QJsonValue &arg : frameJson(frame).object().value(u"args").toArray()) {
            if (arg.toObject().value(u"channel").toString() == u"tickers")
                subscribed.append(arg.toObject().value(u"instId").toString());
        }
    }
    EXPECT_EQ(subscribed.size(), 1000);
    EXPECT_EQ(subscribed.first(), QStringLiteral("C0000-USDT-SWAP"));
    EXPECT_EQ(subscribed.last(), QStringLiteral("C0999-USDT-SWAP"));
}

TEST(OkxStream, PingWhenQuietForUnder30Seconds)
{
    const VenueStream *stream = streamOf(kOkx);
    ASSERT_NE(stream, nullptr);
    EXPECT_EQ(stream->keepAlive().frame, QByteArray("ping"));
    EXPECT_TRUE(stream->keepAlive().onlyWhenIdle);
    EXPECT_LT(stream->keepAlive().intervalMs, 30'000);
    EXPECT_GT(stream->keepAlive().intervalMs, 0);
    EXPECT_EQ(stream->connectionsPerSecond(), 3);
    EXPECT_EQ(stream->maxConnectionAgeMs(), 0);
}
