#pragma once

#include "fixtureserver.h"
#include "marketfixtures.h"
#include "recordedrequest.h"

#include <QUrl>
#include <QUrlQuery>

// Loopback servers that play the venues with the fixtures of one consistent moment (BTC at a
// premium of 1.28 % on the seed basis on Bithumb against Binance; every coin of
// tests/data/expected-premiums.md on every venue).

// A path that answers the single-symbol file when the request names a symbol and the all-symbol
// file when it does not (Binance's bookTicker and premiumIndex take both forms).
inline void serveBySymbol(FixtureServer &server, const QString &path, const QString &single, const QString &all)
{
    server.setRouteHandler(path, [single, all](const RecordedRequest &request) {
        const bool named = QUrlQuery(request.query).hasQueryItem(QStringLiteral("symbol"));
        return FixtureResponse::fromFile(named ? single : all);
    });
}

// Every venue's "many coins" fixtures and the FX sources on one server, plus the single-symbol
// forms of Binance's book and premium index, for whatever asks one symbol.
inline void serveAllVenues(FixtureServer &server)
{
    MarketFixtures::serveAll(server);
    serveBySymbol(server, QStringLiteral("/fapi/v1/ticker/bookTicker"), QStringLiteral("binance/fapi-bookticker-btcusdt.json"),
                  QStringLiteral("binance/fapi-v1-bookticker-all.json"));
    serveBySymbol(server, QStringLiteral("/fapi/v1/premiumIndex"), QStringLiteral("binance/fapi-premiumindex-btcusdt.json"),
                  QStringLiteral("binance/fapi-v1-premiumindex-all.json"));
    server.setRoute(QStringLiteral("/fapi/v2/ticker/price"), FixtureResponse::fromFile(QStringLiteral("binance/fapi-ticker-price-btcusdt.json")));
    server.setRoute(QStringLiteral("/v1/forex/recent"), FixtureResponse::fromFile(QStringLiteral("fx/dunamu-forex-recent-usd.json")));
    server.setRoute(QStringLiteral("/v6/latest/USD"), FixtureResponse::fromFile(QStringLiteral("fx/open-er-api-latest-usd.json")));
}

// Upbit alone, for tests where it stands in for a Bithumb that is down.
inline void serveUpbit(FixtureServer &server)
{
    MarketFixtures::serve(server, QStringLiteral("upbit"));
}
