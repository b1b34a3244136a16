#pragma once

#include "fixtureserver.h"

#include <QUrl>

// One loopback server that plays every venue the live feed asks, with the fixtures of one
// consistent moment (premium 1.28 % on the seed basis).
inline void serveAllVenues(FixtureServer &server)
{
    server.setRoute(QStringLiteral("/v1/ticker"), FixtureResponse::fromFile(QStringLiteral("bithumb/v1-ticker-krw-btc.json")));
    server.setRoute(QStringLiteral("/fapi/v2/ticker/price"), FixtureResponse::fromFile(QStringLiteral("binance/fapi-ticker-price-btcusdt.json")));
    server.setRoute(QStringLiteral("/v1/forex/recent"), FixtureResponse::fromFile(QStringLiteral("fx/dunamu-forex-recent-usd.json")));
    server.setRoute(QStringLiteral("/v6/latest/USD"), FixtureResponse::fromFile(QStringLiteral("fx/open-er-api-latest-usd.json")));
    // Binance's published limits, read once at start.
    server.setRoute(QStringLiteral("/fapi/v1/exchangeInfo"), FixtureResponse::fromFile(QStringLiteral("binance/fapi-exchangeinfo-ratelimits.json")));
    // Order books and funding, for positions.
    server.setRoute(QStringLiteral("/v1/orderbook"), FixtureResponse::fromFile(QStringLiteral("bithumb/v1-orderbook-krw-btc.json")));
    server.setRoute(QStringLiteral("/fapi/v1/ticker/bookTicker"), FixtureResponse::fromFile(QStringLiteral("binance/fapi-bookticker-btcusdt.json")));
    server.setRoute(QStringLiteral("/fapi/v1/premiumIndex"), FixtureResponse::fromFile(QStringLiteral("binance/fapi-premiumindex-btcusdt.json")));
}
