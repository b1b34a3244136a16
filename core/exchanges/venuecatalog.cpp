#include "venuecatalog.h"

#include "fundingparsers.h"
#include "fx/fxparsers.h"
#include "orderbookparsers.h"
#include "tickerparsers.h"

#include "venues/venuedirectory.h"

namespace {

// One market of a venue asked by the query parameter `queryKey`.
Endpoint marketEndpoint(const QString &venue, const QString &symbol, const QString &market, const QUrl &baseUrl,
                        const QString &path, const QString &queryKey, QuoteParser parser)
{
    Endpoint endpoint;
    endpoint.venue = venue;
    endpoint.symbol = symbol;
    endpoint.market = market;
    endpoint.baseUrl = baseUrl;
    endpoint.path = path;
    endpoint.query.addQueryItem(queryKey, market);
    endpoint.parser = std::move(parser);
    return endpoint;
}

// Bithumb's current API and Upbit share paths and formats: ?markets=KRW-BTC.
std::optional<Endpoint> koreanEndpoint(const QString &venue, const QString &symbol, const QUrl &baseUrl,
                                       const QString &path, QuoteParser parser)
{
    if (!VenueCatalog::koreanSpotVenues().contains(venue))
        return std::nullopt;
    const QString upper = symbol.toUpper();
    return marketEndpoint(venue, upper, QStringLiteral("KRW-") + upper, baseUrl, path, QStringLiteral("markets"), std::move(parser));
}

// Binance USDⓈ-M: ?symbol=BTCUSDT.
std::optional<Endpoint> foreignEndpoint(const QString &venue, const QString &symbol, const QUrl &baseUrl,
                                        const QString &path, QuoteParser parser)
{
    if (!VenueCatalog::foreignPerpVenues().contains(venue))
        return std::nullopt;
    const QString upper = symbol.toUpper();
    return marketEndpoint(venue, upper, upper + QStringLiteral("USDT"), baseUrl, path, QStringLiteral("symbol"), std::move(parser));
}

} // namespace

namespace VenueCatalog {

QStringList koreanSpotVenues()
{
    return {QStringLiteral("bithumb"), QStringLiteral("upbit")};
}

QStringList foreignPerpVenues()
{
    return {QStringLiteral("binance")};
}

QStringList fxSources()
{
    return {QStringLiteral("dunamu"), QStringLiteral("open-er-api"), QStringLiteral("exchangerate-api"), QStringLiteral("koreaexim")};
}

bool needsKey(const QString &source)
{
    return source == u"exchangerate-api" || source == u"koreaexim";
}

QUrl defaultBaseUrl(const QString &venue)
{
    if (const VenueAdapter *adapter = VenueDirectory::standard().find(venue))
        return adapter->defaultBaseUrl();
    if (venue == u"dunamu")
        return QUrl(QStringLiteral("https://quotation-api-cdn.dunamu.com"));
    if (venue == u"open-er-api")
        return QUrl(QStringLiteral("https://open.er-api.com"));
    if (venue == u"exchangerate-api")
        return QUrl(QStringLiteral("https://v6.exchangerate-api.com"));
    if (venue == u"koreaexim")
        return QUrl(QStringLiteral("https://oapi.koreaexim.go.kr"));
    return QUrl();
}

std::optional<Endpoint> koreanSpot(const QString &venue, const QString &symbol, const QUrl &baseUrl)
{
    return koreanEndpoint(venue, symbol, baseUrl, QStringLiteral("/v1/ticker"), &TickerParsers::parseMarketTicker);
}

std::optional<Endpoint> koreanSpotBook(const QString &venue, const QString &symbol, const QUrl &baseUrl)
{
    return koreanEndpoint(venue, symbol, baseUrl, QStringLiteral("/v1/orderbook"), &OrderBookParsers::parseMarketOrderbook);
}

std::optional<Endpoint> foreignPerp(const QString &venue, const QString &symbol, const QUrl &baseUrl)
{
    return foreignEndpoint(venue, symbol, baseUrl, QStringLiteral("/fapi/v2/ticker/price"), &TickerParsers::parseFuturesTickerPrice);
}

std::optional<Endpoint> foreignPerpBook(const QString &venue, const QString &symbol, const QUrl &baseUrl)
{
    auto endpoint = foreignEndpoint(venue, symbol, baseUrl, QStringLiteral("/fapi/v1/ticker/bookTicker"), &OrderBookParsers::parseFuturesBookTicker);
    if (endpoint)
        endpoint->weight = 2;  // Binance: 2 for one symbol
    return endpoint;
}

std::optional<Endpoint> foreignPerpFunding(const QString &venue, const QString &symbol, const QUrl &baseUrl)
{
    return foreignEndpoint(venue, symbol, baseUrl, QStringLiteral("/fapi/v1/premiumIndex"), &FundingParsers::parseFuturesPremiumIndex);
}

std::optional<QUrl> publishedLimits(const QString &venue, const QUrl &baseUrl)
{
    if (venue != u"binance")
        return std::nullopt;
    QUrl url = baseUrl;
    url.setPath(QStringLiteral("/fapi/v1/exchangeInfo"));
    return url;
}

std::optional<Endpoint> usdKrw(const QString &source, const QUrl &baseUrl, const QString &key)
{
    if (needsKey(source) && key.isEmpty())
        return std::nullopt;
    Endpoint endpoint;
    endpoint.venue = source;
    endpoint.symbol = QStringLiteral("USD/KRW");
    endpoint.baseUrl = baseUrl;
    if (source == u"dunamu") {
        endpoint.market = QStringLiteral("FRX.KRWUSD");
        endpoint.path = QStringLiteral("/v1/forex/recent");
        endpoint.query.addQueryItem(QStringLiteral("codes"), endpoint.market);
        endpoint.parser = &FxParsers::parseDunamuRecent;
        return endpoint;
    }
    if (source == u"open-er-api") {
        endpoint.market = QStringLiteral("KRW");
        endpoint.path = QStringLiteral("/v6/latest/USD");
        endpoint.parser = &FxParsers::parseOpenErApiLatest;
        return endpoint;
    }
    if (source == u"exchangerate-api") {
        // The key is part of the path: every log of this URL goes through LogMasker.
        endpoint.market = QStringLiteral("KRW");
        endpoint.path = QStringLiteral("/v6/") + key + QStringLiteral("/pair/USD/KRW");
        endpoint.parser = &FxParsers::parseExchangeRateApiPair;
        return endpoint;
    }
    if (source == u"koreaexim") {
        endpoint.market = QStringLiteral("USD");
        endpoint.path = QStringLiteral("/site/program/financial/exchangeJSON");
        endpoint.query.addQueryItem(QStringLiteral("authkey"), key);
        endpoint.query.addQueryItem(QStringLiteral("data"), QStringLiteral("AP01"));
        endpoint.parser = &FxParsers::parseKoreaEximDaily;
        return endpoint;
    }
    return std::nullopt;
}

} // namespace VenueCatalog
