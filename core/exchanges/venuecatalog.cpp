#include "venuecatalog.h"

#include "fx/fxparsers.h"
#include "tickerparsers.h"

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
    return {QStringLiteral("dunamu"), QStringLiteral("open-er-api")};
}

QUrl defaultBaseUrl(const QString &venue)
{
    if (venue == u"bithumb")
        return QUrl(QStringLiteral("https://api.bithumb.com"));
    if (venue == u"upbit")
        return QUrl(QStringLiteral("https://api.upbit.com"));
    if (venue == u"binance")
        return QUrl(QStringLiteral("https://fapi.binance.com"));
    if (venue == u"dunamu")
        return QUrl(QStringLiteral("https://quotation-api-cdn.dunamu.com"));
    if (venue == u"open-er-api")
        return QUrl(QStringLiteral("https://open.er-api.com"));
    return QUrl();
}

std::optional<Endpoint> koreanSpot(const QString &venue, const QString &symbol, const QUrl &baseUrl)
{
    if (!koreanSpotVenues().contains(venue))
        return std::nullopt;
    Endpoint endpoint;
    endpoint.venue = venue;
    endpoint.symbol = symbol.toUpper();
    endpoint.market = QStringLiteral("KRW-") + endpoint.symbol;
    endpoint.baseUrl = baseUrl;
    endpoint.path = QStringLiteral("/v1/ticker");
    endpoint.query.addQueryItem(QStringLiteral("markets"), endpoint.market);
    endpoint.parser = &TickerParsers::parseMarketTicker;
    return endpoint;
}

std::optional<Endpoint> foreignPerp(const QString &venue, const QString &symbol, const QUrl &baseUrl)
{
    if (!foreignPerpVenues().contains(venue))
        return std::nullopt;
    Endpoint endpoint;
    endpoint.venue = venue;
    endpoint.symbol = symbol.toUpper();
    endpoint.market = endpoint.symbol + QStringLiteral("USDT");
    endpoint.baseUrl = baseUrl;
    endpoint.path = QStringLiteral("/fapi/v2/ticker/price");
    endpoint.query.addQueryItem(QStringLiteral("symbol"), endpoint.market);
    endpoint.parser = &TickerParsers::parseFuturesTickerPrice;
    return endpoint;
}

std::optional<Endpoint> usdKrw(const QString &source, const QUrl &baseUrl)
{
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
    return std::nullopt;
}

} // namespace VenueCatalog
