#include "streamtest.h"

#include "venues/binancestream.h"

using namespace StreamTest;

namespace {

const QString kBinance = QStringLiteral("binance");

InstrumentSet followed()
{
    return listedOn(kBinance, QStringLiteral("binance/fapi-v1-exchangeinfo-many.json"));
}

const MarketQuote *quoteOf(const QList<MarketQuote> &quotes, const QString &coin)
{
    for (const MarketQuote &quote : quotes) {
        if (quote.coin == coin)
            return &quote;
    }
    return nullptr;
}

// The streams a public socket's URL subscribes to.
QStringList streamsOf(const StreamSocketPlan &socket)
{
    return QUrlQuery(socket.url).queryItemValue(QStringLiteral("streams")).split(u'/');
}

} // namespace

TEST(BinanceStream, BookTickerGivesTheBookPerCoin)
{
    const QByteArray message = fixtureFile(QStringLiteral("binance/ws-bookticker.json"));
    const StreamEvent event = decodeOne(kBinance, followed(), message);
    const MarketQuote shib = onlyQuote(event, kBinance);
    EXPECT_EQ(event.batch.request, QStringLiteral("book"));
    EXPECT_EQ(shib.coin, QStringLiteral("SHIB"));
    EXPECT_EQ(shib.instrument, QStringLiteral("1000SHIBUSDT"));
    ASSERT_TRUE(shib.book.has_value());
    // Quoted per 1,000 SHIB, sizes in 1000SHIB.
    EXPECT_EQ(shib.book->bid.toString(), QStringLiteral("0.000013951"));
    EXPECT_EQ(shib.book->ask.toString(), QStringLiteral("0.000013953"));
    EXPECT_EQ(shib.book->bid * Decimal::fromInteger(1000),
              perpInput(QStringLiteral("SHIB"), kBinance, QStringLiteral("bid")));
    EXPECT_EQ(shib.book->ask * Decimal::fromInteger(1000),
              perpInput(QStringLiteral("SHIB"), kBinance, QStringLiteral("ask")));
    EXPECT_EQ(shib.book->bidSize.toString(), QStringLiteral("1271000000"));
    EXPECT_EQ(shib.book->askSize.toString(), QStringLiteral("837000000"));
    EXPECT_FALSE(shib.last.has_value());
    EXPECT_FALSE(shib.funding.has_value());

    // The same event bare, as on `/public/ws/<stream>`.
    const QByteArray bare = QJsonDocument(QJsonDocument::fromJson(message).object().value(u"data").toObject()).toJson();
    const MarketQuote again = onlyQuote(decodeOne(kBinance, followed(), bare), kBinance);
    ASSERT_TRUE(again.book.has_value());
    EXPECT_EQ(again.book->bid, shib.book->bid);
    EXPECT_EQ(again.book->askSize, shib.book->askSize);
}

TEST(BinanceStream, MarkPriceArrayKeepsTheFollowedUsdsMarginedSymbols)
{
    const StreamEvent event
        = decodeOne(kBinance, followed(), fixtureFile(QStringLiteral("binance/ws-markprice-arr.json")));
    const QList<MarketQuote> quotes = quotesOf(event, kBinance);
    EXPECT_EQ(event.batch.request, QStringLiteral("funding"));
    QStringList coins;
    for (const MarketQuote &quote : quotes)
        coins.append(quote.coin);
    // BTCUSD_PERP (COIN-M, st 2) is dropped.
    EXPECT_EQ(coins.join(u','), QStringLiteral("BTC,ETH,XRP,SOL,DOGE,SHIB,ORDI"));
    EXPECT_TRUE(event.batch.issues.isEmpty());
    for (const QString &coin : coins) {
        const MarketQuote *quote = quoteOf(quotes, coin);
        ASSERT_TRUE(quote && quote->funding) << coin.toStdString();
        const Decimal multiplier = coin == u"SHIB" ? Decimal::fromInteger(1000) : Decimal::fromInteger(1);
        EXPECT_EQ(quote->funding->markPrice * multiplier, perpInput(coin, kBinance, QStringLiteral("mark")));
        EXPECT_EQ(quote->funding->rate, perpInput(coin, kBinance, QStringLiteral("funding rate")));
    }
    EXPECT_EQ(quoteOf(quotes, QStringLiteral("SHIB"))->funding->markPrice.toString(), QStringLiteral("0.00001395288"));
    EXPECT_EQ(quoteOf(quotes, QStringLiteral("BTC"))->funding->nextFundingTimeMs, 1'796'054'400'000);
    EXPECT_EQ(quoteOf(quotes, QStringLiteral("ORDI"))->funding->nextFundingTimeMs, 1'796'040'000'000);
}

TEST(BinanceStream, CoinMarginedEventsAreDroppedEvenUnderAFollowedName)
{
    Instrument coinMargined;
    coinMargined.venue = kBinance;
    coinMargined.coin = QStringLiteral("BTC");
    coinMargined.symbol = QStringLiteral("BTCUSD_PERP");
    const InstrumentSet odd({ coinMargined });
    const StreamEvent marks = decodeOne(kBinance, odd, fixtureFile(QStringLiteral("binance/ws-markprice-arr.json")));
    EXPECT_STREQ(kindName(marks.kind), "Ignored");
    const QByteArray book = withValue(fixtureFile(QStringLiteral("binance/ws-bookticker.json")), "st", "2");
    EXPECT_STREQ(kindName(decodeOne(kBinance, followed(), book).kind), "Ignored");
}

TEST(BinanceStream, AnswersErrorsAndGarbage)
{
    EXPECT_STREQ(kindName(decodeOne(kBinance, followed(), R"({"result":null,"id":1})").kind), "Ack");
    const StreamEvent error = decodeOne(kBinance, followed(), R"({"error":{"code":2,"msg":"Invalid request"},"id":1})");
    EXPECT_STREQ(kindName(error.kind), "Error");
    EXPECT_TRUE(error.fatal);
    EXPECT_EQ(error.error, QStringLiteral("2: Invalid request"));
    // An event of a symbol not followed, another event type.
    EXPECT_STREQ(
        kindName(decodeOne(kBinance, followed(),
                           withValue(fixtureFile(QStringLiteral("binance/ws-bookticker.json")), "s", "\"NOPEUSDT\""))
                     .kind),
        "Ignored");
    EXPECT_STREQ(kindName(decodeOne(kBinance, followed(), R"({"e":"aggTrade","s":"BTCUSDT","p":"1"})").kind),
                 "Ignored");
    expectGarbageIsError(kBinance, followed());
    expectAbsurdIsError(kBinance, followed(), fixtureFile(QStringLiteral("binance/ws-bookticker.json")), { "b", "a" });
    expectAbsurdIsError(kBinance, followed(), fixtureFile(QStringLiteral("binance/ws-markprice-arr.json")), { "p" });
}

TEST(BinanceStream, BookSocketsOf200StreamsAndOneMarkPriceSocket)
{
    const VenueStream *stream = streamOf(kBinance);
    ASSERT_NE(stream, nullptr);
    const QList<StreamSocketPlan> plan = stream->plan(QUrl(), followed());
    ASSERT_EQ(plan.size(), 2);
    EXPECT_EQ(plan[0].url.toString(),
              QStringLiteral("wss://fstream.binance.com/public/stream?streams=btcusdt@bookTicker/ethusdt@bookTicker/"
                             "xrpusdt@bookTicker/solusdt@bookTicker/dogeusdt@bookTicker/1000shibusdt@bookTicker/"
                             "ordiusdt@bookTicker"));
    EXPECT_TRUE(plan[0].subscribeFrames.isEmpty());
    EXPECT_EQ(plan[0].coins, followed().coins());
    EXPECT_EQ(plan[1].name, QStringLiteral("market"));
    EXPECT_EQ(plan[1].url.toString(), QStringLiteral("wss://fstream.binance.com/market/ws/!markPrice@arr@1s"));
    EXPECT_EQ(plan[1].coins, followed().coins());
    EXPECT_EQ(stream->plan(QUrl(QStringLiteral("https://fapi.binance.com/")), followed())[0].url, plan[0].url);

    const QList<StreamSocketPlan> local = stream->plan(QUrl(QStringLiteral("http://127.0.0.1:9000")), followed());
    EXPECT_TRUE(local[0].url.toString().startsWith(u"ws://127.0.0.1:9000/public/stream?streams=btcusdt@bookTicker/"));
    EXPECT_EQ(local[1].url.toString(), QStringLiteral("ws://127.0.0.1:9000/market/ws/!markPrice@arr@1s"));
    EXPECT_EQ(stream->plan(QUrl(QStringLiteral("https://10.0.0.2:8443")), followed())[1].url.toString(),
              QStringLiteral("wss://10.0.0.2:8443/market/ws/!markPrice@arr@1s"));

    // 1,000 coins: five book sockets of 200 streams, then the mark prices.
    const InstrumentSet many = syntheticInstruments(kBinance, 1000, QStringLiteral("%1USDT"));
    const QList<StreamSocketPlan> large = stream->plan(QUrl(), many);
    ASSERT_EQ(large.size(), 6);
    QStringList carried;
    for (qsizetype i = 0; i < 5; ++i) {
        EXPECT_EQ(large[i].name, QStringLiteral("public-%1").arg(i + 1));
        EXPECT_EQ(streamsOf(large[i]).size(), BinanceStream::kStreamsPerSocket);
        EXPECT_EQ(large[i].coins.size(), BinanceStream::kStreamsPerSocket);
        EXPECT_EQ(streamsOf(large[i]).first(), large[i].coins.first().toLower() + QStringLiteral("usdt@bookTicker"));
        carried += large[i].coins;
    }
    EXPECT_EQ(carried, many.coins());
    EXPECT_EQ(large[5].coins.size(), 1000);
    EXPECT_EQ(stream->plan(QUrl(), syntheticInstruments(kBinance, 201, QStringLiteral("%1USDT"))).size(), 3);
    EXPECT_TRUE(stream->plan(QUrl(), InstrumentSet()).isEmpty());
}

TEST(BinanceStream, ServerPingsAndTheConnectionIsReplacedBefore24Hours)
{
    const VenueStream *stream = streamOf(kBinance);
    ASSERT_NE(stream, nullptr);
    EXPECT_EQ(stream->keepAlive().intervalMs, 0);
    EXPECT_TRUE(stream->keepAlive().frame.isEmpty());
    EXPECT_LT(stream->maxConnectionAgeMs(), 24 * 3600 * 1000LL);
    EXPECT_GE(stream->maxConnectionAgeMs(), 23 * 3600 * 1000LL);
    EXPECT_EQ(stream->connectionsPerSecond(), 1);
}
