#include "streamtest.h"

#include "venues/bybitstream.h"

using namespace StreamTest;

namespace {

const QString kBybit = QStringLiteral("bybit");

InstrumentSet followed()
{
    return listedOn(kBybit, QStringLiteral("bybit/v5-market-instruments-info-linear.json"));
}

QByteArray snapshot()
{
    return fixtureFile(QStringLiteral("bybit/ws-tickers-snapshot.json"));
}

QByteArray delta()
{
    return fixtureFile(QStringLiteral("bybit/ws-tickers-delta.json"));
}

std::unique_ptr<StreamDecoder> decoder()
{
    const VenueStream *stream = streamOf(kBybit);
    return stream ? stream->decoder(followed()) : nullptr;
}

} // namespace

TEST(BybitStream, SnapshotGivesTheWholeTickerPerCoin)
{
    const MarketQuote shib = onlyQuote(decodeOne(kBybit, followed(), snapshot()), kBybit);
    EXPECT_EQ(shib.coin, QStringLiteral("SHIB"));
    EXPECT_EQ(shib.instrument, QStringLiteral("SHIB1000USDT"));
    // Quoted per 1,000 SHIB.
    EXPECT_EQ(text(shib.last), QStringLiteral("0.000013942"));
    const Decimal thousand = Decimal::fromInteger(1000);
    EXPECT_EQ(*shib.last * thousand, perpInput(QStringLiteral("SHIB"), kBybit, QStringLiteral("last")));
    ASSERT_TRUE(shib.book.has_value());
    EXPECT_EQ(shib.book->bid * thousand, perpInput(QStringLiteral("SHIB"), kBybit, QStringLiteral("bid")));
    EXPECT_EQ(shib.book->ask * thousand, perpInput(QStringLiteral("SHIB"), kBybit, QStringLiteral("ask")));
    EXPECT_EQ(shib.book->bidSize.toString(), QStringLiteral("527000000"));
    EXPECT_EQ(shib.volume24h, perpInput(QStringLiteral("SHIB"), kBybit, QStringLiteral("24 h volume (coins)")));
    EXPECT_EQ(text(shib.change24hRatio), QStringLiteral("0.015589"));
    ASSERT_TRUE(shib.funding.has_value());
    EXPECT_EQ(shib.funding->markPrice * thousand, perpInput(QStringLiteral("SHIB"), kBybit, QStringLiteral("mark")));
    EXPECT_EQ(shib.funding->rate, perpInput(QStringLiteral("SHIB"), kBybit, QStringLiteral("funding rate")));
    EXPECT_EQ(shib.funding->nextFundingTimeMs, 1'796'054'400'000);
}

TEST(BybitStream, DeltasMergeIntoTheSnapshotAndGiveWholeQuotes)
{
    const std::unique_ptr<StreamDecoder> state = decoder();
    ASSERT_NE(state, nullptr);
    onlyQuote(state->decode(snapshot(), kReceivedAtMs), kBybit);
    const MarketQuote merged = onlyQuote(state->decode(delta(), kReceivedAtMs), kBybit);
    // Changed: the mark price and the bid size.
    EXPECT_EQ(merged.funding->markPrice.toString(), QStringLiteral("0.000013944"));
    EXPECT_EQ(merged.book->bidSize.toString(), QStringLiteral("721990000"));
    // Kept from the snapshot: everything else.
    EXPECT_EQ(text(merged.last), QStringLiteral("0.000013942"));
    EXPECT_EQ(merged.book->bid.toString(), QStringLiteral("0.000013941"));
    EXPECT_EQ(merged.book->askSize.toString(), QStringLiteral("403000000"));
    EXPECT_EQ(merged.funding->rate.toString(), QStringLiteral("0.0001"));
    EXPECT_EQ(text(merged.volume24h), QStringLiteral("1804420000000"));
    EXPECT_EQ(text(merged.change24hRatio), QStringLiteral("0.015589"));

    // A later delta builds on the merged state, not on the snapshot.
    const QByteArray last = withValue(withValue(delta(), "markPrice", "\"0.013950\""), "bid1Size", "\"1000\"");
    const QByteArray lastOnly
        = R"({"topic":"tickers.SHIB1000USDT","type":"delta","data":{"symbol":"SHIB1000USDT","lastPrice":"0.013960"},"cs":41238823913,"ts":1796025600112})";
    onlyQuote(state->decode(last, kReceivedAtMs), kBybit);
    const MarketQuote third = onlyQuote(state->decode(lastOnly, kReceivedAtMs), kBybit);
    EXPECT_EQ(text(third.last), QStringLiteral("0.00001396"));
    EXPECT_EQ(third.funding->markPrice.toString(), QStringLiteral("0.00001395"));
    EXPECT_EQ(third.book->bidSize.toString(), QStringLiteral("1000000"));

    // A new snapshot (after a resubscription) replaces the state whole.
    EXPECT_EQ(onlyQuote(state->decode(snapshot(), kReceivedAtMs), kBybit).funding->markPrice.toString(),
              QStringLiteral("0.000013943"));
}

TEST(BybitStream, ADeltaBeforeItsSnapshotIsNoQuote)
{
    const std::unique_ptr<StreamDecoder> fresh = decoder();
    ASSERT_NE(fresh, nullptr);
    const StreamEvent early = fresh->decode(delta(), kReceivedAtMs);
    EXPECT_STREQ(kindName(early.kind), "Error");
    EXPECT_FALSE(early.fatal);
    EXPECT_TRUE(early.batch.quotes.isEmpty());
    // Each socket has its own decoder: another socket's snapshot is not this one's.
    const std::unique_ptr<StreamDecoder> other = decoder();
    other->decode(snapshot(), kReceivedAtMs);
    EXPECT_STREQ(kindName(fresh->decode(delta(), kReceivedAtMs).kind), "Error");
    EXPECT_STREQ(kindName(other->decode(delta(), kReceivedAtMs).kind), "Quotes");
}

TEST(BybitStream, AnswersToPingAndSubscribe)
{
    const InstrumentSet linear = followed();
    EXPECT_STREQ(kindName(decodeOne(kBybit, linear,
                                    R"({"success":true,"ret_msg":"pong","conn_id":"c1","req_id":"","op":"ping"})")
                              .kind),
                 "Pong");
    EXPECT_STREQ(kindName(decodeOne(kBybit, linear, R"({"op":"pong","args":["1796025600000"],"conn_id":"c1"})").kind),
                 "Pong");
    EXPECT_STREQ(kindName(decodeOne(kBybit, linear,
                                    R"({"success":true,"ret_msg":"","conn_id":"c1","req_id":"1","op":"subscribe"})")
                              .kind),
                 "Ack");
    // One refused topic fails its whole frame.
    const StreamEvent refused = decodeOne(
        kBybit, linear,
        R"({"success":false,"ret_msg":"error:handler not found,topic:tickers.NOPEUSDT","conn_id":"c1","req_id":"1","op":"subscribe"})");
    EXPECT_STREQ(kindName(refused.kind), "Error");
    EXPECT_TRUE(refused.fatal);
    EXPECT_TRUE(refused.error.contains(u"tickers.NOPEUSDT")) << refused.error.toStdString();
}

TEST(BybitStream, OtherTopicsAndGarbage)
{
    const InstrumentSet linear = followed();
    EXPECT_STREQ(kindName(decodeOne(kBybit, linear, withValue(snapshot(), "symbol", "\"NOPEUSDT\"")).kind), "Ignored");
    EXPECT_STREQ(
        kindName(decodeOne(kBybit, linear, withValue(snapshot(), "topic", "\"orderbook.1.SHIB1000USDT\"")).kind),
        "Ignored");
    EXPECT_STREQ(kindName(decodeOne(kBybit, linear, withValue(snapshot(), "type", "\"other\"")).kind), "Error");
    expectGarbageIsError(kBybit, linear);
    // -1 is a possible 24 h change (all of it lost), so the change goes as NaN in every case.
    expectAbsurdIsError(kBybit, linear, withValue(snapshot(), "price24hPcnt", "\"NaN\""),
                        { "lastPrice", "bid1Price", "ask1Price", "markPrice", "volume24h" });
}

TEST(BybitStream, SocketsUnder21000TopicCharactersAndFramesOfTenTopics)
{
    const VenueStream *stream = streamOf(kBybit);
    ASSERT_NE(stream, nullptr);
    const QList<StreamSocketPlan> plan = stream->plan(QUrl(), followed());
    ASSERT_EQ(plan.size(), 1);
    EXPECT_EQ(plan[0].url.toString(), QStringLiteral("wss://stream.bybit.com/v5/public/linear"));
    EXPECT_EQ(stream->plan(QUrl(QStringLiteral("https://api.bybit.com")), followed())[0].url, plan[0].url);
    EXPECT_EQ(stream->plan(QUrl(QStringLiteral("http://127.0.0.1:9000")), followed())[0].url.toString(),
              QStringLiteral("ws://127.0.0.1:9000/v5/public/linear"));
    ASSERT_EQ(plan[0].subscribeFrames.size(), 1);
    const QJsonObject request = frameJson(plan[0].subscribeFrames[0]).object();
    EXPECT_EQ(request.value(u"op").toString(), QStringLiteral("subscribe"));
    EXPECT_FALSE(request.value(u"req_id").toString().isEmpty());
    EXPECT_EQ(request.value(u"args").toArray().first().toString(), QStringLiteral("tickers.BTCUSDT"));
    EXPECT_TRUE(request.value(u"args").toArray().contains(QStringLiteral("tickers.SHIB1000USDT")));
    EXPECT_EQ(plan[0].coins, followed().coins());

    // 1,000 symbols of 26-character topics: 26,000 characters, two sockets.
    const InstrumentSet many = syntheticInstruments(kBybit, 1000, QStringLiteral("%1PERPETUALUSDT"));
    const QList<StreamSocketPlan> large = stream->plan(QUrl(), many);
    ASSERT_EQ(large.size(), 2);
    QStringList topics;
    QStringList coins;
    for (const StreamSocketPlan &socket : large) {
        qsizetype characters = 0;
        qsizetype socketTopics = 0;
        for (const QByteArray &frame : socket.subscribeFrames) {
            const QJsonArray args = frameJson(frame).object().value(u"args").toArray();
            EXPECT_LE(args.size(), BybitStream::kTopicsPerFrame);
            for (const QJsonValue &topic : args) {
                characters += topic.toString().size();
                topics.append(topic.toString());
            }
            socketTopics += args.size();
        }
        EXPECT_LE(characters, BybitStream::kTopicCharsPerSocket);
        EXPECT_EQ(socketTopics, socket.coins.size());
        coins += socket.coins;
    }
    EXPECT_EQ(coins, many.coins());
    EXPECT_EQ(topics.size(), 1000);
    EXPECT_EQ(topics.last(), QStringLiteral("tickers.C0999PERPETUALUSDT"));
    EXPECT_EQ(large[1].name, QStringLiteral("tickers-2"));
    EXPECT_TRUE(stream->plan(QUrl(), InstrumentSet()).isEmpty());
}

TEST(BybitStream, PingEvery20Seconds)
{
    const VenueStream *stream = streamOf(kBybit);
    ASSERT_NE(stream, nullptr);
    EXPECT_EQ(stream->keepAlive().intervalMs, 20'000);
    EXPECT_EQ(frameJson(stream->keepAlive().frame).object().value(u"op").toString(), QStringLiteral("ping"));
    EXPECT_FALSE(stream->keepAlive().onlyWhenIdle);
    // 500 connections per 5 minutes.
    EXPECT_EQ(stream->connectionsPerSecond(), 1);
}
