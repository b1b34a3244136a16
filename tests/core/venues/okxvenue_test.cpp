#include "perpvenuetest.h"

#include "venues/okxvenue.h"

namespace {

const OkxVenue kOkx;

InstrumentSet listed()
{
    return InstrumentSet(listingOf(kOkx, QStringLiteral("okx/api-v5-public-instruments-swap.json")));
}

QuoteBatch tickers()
{
    return batchOf(kOkx, listed(), QStringLiteral("ticker"), QStringLiteral("okx/api-v5-market-tickers-swap.json"));
}

} // namespace

TEST(OkxVenue, ListsLiveUsdtSwapsPricedPerCoin)
{
    const InstrumentSet instruments = listed();
    EXPECT_EQ(instruments.coins().join(u','), QStringLiteral("BTC,ETH,XRP,SOL,DOGE,SHIB,ORDI"));
    for (const Instrument &instrument : instruments.all())
        EXPECT_EQ(instrument.priceMultiplier, Decimal::fromInteger(1)) << instrument.symbol.toStdString();
    const std::pair<const char *, const char *> contractValues[]
        = { { "BTC", "0.01" },  { "ETH", "0.1" },      { "XRP", "100" }, { "SOL", "1" },
            { "DOGE", "1000" }, { "SHIB", "1000000" }, { "ORDI", "0.1" } };
    for (const auto &[coin, ctVal] : contractValues)
        EXPECT_EQ(instruments.byCoin(QString::fromLatin1(coin))->sizeMultiplier.toString(), QString::fromLatin1(ctVal))
            << coin;
    EXPECT_EQ(instruments.byCoin(QStringLiteral("SHIB"))->symbol, QStringLiteral("SHIB-USDT-SWAP"));
}

TEST(OkxVenue, KeepsOnlyLiveUsdtSwapsAndNamesTheCoinWithoutCtValCcy)
{
    const QByteArray body = R"({"code":"0","msg":"","data":[
        {"instType":"SWAP","instId":"PEPE-USDT-SWAP","settleCcy":"USDT","ctVal":"10000000","ctMult":"1","ctValCcy":"","state":"live"},
        {"instType":"SWAP","instId":"BTC-USD-SWAP","settleCcy":"BTC","ctVal":"100","ctMult":"1","ctValCcy":"USD","state":"live"},
        {"instType":"SWAP","instId":"NEW-USDT-SWAP","settleCcy":"USDT","ctVal":"1","ctMult":"1","ctValCcy":"NEW","state":"preopen"},
        {"instType":"SWAP","instId":"OLD-USDT-SWAP","settleCcy":"USDT","ctVal":"1","ctMult":"1","ctValCcy":"OLD","state":"suspend"},
        {"instType":"SWAP","instId":"BAD-USDT-SWAP","settleCcy":"USDT","ctVal":"0","ctMult":"1","ctValCcy":"BAD","state":"live"},
        {"instType":"SWAP","instId":"TWO-USDT-SWAP","settleCcy":"USDT","ctVal":"0.5","ctMult":"10","ctValCcy":"TWO","state":"live"}]})";
    const InstrumentSet instruments(valueOf(kOkx.parseListing(body, perpContext(kOkx, QStringLiteral("listing")))));
    EXPECT_EQ(instruments.coins().join(u','), QStringLiteral("PEPE,TWO"));
    EXPECT_EQ(instruments.byCoin(QStringLiteral("PEPE"))->sizeMultiplier.toString(), QStringLiteral("10000000"));
    EXPECT_EQ(instruments.byCoin(QStringLiteral("TWO"))->sizeMultiplier.toString(), QStringLiteral("5"));
}

TEST(OkxVenue, BookSizesAreContractsOfCtValCoins)
{
    const QuoteBatch batch = tickers();
    EXPECT_TRUE(batch.issues.isEmpty());
    const MarketQuote *btc = quoteFor(batch, QStringLiteral("BTC"));
    const MarketQuote *shib = quoteFor(batch, QStringLiteral("SHIB"));
    ASSERT_TRUE(btc && btc->book && shib && shib->book);
    // 33 contracts of 0.01 BTC; 682 contracts of 1,000,000 SHIB.
    EXPECT_EQ(btc->book->bidSize.toString(), QStringLiteral("0.33"));
    EXPECT_EQ(btc->book->askSize.toString(), QStringLiteral("0.54"));
    EXPECT_EQ(shib->book->bidSize.toString(), QStringLiteral("682000000"));
    EXPECT_EQ(shib->book->askSize.toString(), QStringLiteral("1116000000"));
    // volCcy24h is in coins already; vol24h (contracts) times ctVal says the same.
    EXPECT_EQ(text(btc->volume24h), QStringLiteral("98211.37"));
    EXPECT_EQ(text(shib->volume24h), QStringLiteral("2901776000000"));
    EXPECT_EQ(text(btc->change24hRatio), QStringLiteral("0.00510015"));
    EXPECT_FALSE(btc->funding.has_value());
}

TEST(OkxVenue, MarkPriceAndFundingRateComeInTheirOwnReplies)
{
    // Each reply fills the part it carries, as the market board reads it: a zero next funding
    // time for the mark alone, a zero mark price for the rate alone.
    const QuoteBatch marks
        = batchOf(kOkx, listed(), QStringLiteral("mark"), QStringLiteral("okx/api-v5-public-mark-price-swap.json"));
    const MarketQuote *shib = quoteFor(marks, QStringLiteral("SHIB"));
    ASSERT_TRUE(shib && shib->funding);
    EXPECT_EQ(shib->funding->markPrice.toString(), QStringLiteral("0.000013957"));
    EXPECT_EQ(shib->funding->nextFundingTimeMs, 0);
    EXPECT_FALSE(shib->last.has_value());

    const QuoteBatch funding
        = batchOf(kOkx, listed(), QStringLiteral("funding"), QStringLiteral("okx/api-v5-public-funding-rate-any.json"));
    shib = quoteFor(funding, QStringLiteral("SHIB"));
    ASSERT_TRUE(shib && shib->funding);
    EXPECT_EQ(shib->funding->rate.toString(), QStringLiteral("0.0000402"));
    // fundingTime, the next settlement, not nextFundingTime, the one after it.
    EXPECT_EQ(shib->funding->nextFundingTimeMs, kEightHourlyFundingMs);
    EXPECT_TRUE(shib->funding->markPrice.isZero());
}

TEST(OkxVenue, OrdiFundsEveryFourHours)
{
    const QuoteBatch funding
        = batchOf(kOkx, listed(), QStringLiteral("funding"), QStringLiteral("okx/api-v5-public-funding-rate-any.json"));
    const MarketQuote *ordi = quoteFor(funding, QStringLiteral("ORDI"));
    ASSERT_NE(ordi, nullptr);
    ASSERT_TRUE(ordi->funding.has_value());
    EXPECT_EQ(ordi->funding->nextFundingTimeMs, kFourHourlyFundingMs);
}

TEST(OkxVenue, StaysWithinEachEndpointsLimit)
{
    const QList<VenueRequest> requests = kOkx.quoteRequests(listed());
    QStringList urls;
    for (const VenueRequest &request : requests)
        urls.append(request.name + u' ' + request.url(kOkx.defaultBaseUrl()).toString() + u' '
                    + QString::number(request.everyCycles));
    EXPECT_EQ(urls.join(u'\n'),
              QStringLiteral("ticker https://www.okx.com/api/v5/market/tickers?instType=SWAP 1\n"
                             "mark https://www.okx.com/api/v5/public/mark-price?instType=SWAP 5\n"
                             "funding https://www.okx.com/api/v5/public/funding-rate?instId=ANY 30"));
    // At one cycle a second, per 2 s: tickers 2 of 20, mark-price and funding-rate at most 1 of 10.
    for (const VenueRequest &request : requests) {
        const double perTwoSeconds = 2.0 / request.everyCycles;
        EXPECT_LE(perTwoSeconds, request.name == u"ticker" ? 20 : 10);
    }
    EXPECT_EQ(kOkx.limits().requestsPerSecond, 8);
    EXPECT_EQ(kOkx.listingRequest().url(kOkx.defaultBaseUrl()).toString(),
              QStringLiteral("https://www.okx.com/api/v5/public/instruments?instType=SWAP"));
}

TEST(OkxVenue, OneBadRowIsAnIssueAndTheOthersStand)
{
    const QByteArray body = R"({"code":"0","msg":"","data":[
        {"instId":"BTC-USDT-SWAP","last":"89313.3","bidPx":"","bidSz":"","askPx":"89313.4","askSz":"54","volCcy24h":"98211.37","open24h":"88860.1"},
        {"instId":"ETH-USDT-SWAP","last":"NaN","bidPx":"2956.03","bidSz":"52.8","askPx":"2956.04","askSz":"86.4","volCcy24h":"-1","open24h":"2937.82"},
        {"instId":"XRP-USDT-SWAP","last":"2.1603","bidPx":"2.1603","bidSz":"180.4","askPx":"2.1604","askSz":"295.2","volCcy24h":"301288400","open24h":"2.1874"}]})";
    const QuoteBatch batch = valueOf(parseBody(kOkx, listed(), QStringLiteral("ticker"), body));
    EXPECT_EQ(coinsOf(batch).join(u','), QStringLiteral("BTC,ETH,XRP"));
    // BTC's empty bid leaves its book out, ETH's "NaN" its last price (and so its change), ETH's
    // negative volume its volume; XRP is whole.
    EXPECT_FALSE(quoteFor(batch, QStringLiteral("BTC"))->book.has_value());
    EXPECT_EQ(text(quoteFor(batch, QStringLiteral("BTC"))->last), QStringLiteral("89313.3"));
    EXPECT_FALSE(quoteFor(batch, QStringLiteral("ETH"))->last.has_value());
    EXPECT_FALSE(quoteFor(batch, QStringLiteral("ETH"))->volume24h.has_value());
    EXPECT_EQ(quoteFor(batch, QStringLiteral("ETH"))->book->bid.toString(), QStringLiteral("2956.03"));
    EXPECT_TRUE(quoteFor(batch, QStringLiteral("XRP"))->book.has_value());
    EXPECT_EQ(issueLines(batch),
              QStringLiteral("okx absurd BTC-USDT-SWAP: bidPx \"\"\n"
                             "okx absurd BTC-USDT-SWAP: bidSz \"\"\n"
                             "okx absurd ETH-USDT-SWAP: last \"NaN\"\n"
                             "okx absurd ETH-USDT-SWAP: volCcy24h \"-1\""));
}

TEST(OkxVenue, ErrorAnswersAreFetchErrorsEvenWithHttp200)
{
    expectErrors(
        kOkx, listed(),
        {
            { fixtureFile(QStringLiteral("okx/api-v5-error.json")), 200, FetchError::Kind::ApiError },
            { R"({"code":"50011","msg":"Too Many Requests","data":[]})", 200, FetchError::Kind::RateLimited },
            { R"({"code":"50011","msg":"Too Many Requests","data":[]})", 429, FetchError::Kind::RateLimited },
            { R"({"code":"50014","msg":"Parameter instType can not be empty.","data":[]})", 400,
              FetchError::Kind::ApiError },
            { R"({"msg":"Not Found"})", 404, FetchError::Kind::HttpStatus },
            { R"({"code":"0","msg":""})", 200, FetchError::Kind::Malformed },
            { fixtureFile(QStringLiteral("okx/api-v5-market-tickers-swap.json")), 500, FetchError::Kind::HttpStatus },
            { fixtureFile(QStringLiteral("errors/cloudflare-502.html")), 502, FetchError::Kind::HttpStatus },
            { fixtureFile(QStringLiteral("errors/cloudflare-502.html")), 200, FetchError::Kind::Malformed },
            { fixtureFile(QStringLiteral("errors/truncated.json")), 200, FetchError::Kind::Malformed },
            { fixtureFile(QStringLiteral("errors/empty.json")), 200, FetchError::Kind::Empty },
            { fixtureFile(QStringLiteral("errors/absurd-values.json")), 200, FetchError::Kind::Malformed },
        });
    const FetchError unknown = errorOf(
        parseBody(kOkx, listed(), QStringLiteral("ticker"), fixtureFile(QStringLiteral("okx/api-v5-error.json"))));
    EXPECT_EQ(unknown.detail, QStringLiteral("51001: Instrument ID, Instrument ID code, or Spread ID doesn't exist."));
}
