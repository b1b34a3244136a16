#include "perpvenuetest.h"

#include "venues/bybitvenue.h"

namespace {

const BybitVenue kBybit;

InstrumentSet listed()
{
    return InstrumentSet(listingOf(kBybit, QStringLiteral("bybit/v5-market-instruments-info-linear.json")));
}

QByteArray envelope(const QByteArray &list)
{
    return R"({"retCode":0,"retMsg":"OK","result":{"category":"linear","list":)" + list
        + R"(},"retExtInfo":{},"time":1796025600000})";
}

} // namespace

TEST(BybitVenue, ListsTradingUsdtPerpetualsWithTheirFundingInterval)
{
    const InstrumentSet instruments = listed();
    EXPECT_EQ(instruments.coins().join(u','), QStringLiteral("BTC,ETH,XRP,SOL,DOGE,SHIB,ORDI"));
    EXPECT_EQ(instruments.byCoin(QStringLiteral("BTC"))->fundingIntervalMs, 8 * 3600 * 1000);
    // ORDI funds every 4 h (fundingInterval 240 minutes).
    EXPECT_EQ(instruments.byCoin(QStringLiteral("ORDI"))->fundingIntervalMs, 4 * 3600 * 1000);
}

TEST(BybitVenue, ReadsTheMultiplierBehindOrInFrontOfTheCoin)
{
    const InstrumentSet fixture = listed();
    const Instrument *shib = fixture.byCoin(QStringLiteral("SHIB"));
    ASSERT_NE(shib, nullptr);
    EXPECT_EQ(shib->symbol, QStringLiteral("SHIB1000USDT"));
    EXPECT_EQ(shib->priceMultiplier, Decimal::fromInteger(1000));
    EXPECT_EQ(shib->sizeMultiplier, Decimal::fromInteger(1000));

    const QByteArray body = envelope(R"([
        {"symbol":"1000PEPEUSDT","contractType":"LinearPerpetual","status":"Trading","baseCoin":"1000PEPE","quoteCoin":"USDT","fundingInterval":480},
        {"symbol":"1000000MOGUSDT","contractType":"LinearPerpetual","status":"Trading","baseCoin":"1000000MOG","quoteCoin":"USDT","fundingInterval":240},
        {"symbol":"BTCPERP","contractType":"LinearPerpetual","status":"Trading","baseCoin":"BTC","quoteCoin":"USDC","fundingInterval":480},
        {"symbol":"BTC-26DEC25","contractType":"LinearFutures","status":"Trading","baseCoin":"BTC","quoteCoin":"USDT","fundingInterval":0},
        {"symbol":"NEWUSDT","contractType":"LinearPerpetual","status":"PreLaunch","baseCoin":"NEW","quoteCoin":"USDT","fundingInterval":480}])");
    const InstrumentSet instruments(valueOf(kBybit.parseListing(body, perpContext(kBybit, QStringLiteral("listing")))));
    EXPECT_EQ(instruments.coins().join(u','), QStringLiteral("PEPE,MOG"));
    EXPECT_EQ(instruments.byCoin(QStringLiteral("PEPE"))->priceMultiplier, Decimal::fromInteger(1000));
    EXPECT_EQ(instruments.byCoin(QStringLiteral("MOG"))->priceMultiplier, Decimal::fromInteger(1'000'000));

    // A price of 1000PEPE is a thousandth of it per PEPE, its sizes a thousand times more coins.
    const QByteArray tickers = envelope(R"([{"symbol":"1000PEPEUSDT","lastPrice":"0.012345","bid1Price":"0.012344",
        "bid1Size":"120","ask1Price":"0.012345","ask1Size":"80","volume24h":"5000","price24hPcnt":"0.01",
        "markPrice":"0.012346","fundingRate":"0.0001","nextFundingTime":"1796054400000"}])");
    const QuoteBatch batch = valueOf(parseBody(kBybit, instruments, QStringLiteral("ticker"), tickers));
    ASSERT_EQ(batch.quotes.size(), 1);
    const MarketQuote &pepe = batch.quotes[0];
    EXPECT_EQ(text(pepe.last), QStringLiteral("0.000012345"));
    EXPECT_EQ(pepe.book->bid.toString(), QStringLiteral("0.000012344"));
    EXPECT_EQ(pepe.book->bidSize.toString(), QStringLiteral("120000"));
    EXPECT_EQ(pepe.funding->markPrice.toString(), QStringLiteral("0.000012346"));
    EXPECT_EQ(text(pepe.volume24h), QStringLiteral("5000000"));
}

TEST(BybitVenue, OneRequestCarriesEverything)
{
    const QList<VenueRequest> requests = kBybit.quoteRequests(listed());
    ASSERT_EQ(requests.size(), 1);
    EXPECT_EQ(requests[0].url(kBybit.defaultBaseUrl()).toString(),
              QStringLiteral("https://api.bybit.com/v5/market/tickers?category=linear"));
    EXPECT_EQ(kBybit.listingRequest().url(kBybit.defaultBaseUrl()).toString(),
              QStringLiteral("https://api.bybit.com/v5/market/instruments-info?category=linear&limit=1000"));
    // 600 per 5 s is 120 a second.
    EXPECT_LE(kBybit.limits().requestsPerSecond, 120);
    EXPECT_EQ(kBybit.limits().requestsPerSecond, 20);

    const QuoteBatch batch
        = batchOf(kBybit, listed(), QStringLiteral("ticker"), QStringLiteral("bybit/v5-market-tickers-linear.json"));
    EXPECT_TRUE(batch.issues.isEmpty());
    const MarketQuote *shib = quoteFor(batch, QStringLiteral("SHIB"));
    ASSERT_TRUE(shib && shib->last && shib->book && shib->funding && shib->volume24h && shib->change24hRatio);
    EXPECT_EQ(shib->instrument, QStringLiteral("SHIB1000USDT"));
    EXPECT_EQ(shib->book->bidSize.toString(), QStringLiteral("527000000"));
    EXPECT_EQ(text(shib->change24hRatio), QStringLiteral("0.015589"));
    EXPECT_EQ(shib->receivedAtMs, kReceivedAtMs);
    EXPECT_EQ(quoteFor(batch, QStringLiteral("ORDI"))->funding->nextFundingTimeMs, kFourHourlyFundingMs);
}

TEST(BybitVenue, FollowsTheListingsNextPage)
{
    const ReplyContext context = perpContext(kBybit, QStringLiteral("listing"));
    EXPECT_FALSE(kBybit.nextListingRequest(fixtureFile(QStringLiteral("bybit/v5-market-instruments-info-linear.json")),
                                           context));

    const QByteArray page = R"({"retCode":0,"retMsg":"OK","result":{"category":"linear","list":[],
        "nextPageCursor":"first%3D1000PEPEUSDT%26last%3DZRXUSDT"},"retExtInfo":{},"time":1796025600000})";
    const auto next = kBybit.nextListingRequest(page, context);
    ASSERT_TRUE(next.has_value());
    EXPECT_EQ(next->name, QStringLiteral("listing"));
    // The cursor goes back as Bybit wrote it, already percent-encoded.
    EXPECT_EQ(next->url(kBybit.defaultBaseUrl()).toString(QUrl::FullyEncoded),
              QStringLiteral("https://api.bybit.com/v5/market/instruments-info?category=linear&limit=1000"
                             "&cursor=first%3D1000PEPEUSDT%26last%3DZRXUSDT"));
    EXPECT_FALSE(kBybit.nextListingRequest(fixtureFile(QStringLiteral("bybit/v5-error.json")), context));
}

TEST(BybitVenue, OneBadRowIsAnIssueAndTheOthersStand)
{
    const QByteArray body = envelope(R"([
        {"symbol":"BTCUSDT","lastPrice":"89213.80","bid1Price":"89213.70","bid1Size":"1","ask1Price":"89213.80","ask1Size":"1",
         "volume24h":"61877.412","price24hPcnt":"0.0051","markPrice":"89214.25","fundingRate":"","nextFundingTime":"0"},
        {"symbol":"ETHUSDT","lastPrice":"0","bid1Price":"2952.71","bid1Size":"-3","ask1Price":"2952.72","ask1Size":"1",
         "volume24h":"1402660.84","price24hPcnt":"-2","markPrice":"2952.80","fundingRate":"-0.0000125","nextFundingTime":"1796054400000"},
        {"symbol":"XRPUSDT","lastPrice":"2.1579","bid1Price":"2.1578","bid1Size":"1","ask1Price":"2.1579","ask1Size":"1",
         "volume24h":"276440120","price24hPcnt":"-0.012403","markPrice":"2.1580","fundingRate":"0.0001","nextFundingTime":"1796054400000"}])");
    const QuoteBatch batch = valueOf(parseBody(kBybit, listed(), QStringLiteral("ticker"), body));
    EXPECT_EQ(coinsOf(batch).join(u','), QStringLiteral("BTC,ETH,XRP"));
    EXPECT_FALSE(quoteFor(batch, QStringLiteral("BTC"))->funding.has_value());
    EXPECT_TRUE(quoteFor(batch, QStringLiteral("BTC"))->book.has_value());
    EXPECT_FALSE(quoteFor(batch, QStringLiteral("ETH"))->last.has_value());
    EXPECT_FALSE(quoteFor(batch, QStringLiteral("ETH"))->book.has_value());
    EXPECT_FALSE(quoteFor(batch, QStringLiteral("ETH"))->change24hRatio.has_value());
    EXPECT_TRUE(quoteFor(batch, QStringLiteral("ETH"))->funding.has_value());
    const MarketQuote *xrp = quoteFor(batch, QStringLiteral("XRP"));
    EXPECT_TRUE(xrp->last && xrp->book && xrp->funding && xrp->volume24h && xrp->change24hRatio);
    EXPECT_EQ(issueLines(batch),
              QStringLiteral("bybit absurd BTCUSDT: fundingRate \"\"\n"
                             "bybit absurd BTCUSDT: nextFundingTime \"0\"\n"
                             "bybit absurd ETHUSDT: lastPrice \"0\"\n"
                             "bybit absurd ETHUSDT: bid1Size \"-3\"\n"
                             "bybit absurd ETHUSDT: price24hPcnt \"-2\""));
}

TEST(BybitVenue, ErrorAnswersAreFetchErrorsEvenWithHttp200)
{
    expectErrors(
        kBybit, listed(),
        {
            { fixtureFile(QStringLiteral("bybit/v5-error.json")), 200, FetchError::Kind::ApiError },
            { R"({"retCode":10006,"retMsg":"Too many visits!","result":{},"retExtInfo":{},"time":1})", 200,
              FetchError::Kind::RateLimited },
            { R"({"retCode":10018,"retMsg":"Exceeded the IP Rate Limit","result":{},"retExtInfo":{},"time":1})", 200,
              FetchError::Kind::RateLimited },
            { "access too frequent", 403, FetchError::Kind::RateLimited },
            { fixtureFile(QStringLiteral("errors/cloudflare-502.html")), 403, FetchError::Kind::RateLimited },
            { fixtureFile(QStringLiteral("errors/cloudflare-502.html")), 502, FetchError::Kind::HttpStatus },
            { fixtureFile(QStringLiteral("errors/cloudflare-502.html")), 200, FetchError::Kind::Malformed },
            { fixtureFile(QStringLiteral("errors/truncated.json")), 200, FetchError::Kind::Malformed },
            { fixtureFile(QStringLiteral("errors/empty.json")), 200, FetchError::Kind::Empty },
            { fixtureFile(QStringLiteral("errors/empty.json")), 429, FetchError::Kind::RateLimited },
            { fixtureFile(QStringLiteral("errors/absurd-values.json")), 200, FetchError::Kind::Malformed },
            { fixtureFile(QStringLiteral("bybit/v5-market-tickers-linear.json")), 500, FetchError::Kind::HttpStatus },
            { R"({"retCode":0,"retMsg":"OK","result":{}})", 200, FetchError::Kind::Malformed },
        });
    EXPECT_EQ(errorOf(parseBody(kBybit, listed(), QStringLiteral("ticker"),
                                fixtureFile(QStringLiteral("bybit/v5-error.json"))))
                  .detail,
              QStringLiteral("10001: Not supported symbols"));
}
