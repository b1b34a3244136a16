#include "venuecatalog.h"

#include "fx/fxparsers.h"

#include "venues/venuedirectory.h"

namespace VenueCatalog {

QStringList fxSources()
{
    return { QStringLiteral("dunamu"), QStringLiteral("open-er-api"), QStringLiteral("exchangerate-api"),
             QStringLiteral("koreaexim") };
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
