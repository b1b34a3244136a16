#pragma once

#include "exchanges/endpoint.h"
#include "exchanges/tickerparsers.h"

#include <QUrl>

// Single-symbol endpoints of two venues, built by hand for the tests of the polling machinery
// (cadence, backoff, bans, masking): the app itself asks the venues through their adapters.
inline Endpoint singleSymbolEndpoint(const QString &venue, const QString &market, const QUrl &baseUrl,
                                     const QString &path, const QString &queryKey, QuoteParser parser)
{
    Endpoint endpoint;
    endpoint.venue = venue;
    endpoint.symbol = QStringLiteral("BTC");
    endpoint.market = market;
    endpoint.baseUrl = baseUrl;
    endpoint.path = path;
    endpoint.query.addQueryItem(queryKey, market);
    endpoint.parser = std::move(parser);
    return endpoint;
}

// Bithumb's BTC ticker: GET /v1/ticker?markets=KRW-BTC.
inline Endpoint bithumbBtcTicker(const QUrl &baseUrl)
{
    return singleSymbolEndpoint(QStringLiteral("bithumb"), QStringLiteral("KRW-BTC"), baseUrl,
                                QStringLiteral("/v1/ticker"), QStringLiteral("markets"),
                                &TickerParsers::parseMarketTicker);
}

// Binance's BTC perpetual price: GET /fapi/v2/ticker/price?symbol=BTCUSDT.
inline Endpoint binanceBtcPerpPrice(const QUrl &baseUrl)
{
    return singleSymbolEndpoint(QStringLiteral("binance"), QStringLiteral("BTCUSDT"), baseUrl,
                                QStringLiteral("/fapi/v2/ticker/price"), QStringLiteral("symbol"),
                                &TickerParsers::parseFuturesTickerPrice);
}

// Where Binance publishes its request limits: /fapi/v1/exchangeInfo.
inline QUrl binanceLimitsUrl(const QUrl &baseUrl)
{
    QUrl url = baseUrl;
    url.setPath(QStringLiteral("/fapi/v1/exchangeInfo"));
    return url;
}
