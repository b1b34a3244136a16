#include "exchanges/tickerparsers.h"

#include "../../common/fixturefile.h"
#include "../../common/quoteresults.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

TEST(MarketTicker, ReadsBithumbCurrentApi)
{
    const Quote quote = quoteOf(TickerParsers::parseMarketTicker(fixtureFile(QStringLiteral("bithumb/v1-ticker-krw-btc.json")), bithumb()));
    EXPECT_EQ(quote.price.toString(), QStringLiteral("129555000"));
    EXPECT_EQ(quote.venue, QStringLiteral("bithumb"));
    EXPECT_EQ(quote.symbol, QStringLiteral("BTC"));
    // Bithumb's timestamp runs nine hours ahead: the observation time is our receive time.
    EXPECT_EQ(quote.receivedAtMs, 1'000);
    EXPECT_EQ(quote.venueTimeMs, 1795632820123);
    ASSERT_TRUE(quote.volume24h.has_value());
    EXPECT_EQ(quote.volume24h->toString(), QStringLiteral("1552.9087"));
}

TEST(MarketTicker, PicksTheRequestedMarketFromAMultiMarketReply)
{
    const QByteArray body = fixtureFile(QStringLiteral("bithumb/v1-ticker-krw-btc-eth.json"));
    EXPECT_EQ(quoteOf(TickerParsers::parseMarketTicker(body, bithumb())).price.toString(), QStringLiteral("129555000"));
    ReplyContext eth = bithumb();
    eth.market = QStringLiteral("KRW-ETH");
    eth.symbol = QStringLiteral("ETH");
    const Quote quote = quoteOf(TickerParsers::parseMarketTicker(body, eth));
    EXPECT_GT(quote.price, Decimal::fromInteger(0));
    EXPECT_NE(quote.price.toString(), QStringLiteral("129555000"));
}

TEST(MarketTicker, ReadsUpbit)
{
    ReplyContext context = bithumb();
    context.venue = QStringLiteral("upbit");
    const Quote quote = quoteOf(TickerParsers::parseMarketTicker(fixtureFile(QStringLiteral("upbit/v1-ticker-krw-btc.json")), context));
    EXPECT_EQ(quote.price.toString(), QStringLiteral("129600000"));
    ASSERT_TRUE(quote.volume24h.has_value());
    EXPECT_EQ(quote.volume24h->toString(), QStringLiteral("2325.4"));
}

TEST(MarketTicker, ErrorsThatComeWithHttp200AreErrors)
{
    const FetchError notFound = errorOf(TickerParsers::parseMarketTicker(fixtureFile(QStringLiteral("bithumb/v1-error-code-not-found.json")), bithumb()));
    EXPECT_EQ(notFound.kind, FetchError::Kind::ApiError);
    EXPECT_EQ(notFound.detail, QStringLiteral("404: Code not found"));  // name as a number

    const FetchError missing = errorOf(TickerParsers::parseMarketTicker(fixtureFile(QStringLiteral("bithumb/v1-error-missing-parameter.json")), bithumb()));
    EXPECT_EQ(missing.kind, FetchError::Kind::ApiError);
    EXPECT_TRUE(missing.detail.startsWith(QStringLiteral("400: Missing request parameter")));
}

TEST(MarketTicker, ErrorShapesWithHttpStatus)
{
    const FetchError invalid = errorOf(TickerParsers::parseMarketTicker(fixtureFile(QStringLiteral("bithumb/v1-error-invalid-parameter.json")), bithumb(400)));
    EXPECT_EQ(invalid.kind, FetchError::Kind::ApiError);
    EXPECT_EQ(invalid.httpStatus, 400);
    EXPECT_TRUE(invalid.detail.startsWith(QStringLiteral("invalid_parameter: ")));  // name as a string

    const FetchError noRoute = errorOf(TickerParsers::parseMarketTicker(fixtureFile(QStringLiteral("bithumb/v1-error-no-route.json")), bithumb(404)));
    EXPECT_EQ(noRoute.kind, FetchError::Kind::ApiError);
    EXPECT_EQ(noRoute.httpStatus, 404);
    EXPECT_EQ(noRoute.detail, QStringLiteral("not_found: No Route matched with those values"));

    ReplyContext upbit = bithumb(404);
    upbit.venue = QStringLiteral("upbit");
    EXPECT_EQ(errorOf(TickerParsers::parseMarketTicker(fixtureFile(QStringLiteral("upbit/v1-error-code-not-found.json")), upbit)).httpStatus, 404);
}

TEST(MarketTicker, MissingMarketIsAnError)
{
    ReplyContext context = bithumb();
    context.market = QStringLiteral("KRW-XRP");
    const FetchError error = errorOf(TickerParsers::parseMarketTicker(fixtureFile(QStringLiteral("bithumb/v1-ticker-krw-btc.json")), context));
    EXPECT_EQ(error.kind, FetchError::Kind::Malformed);
    EXPECT_TRUE(error.detail.contains(QStringLiteral("KRW-XRP")));
}

TEST(MarketTicker, BrokenBodies)
{
    EXPECT_EQ(errorOf(TickerParsers::parseMarketTicker(fixtureFile(QStringLiteral("errors/empty.json")), bithumb())).kind, FetchError::Kind::Empty);
    EXPECT_EQ(errorOf(TickerParsers::parseMarketTicker(fixtureFile(QStringLiteral("errors/truncated.json")), bithumb())).kind, FetchError::Kind::Malformed);
    const FetchError html = errorOf(TickerParsers::parseMarketTicker(fixtureFile(QStringLiteral("errors/cloudflare-502.html")), bithumb(502)));
    EXPECT_EQ(html.kind, FetchError::Kind::HttpStatus);
    EXPECT_EQ(html.httpStatus, 502);
    EXPECT_TRUE(html.detail.contains(QStringLiteral("502: Bad gateway"))) << html.detail.toStdString();
    EXPECT_EQ(errorOf(TickerParsers::parseMarketTicker("{\"market\":1}", bithumb())).kind, FetchError::Kind::Malformed);
    EXPECT_EQ(errorOf(TickerParsers::parseMarketTicker("[]", bithumb())).kind, FetchError::Kind::Malformed);
}

TEST(MarketTicker, AbsurdValuesAreRejected)
{
    // The fixture holds three tickers for one market: -1, 1e308 and "NaN". Each alone must fail.
    const QJsonArray all = QJsonDocument::fromJson(fixtureFile(QStringLiteral("errors/absurd-values.json"))).array();
    ASSERT_EQ(all.size(), 3);
    for (const QJsonValue &ticker : all) {
        const QByteArray body = QJsonDocument(QJsonArray{ticker}).toJson();
        EXPECT_EQ(errorOf(TickerParsers::parseMarketTicker(body, bithumb())).kind, FetchError::Kind::Absurd) << body.constData();
    }
    for (const char *body : {R"([{"market":"KRW-BTC","trade_price":0}])", R"([{"market":"KRW-BTC","trade_price":"abc"}])",
                             R"([{"market":"KRW-BTC","trade_price":null}])", R"([{"market":"KRW-BTC","trade_price":1e16}])"}) {
        EXPECT_EQ(errorOf(TickerParsers::parseMarketTicker(body, bithumb())).kind, FetchError::Kind::Absurd) << body;
    }
}

TEST(FuturesTickerPrice, ReadsTheStringPriceExactly)
{
    const Quote quote = quoteOf(TickerParsers::parseFuturesTickerPrice(fixtureFile(QStringLiteral("binance/fapi-ticker-price-btcusdt.json")), binance()));
    EXPECT_EQ(quote.price.toString(), QStringLiteral("89277.1"));
    EXPECT_EQ(quote.venue, QStringLiteral("binance"));
    EXPECT_EQ(quote.receivedAtMs, 2'000);
}

TEST(FuturesTickerPrice, Errors)
{
    const FetchError invalid = errorOf(TickerParsers::parseFuturesTickerPrice(fixtureFile(QStringLiteral("binance/fapi-error-invalid-symbol.json")), binance(400)));
    EXPECT_EQ(invalid.kind, FetchError::Kind::ApiError);
    EXPECT_EQ(invalid.detail, QStringLiteral("-1121: Invalid symbol."));
    const FetchError limited = errorOf(TickerParsers::parseFuturesTickerPrice(fixtureFile(QStringLiteral("binance/fapi-error-too-many-requests.json")), binance(429)));
    EXPECT_TRUE(limited.detail.startsWith(QStringLiteral("-1003: Too many requests")));
    const FetchError banned = errorOf(TickerParsers::parseFuturesTickerPrice(fixtureFile(QStringLiteral("binance/fapi-error-ip-banned.json")), binance(418)));
    EXPECT_TRUE(banned.detail.contains(QStringLiteral("IP banned until 1795600540000")));
    EXPECT_EQ(errorOf(TickerParsers::parseFuturesTickerPrice(fixtureFile(QStringLiteral("errors/cloudflare-502.html")), binance(502))).httpStatus, 502);
    EXPECT_EQ(errorOf(TickerParsers::parseFuturesTickerPrice(fixtureFile(QStringLiteral("errors/truncated.json")), binance())).kind, FetchError::Kind::Malformed);
    EXPECT_EQ(errorOf(TickerParsers::parseFuturesTickerPrice(fixtureFile(QStringLiteral("errors/empty.json")), binance())).kind, FetchError::Kind::Empty);
    EXPECT_EQ(errorOf(TickerParsers::parseFuturesTickerPrice(R"({"symbol":"ETHUSDT","price":"3000"})", binance())).kind, FetchError::Kind::Malformed);
    EXPECT_EQ(errorOf(TickerParsers::parseFuturesTickerPrice(R"({"symbol":"BTCUSDT","price":"NaN"})", binance())).kind, FetchError::Kind::Absurd);
    EXPECT_EQ(errorOf(TickerParsers::parseFuturesTickerPrice(R"({"symbol":"BTCUSDT","price":"-5"})", binance())).kind, FetchError::Kind::Absurd);
}

// The other Binance and Bithumb fixtures belong to later features (order books, funding, legacy
// API); they must at least never be mistaken for a ticker price.
TEST(TickerParsers, OtherEndpointsAreNotMistakenForTickers)
{
    for (const char *file : {"bithumb/v1-orderbook-krw-btc.json", "bithumb/public-ticker-btc-krw.json",
                             "bithumb/public-ticker-all-krw.json", "bithumb/public-orderbook-btc-krw.json",
                             "bithumb/public-error-5500.json", "bithumb/public-error-5600.json"}) {
        EXPECT_TRUE(std::holds_alternative<FetchError>(TickerParsers::parseMarketTicker(fixtureFile(QString::fromLatin1(file)), bithumb()))) << file;
    }
    for (const char *file : {"binance/fapi-bookticker-btcusdt.json", "binance/fapi-premiumindex-btcusdt.json",
                             "binance/fapi-exchangeinfo-ratelimits.json"}) {
        EXPECT_TRUE(std::holds_alternative<FetchError>(TickerParsers::parseFuturesTickerPrice(fixtureFile(QString::fromLatin1(file)), binance()))) << file;
    }
}

// Prices with more places than Decimal keeps: rounded correctly when that is exact enough, an
// Absurd error when rounding would make them another price.
TEST(TickerParsers, PlacesBeyondWhatDecimalKeeps)
{
    EXPECT_EQ(quoteOf(TickerParsers::parseFuturesTickerPrice(R"({"symbol":"BTCUSDT","price":"0.12345678901234567449"})",
                                                             binance()))
                  .price.toString(),
              QStringLiteral("0.123456789012345674"));
    for (const char *price : { R"("0.0000000000000000015")", R"("0.0000000000000000004")", "1.5e-18" }) {
        const QByteArray ticker = QByteArray(R"([{"market":"KRW-BTC","trade_price":)") + price + "}]";
        EXPECT_EQ(errorOf(TickerParsers::parseMarketTicker(ticker, bithumb())).kind, FetchError::Kind::Absurd) << price;
        const QByteArray futures = QByteArray(R"({"symbol":"BTCUSDT","price":)") + price + "}";
        EXPECT_EQ(errorOf(TickerParsers::parseFuturesTickerPrice(futures, binance())).kind, FetchError::Kind::Absurd)
            << price;
    }
}
