#include "perpvenuetest.h"

#include "venues/binancevenue.h"

namespace {

const BinanceVenue kBinance;

InstrumentSet listed()
{
    return InstrumentSet(listingOf(kBinance, QStringLiteral("binance/fapi-v1-exchangeinfo-many.json")));
}

QuoteBatch fixtureBatch(const QString &request, const QString &fixture)
{
    return batchOf(kBinance, listed(), request, fixture);
}

} // namespace

TEST(BinanceVenue, ListsTheUsdtPerpetualsThatTrade)
{
    const InstrumentSet instruments = listed();
    QStringList symbols;
    for (const Instrument &instrument : instruments.all())
        symbols.append(instrument.symbol);
    // BORAUSDT is SETTLING (being delisted) and BTCUSDT_261225 a quarterly future.
    EXPECT_EQ(symbols.join(u','), QStringLiteral("BTCUSDT,ETHUSDT,XRPUSDT,SOLUSDT,DOGEUSDT,1000SHIBUSDT,ORDIUSDT"));
    EXPECT_EQ(instruments.byCoin(QStringLiteral("BORA")), nullptr);
    ASSERT_NE(instruments.byCoin(QStringLiteral("BTC")), nullptr);
    EXPECT_EQ(instruments.byCoin(QStringLiteral("BTC"))->symbol, QStringLiteral("BTCUSDT"));
    EXPECT_EQ(instruments.byCoin(QStringLiteral("BTC"))->priceMultiplier, Decimal::fromInteger(1));
    EXPECT_EQ(instruments.byCoin(QStringLiteral("BTC"))->venue, QStringLiteral("binance"));
}

TEST(BinanceVenue, ReadsTheMultiplierFromTheBaseAssetPrefix)
{
    const InstrumentSet fixture = listed();
    const Instrument *shib = fixture.bySymbol(QStringLiteral("1000SHIBUSDT"));
    ASSERT_NE(shib, nullptr);
    EXPECT_EQ(shib->coin, QStringLiteral("SHIB"));
    EXPECT_EQ(shib->priceMultiplier, Decimal::fromInteger(1000));
    EXPECT_EQ(shib->sizeMultiplier, Decimal::fromInteger(1000));

    const QByteArray body = R"({"symbols":[
        {"symbol":"1000000MOGUSDT","contractType":"PERPETUAL","status":"TRADING","baseAsset":"1000000MOG","quoteAsset":"USDT"},
        {"symbol":"1MBABYDOGEUSDT","contractType":"PERPETUAL","status":"TRADING","baseAsset":"1MBABYDOGE","quoteAsset":"USDT"},
        {"symbol":"10000LADYSUSDT","contractType":"PERPETUAL","status":"TRADING","baseAsset":"10000LADYS","quoteAsset":"USDT"},
        {"symbol":"1INCHUSDT","contractType":"PERPETUAL","status":"TRADING","baseAsset":"1INCH","quoteAsset":"USDT"}]})";
    const InstrumentSet instruments(
        valueOf(kBinance.parseListing(body, perpContext(kBinance, QStringLiteral("listing")))));
    const std::pair<const char *, int> expected[]
        = { { "MOG", 1'000'000 }, { "BABYDOGE", 1'000'000 }, { "LADYS", 10'000 }, { "1INCH", 1 } };
    for (const auto &[coin, multiplier] : expected) {
        const Instrument *instrument = instruments.byCoin(QString::fromLatin1(coin));
        ASSERT_NE(instrument, nullptr) << coin;
        EXPECT_EQ(instrument->priceMultiplier, Decimal::fromInteger(multiplier)) << coin;
    }
}

TEST(BinanceVenue, NeverListsCoinMarginedContracts)
{
    // BTCUSD_PERP (COIN-M, quoted in USD) shares the coin with BTCUSDT and must never stand for it.
    const QByteArray listing = R"({"symbols":[
        {"symbol":"BTCUSD_PERP","contractType":"PERPETUAL","status":"TRADING","baseAsset":"BTC","quoteAsset":"USD","marginAsset":"BTC"},
        {"symbol":"BTCUSDT","contractType":"PERPETUAL","status":"TRADING","baseAsset":"BTC","quoteAsset":"USDT"}]})";
    const InstrumentSet instruments(
        valueOf(kBinance.parseListing(listing, perpContext(kBinance, QStringLiteral("listing")))));
    ASSERT_EQ(instruments.size(), 1);
    EXPECT_EQ(instruments.byCoin(QStringLiteral("BTC"))->symbol, QStringLiteral("BTCUSDT"));

    const QByteArray premiumIndex = R"([
        {"symbol":"BTCUSD_PERP","markPrice":"89100.1","lastFundingRate":"0.0003","nextFundingTime":1796054400000},
        {"symbol":"BTCUSDT","markPrice":"89279.43104562","lastFundingRate":"0.00010000","nextFundingTime":1796054400000}])";
    const QuoteBatch batch = valueOf(parseBody(kBinance, instruments, QStringLiteral("funding"), premiumIndex));
    ASSERT_EQ(batch.quotes.size(), 1);
    EXPECT_EQ(batch.quotes[0].instrument, QStringLiteral("BTCUSDT"));
    EXPECT_EQ(batch.quotes[0].funding->markPrice.toString(), QStringLiteral("89279.43104562"));
}

TEST(BinanceVenue, AsksEverySymbolAtOnceWithinTheWeightBudget)
{
    const QList<VenueRequest> requests = kBinance.quoteRequests(listed());
    QStringList paths;
    int requestsPerSecond = 0;
    int weightPerMinute = 0;
    for (const VenueRequest &request : requests) {
        paths.append(request.name + u' ' + request.url(kBinance.defaultBaseUrl()).toString());
        EXPECT_FALSE(request.query.hasQueryItem(QStringLiteral("symbol")));
        // At one cycle a second.
        requestsPerSecond += request.everyCycles == 1 ? 1 : 0;
        weightPerMinute += request.weight * 60 / request.everyCycles;
    }
    EXPECT_EQ(paths.join(u'\n'),
              QStringLiteral("book https://fapi.binance.com/fapi/v1/ticker/bookTicker\n"
                             "funding https://fapi.binance.com/fapi/v1/premiumIndex\n"
                             "last https://fapi.binance.com/fapi/v1/ticker/price\n"
                             "statistics https://fapi.binance.com/fapi/v1/ticker/24hr"));
    EXPECT_EQ(requestNamed(kBinance, listed(), QStringLiteral("statistics")).weight, 40);
    EXPECT_EQ(requestNamed(kBinance, listed(), QStringLiteral("statistics")).everyCycles, 60);
    EXPECT_EQ(weightPerMinute, 1060);
    EXPECT_LT(weightPerMinute, kBinance.limits().weightPerMinute);
    EXPECT_LT(requestsPerSecond + 1, kBinance.limits().requestsPerSecond);
    EXPECT_TRUE(kBinance.quoteRequests(InstrumentSet()).isEmpty());
}

TEST(BinanceVenue, KeepsTheSeedsBudgets)
{
    const VenueLimits limits = kBinance.limits();
    EXPECT_EQ(limits.requestsPerSecond, 20);
    EXPECT_EQ(limits.weightPerMinute, 2400);
    EXPECT_EQ(limits.usedWeightHeader, QByteArray("X-MBX-USED-WEIGHT-1M"));
    EXPECT_EQ(kBinance.listingRequest().url(kBinance.defaultBaseUrl()).toString(),
              QStringLiteral("https://fapi.binance.com/fapi/v1/exchangeInfo"));
    EXPECT_EQ(kBinance.side(), VenueSide::Perpetual);
}

TEST(BinanceVenue, BookSizesCountCoins)
{
    const QuoteBatch batch
        = fixtureBatch(QStringLiteral("book"), QStringLiteral("binance/fapi-v1-bookticker-all.json"));
    EXPECT_EQ(batch.request, QStringLiteral("book"));
    EXPECT_EQ(batch.venue, QStringLiteral("binance"));
    EXPECT_EQ(batch.receivedAtMs, kReceivedAtMs);
    const MarketQuote *shib = quoteFor(batch, QStringLiteral("SHIB"));
    ASSERT_NE(shib, nullptr);
    ASSERT_TRUE(shib->book.has_value());
    // 1,271,000 contracts of 1,000 SHIB.
    EXPECT_EQ(shib->book->bidSize.toString(), QStringLiteral("1271000000"));
    EXPECT_EQ(shib->book->askSize.toString(), QStringLiteral("837000000"));
    EXPECT_EQ(shib->receivedAtMs, kReceivedAtMs);
    EXPECT_FALSE(shib->last.has_value());
    EXPECT_FALSE(shib->funding.has_value());
}

TEST(BinanceVenue, TheDatedFutureAndTheSettlingMarketAreNeverUsed)
{
    for (const auto &[request, fixture] : { std::pair { "book", "binance/fapi-v1-bookticker-all.json" },
                                            std::pair { "funding", "binance/fapi-v1-premiumindex-all.json" },
                                            std::pair { "last", "binance/fapi-v1-ticker-price-all.json" },
                                            std::pair { "statistics", "binance/fapi-v1-ticker-24hr-all.json" } }) {
        const QuoteBatch batch = fixtureBatch(QString::fromLatin1(request), QString::fromLatin1(fixture));
        // BTCUSDT_261225's "" rates and BORAUSDT's nextFundingTime 0 are rows we do not follow:
        // skipped without an issue.
        EXPECT_TRUE(batch.issues.isEmpty()) << request;
        EXPECT_EQ(coinsOf(batch).join(u','), QStringLiteral("BTC,ETH,XRP,SOL,DOGE,SHIB,ORDI")) << request;
        for (const MarketQuote &quote : batch.quotes)
            EXPECT_NE(quote.instrument, QStringLiteral("BTCUSDT_261225"));
    }
    const QuoteBatch last
        = fixtureBatch(QStringLiteral("last"), QStringLiteral("binance/fapi-v1-ticker-price-all.json"));
    const MarketQuote *btc = quoteFor(last, QStringLiteral("BTC"));
    ASSERT_NE(btc, nullptr);
    EXPECT_EQ(text(btc->last), QStringLiteral("89277.1"));
}

TEST(BinanceVenue, OrdiFundsEveryFourHours)
{
    const QuoteBatch batch
        = fixtureBatch(QStringLiteral("funding"), QStringLiteral("binance/fapi-v1-premiumindex-all.json"));
    const MarketQuote *ordi = quoteFor(batch, QStringLiteral("ORDI"));
    const MarketQuote *btc = quoteFor(batch, QStringLiteral("BTC"));
    ASSERT_TRUE(ordi && ordi->funding && btc && btc->funding);
    EXPECT_EQ(ordi->funding->nextFundingTimeMs, kFourHourlyFundingMs);
    EXPECT_EQ(btc->funding->nextFundingTimeMs - ordi->funding->nextFundingTimeMs, 4 * 3600 * 1000);
}

TEST(BinanceVenue, DailyStatisticsGiveVolumeInCoinsAndTheChange)
{
    const QuoteBatch batch
        = fixtureBatch(QStringLiteral("statistics"), QStringLiteral("binance/fapi-v1-ticker-24hr-all.json"));
    const MarketQuote *shib = quoteFor(batch, QStringLiteral("SHIB"));
    const MarketQuote *xrp = quoteFor(batch, QStringLiteral("XRP"));
    ASSERT_TRUE(shib && xrp);
    EXPECT_EQ(text(shib->volume24h), QStringLiteral("4912003118000"));
    EXPECT_EQ(text(shib->last), QStringLiteral("0.000013952"));
    EXPECT_EQ(text(shib->change24hRatio), QStringLiteral("0.01558"));
    EXPECT_EQ(text(xrp->change24hRatio), QStringLiteral("-0.01239"));
}

TEST(BinanceVenue, OneBadRowIsAnIssueAndTheOthersStand)
{
    const QByteArray body = R"([
        {"symbol":"BTCUSDT","price":"-1","time":1},
        {"symbol":"ETHUSDT","price":1e308,"time":1},
        {"symbol":"XRPUSDT","price":"NaN","time":1},
        {"symbol":"SOLUSDT","time":1},
        "not a row",
        {"symbol":"DOGEUSDT","price":"0.216560","time":1},
        {"symbol":"NOPEUSDT","price":"nonsense","time":1}])";
    const QuoteBatch batch = valueOf(parseBody(kBinance, listed(), QStringLiteral("last"), body));
    EXPECT_EQ(coinsOf(batch).join(u','), QStringLiteral("DOGE"));
    EXPECT_EQ(text(batch.quotes[0].last), QStringLiteral("0.21656"));
    // The row of a symbol we do not follow is skipped, whatever it holds.
    EXPECT_EQ(issueLines(batch),
              QStringLiteral("binance absurd BTCUSDT: price \"-1\"\n"
                             "binance absurd ETHUSDT: price 1e308\n"
                             "binance absurd XRPUSDT: price \"NaN\"\n"
                             "binance malformed SOLUSDT: price missing\n"
                             "binance malformed: a row without symbol"));
    EXPECT_EQ(batch.issues[0].coin, QStringLiteral("BTC"));
}

TEST(BinanceVenue, ABadFundingValueLeavesTheFundingOutAndNothingElse)
{
    const QByteArray body = R"([
        {"symbol":"BTCUSDT","markPrice":"89279.4","lastFundingRate":"","nextFundingTime":1796054400000},
        {"symbol":"ETHUSDT","markPrice":"2954.91","lastFundingRate":"0.0001","nextFundingTime":0},
        {"symbol":"XRPUSDT","markPrice":"2.15951","lastFundingRate":"3","nextFundingTime":1796054400000}])";
    const QuoteBatch batch = valueOf(parseBody(kBinance, listed(), QStringLiteral("funding"), body));
    EXPECT_TRUE(batch.quotes.isEmpty());
    ASSERT_EQ(batch.issues.size(), 3);
    for (const DataIssue &issue : batch.issues)
        EXPECT_EQ(issue.kind, DataIssue::Kind::Absurd) << issue.describe().toStdString();
}

TEST(BinanceVenue, ACrossedBookIsTheBoardsToJudge)
{
    const QByteArray body
        = R"([{"symbol":"BTCUSDT","bidPrice":"89277.20","bidQty":"1","askPrice":"89277.20","askQty":"2"}])";
    const QuoteBatch batch = valueOf(parseBody(kBinance, listed(), QStringLiteral("book"), body));
    ASSERT_EQ(batch.quotes.size(), 1);
    EXPECT_TRUE(batch.issues.isEmpty());
    EXPECT_EQ(batch.quotes[0].book->bid, batch.quotes[0].book->ask);
}

TEST(BinanceVenue, RefusalsAndErrorAnswersAreFetchErrors)
{
    const auto file = [](const char *path) {
        return fixtureFile(QString::fromLatin1(path));
    };
    expectErrors(kBinance, listed(),
                 {
                     { file("binance/fapi-error-too-many-requests.json"), 429, FetchError::Kind::RateLimited },
                     { file("binance/fapi-error-too-many-requests.json"), 200, FetchError::Kind::RateLimited },
                     { file("binance/fapi-error-ip-banned.json"), 418, FetchError::Kind::Banned },
                     { file("binance/fapi-error-invalid-symbol.json"), 400, FetchError::Kind::ApiError },
                     { file("errors/cloudflare-502.html"), 502, FetchError::Kind::HttpStatus },
                     { file("errors/cloudflare-502.html"), 200, FetchError::Kind::Malformed },
                     { file("errors/truncated.json"), 200, FetchError::Kind::Malformed },
                     { file("errors/empty.json"), 200, FetchError::Kind::Empty },
                     { file("errors/empty.json"), 429, FetchError::Kind::RateLimited },
                     { file("binance/fapi-v1-bookticker-all.json"), 503, FetchError::Kind::HttpStatus },
                     // An object where every symbol's array belongs.
                     { file("binance/fapi-bookticker-btcusdt.json"), 200, FetchError::Kind::Malformed },
                 });
    const FetchError banned = errorOf(parseBody(kBinance, listed(), QStringLiteral("book"),
                                                fixtureFile(QStringLiteral("binance/fapi-error-ip-banned.json")), 418));
    EXPECT_EQ(banned.httpStatus, 418);
    EXPECT_TRUE(banned.detail.contains(QStringLiteral("banned until 1795600540000")));
    const FetchError invalid
        = errorOf(parseBody(kBinance, listed(), QStringLiteral("book"),
                            fixtureFile(QStringLiteral("binance/fapi-error-invalid-symbol.json")), 400));
    EXPECT_EQ(invalid.detail, QStringLiteral("-1121: Invalid symbol."));
}

TEST(BinanceVenue, AbsurdValuesFixtureHasNoRowsOfOurs)
{
    // Korean-style rows ("market", no "symbol") in an array: each is an issue, nothing a quote.
    const QuoteBatch batch
        = batchOf(kBinance, listed(), QStringLiteral("last"), QStringLiteral("errors/absurd-values.json"));
    EXPECT_TRUE(batch.quotes.isEmpty());
    EXPECT_EQ(batch.issues.size(), 3);
}
