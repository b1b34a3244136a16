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

// The quotes of an all-symbol array: one per followed coin, in the fixture's order (COIN-M,
// settling and dated symbols left out), without an issue.
QList<MarketQuote> everyFollowedCoin(const StreamEvent &event, const QString &request)
{
    const QList<MarketQuote> quotes = quotesOf(event, kBinance);
    EXPECT_EQ(event.batch.request, request);
    QStringList coins;
    for (const MarketQuote &quote : quotes)
        coins.append(quote.coin);
    EXPECT_EQ(coins.join(u','), QStringLiteral("BTC,ETH,XRP,SOL,DOGE,SHIB,ORDI"));
    EXPECT_TRUE(event.batch.issues.isEmpty());
    return quotes;
}

// Coins one quoted price is for: 1000SHIBUSDT quotes 1,000.
Decimal multiplierOf(const QString &coin)
{
    return Decimal::fromInteger(coin == u"SHIB" ? 1000 : 1);
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
    // BTCUSD_PERP (COIN-M, st 2) is dropped.
    const QList<MarketQuote> quotes = everyFollowedCoin(event, QStringLiteral("funding"));
    for (const MarketQuote &quote : quotes) {
        ASSERT_TRUE(quote.funding) << quote.coin.toStdString();
        EXPECT_EQ(quote.funding->markPrice * multiplierOf(quote.coin),
                  perpInput(quote.coin, kBinance, QStringLiteral("mark")));
        EXPECT_EQ(quote.funding->rate, perpInput(quote.coin, kBinance, QStringLiteral("funding rate")));
    }
    EXPECT_EQ(quoteOf(quotes, QStringLiteral("SHIB"))->funding->markPrice.toString(), QStringLiteral("0.00001395288"));
    EXPECT_EQ(quoteOf(quotes, QStringLiteral("BTC"))->funding->nextFundingTimeMs, 1'796'054'400'000);
    EXPECT_EQ(quoteOf(quotes, QStringLiteral("ORDI"))->funding->nextFundingTimeMs, 1'796'040'000'000);
}

TEST(BinanceStream, MiniTickerArrayGivesTheLastTradeAndVolumePerCoin)
{
    // In the combined-stream envelope of the /market socket.
    const QByteArray message = R"({"stream":"!miniTicker@arr","data":)"
        + fixtureFile(QStringLiteral("binance/ws-miniticker-arr.json")) + '}';
    const StreamEvent event = decodeOne(kBinance, followed(), message);
    // BORAUSDT (settling) and the dated BTCUSDT_261225 are not followed.
    const QList<MarketQuote> quotes = everyFollowedCoin(event, QStringLiteral("ticker"));
    for (const MarketQuote &quote : quotes) {
        ASSERT_TRUE(quote.last && quote.volume24h) << quote.coin.toStdString();
        EXPECT_EQ(*quote.last * multiplierOf(quote.coin), perpInput(quote.coin, kBinance, QStringLiteral("last")));
        // The table's one departure from the fixture (perpinputs_test): SOL's 18,442,733.12 is a
        // whole 18442733 in Binance's reply, whose SOLUSDT quantities are whole.
        const Decimal volume = quote.coin == u"SOL"
            ? Decimal::fromInteger(18'442'733)
            : perpInput(quote.coin, kBinance, QStringLiteral("24 h volume (coins)"));
        EXPECT_EQ(quote.volume24h, volume) << quote.coin.toStdString();
        EXPECT_FALSE(quote.book.has_value());
        EXPECT_FALSE(quote.funding.has_value());
    }
    EXPECT_EQ(text(quoteOf(quotes, QStringLiteral("SHIB"))->last), QStringLiteral("0.000013952"));
    // (89277.10 - 88824.10) / 88824.10
    EXPECT_EQ(text(quoteOf(quotes, QStringLiteral("BTC"))->change24hRatio), QStringLiteral("0.00509997"));
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
    // Found by fuzz_streams: an error object without a code or a message still says what it is.
    const StreamEvent bare = decodeOne(kBinance, followed(), R"({"error":{"name":"WRONG_FORMAT"}})");
    EXPECT_STREQ(kindName(bare.kind), "Error");
    EXPECT_TRUE(bare.fatal);
    EXPECT_FALSE(bare.error.isEmpty());
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
    expectAbsurdIsError(kBinance, followed(), fixtureFile(QStringLiteral("binance/ws-miniticker-arr.json")),
                        { "c", "v" });
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
    EXPECT_EQ(plan[1].url.toString(),
              QStringLiteral("wss://fstream.binance.com/market/stream?streams=!markPrice@arr@1s/!miniTicker@arr"));
    EXPECT_EQ(plan[1].coins, followed().coins());
    EXPECT_EQ(stream->plan(QUrl(QStringLiteral("https://fapi.binance.com/")), followed())[0].url, plan[0].url);

    const QList<StreamSocketPlan> local = stream->plan(QUrl(QStringLiteral("http://127.0.0.1:9000")), followed());
    EXPECT_TRUE(local[0].url.toString().startsWith(u"ws://127.0.0.1:9000/public/stream?streams=btcusdt@bookTicker/"));
    EXPECT_EQ(local[1].url.toString(),
              QStringLiteral("ws://127.0.0.1:9000/market/stream?streams=!markPrice@arr@1s/!miniTicker@arr"));
    EXPECT_EQ(stream->plan(QUrl(QStringLiteral("https://10.0.0.2:8443")), followed())[1].url.toString(),
              QStringLiteral("wss://10.0.0.2:8443/market/stream?streams=!markPrice@arr@1s/!miniTicker@arr"));

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
