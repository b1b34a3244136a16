#pragma once

#include "fixtureserver.h"
#include "recordedrequest.h"

#include <QUrl>
#include <QUrlQuery>

// Loopback servers that play the venues with the fixtures of one consistent moment (BTC at a
// premium of 1.28 % on the seed basis on Bithumb against Binance; every coin of
// tests/data/expected-premiums.md on every venue).
//
// Upbit shares Bithumb's paths (/v1/market/all, /v1/orderbook), so it needs a server of its own:
// serveUpbit().

// A path that answers the single-symbol file when the request names a symbol and the all-symbol
// file when it does not (Binance's bookTicker and premiumIndex take both forms).
inline void serveBySymbol(FixtureServer &server, const QString &path, const QString &single, const QString &all)
{
    server.setRouteHandler(path, [single, all](const RecordedRequest &request) {
        const bool named = QUrlQuery(request.query).hasQueryItem(QStringLiteral("symbol"));
        return FixtureResponse::fromFile(named ? single : all);
    });
}

// Bithumb, Coinone, Binance, OKX, Bybit and the FX sources on one server.
inline void serveAllVenues(FixtureServer &server)
{
    const auto route = [&server](const char *path, const char *file) {
        server.setRoute(QString::fromLatin1(path), FixtureResponse::fromFile(QString::fromLatin1(file)));
    };
    route("/v1/market/all", "bithumb/v1-market-all.json");
    route("/v1/ticker", "bithumb/v1-ticker-many.json");
    route("/v1/orderbook", "bithumb/v1-orderbook-many.json");
    route("/public/assetsstatus/multichain/ALL", "bithumb/public-assetsstatus-multichain-all.json");

    route("/public/v2/ticker_new/KRW", "coinone/public-v2-ticker-new-krw.json");
    route("/public/v2/currencies", "coinone/public-v2-currencies.json");

    route("/fapi/v1/exchangeInfo", "binance/fapi-v1-exchangeinfo-many.json");
    route("/fapi/v1/ticker/price", "binance/fapi-v1-ticker-price-all.json");
    route("/fapi/v2/ticker/price", "binance/fapi-ticker-price-btcusdt.json");
    route("/fapi/v1/ticker/24hr", "binance/fapi-v1-ticker-24hr-all.json");
    serveBySymbol(server, QStringLiteral("/fapi/v1/ticker/bookTicker"), QStringLiteral("binance/fapi-bookticker-btcusdt.json"),
                  QStringLiteral("binance/fapi-v1-bookticker-all.json"));
    serveBySymbol(server, QStringLiteral("/fapi/v1/premiumIndex"), QStringLiteral("binance/fapi-premiumindex-btcusdt.json"),
                  QStringLiteral("binance/fapi-v1-premiumindex-all.json"));

    route("/api/v5/public/instruments", "okx/api-v5-public-instruments-swap.json");
    route("/api/v5/market/tickers", "okx/api-v5-market-tickers-swap.json");
    route("/api/v5/public/funding-rate", "okx/api-v5-public-funding-rate-any.json");
    route("/api/v5/public/mark-price", "okx/api-v5-public-mark-price-swap.json");

    route("/v5/market/instruments-info", "bybit/v5-market-instruments-info-linear.json");
    route("/v5/market/tickers", "bybit/v5-market-tickers-linear.json");

    route("/v1/forex/recent", "fx/dunamu-forex-recent-usd.json");
    route("/v6/latest/USD", "fx/open-er-api-latest-usd.json");
}

inline void serveUpbit(FixtureServer &server)
{
    server.setRoute(QStringLiteral("/v1/market/all"), FixtureResponse::fromFile(QStringLiteral("upbit/v1-market-all-details.json")));
    server.setRoute(QStringLiteral("/v1/ticker/all"), FixtureResponse::fromFile(QStringLiteral("upbit/v1-ticker-all-krw.json")));
    server.setRoute(QStringLiteral("/v1/ticker"), FixtureResponse::fromFile(QStringLiteral("upbit/v1-ticker-krw-btc.json")));
    server.setRoute(QStringLiteral("/v1/orderbook"), FixtureResponse::fromFile(QStringLiteral("upbit/v1-orderbook-many.json")));
}
