#include "marketfixtures.h"

#include "fixtureserver.h"

#include <QHash>
#include <QUrlQuery>

namespace MarketFixtures {

namespace {

struct Row
{
    const char *venue;
    const char *path;
    const char *file;
    const char *queryKey;
};

// The order of the rows is the order of the venues; the first venue of a shared path answers a
// request that carries none of the path's query keys.
constexpr Row Rows[] = {
    { "bithumb", "/v1/market/all", "bithumb/v1-market-all.json", "isDetails" },
    { "bithumb", "/v1/ticker", "bithumb/v1-ticker-many.json", "" },
    { "bithumb", "/v1/orderbook", "bithumb/v1-orderbook-many.json", "" },
    { "bithumb", "/public/assetsstatus/multichain/ALL", "bithumb/public-assetsstatus-multichain-all.json", "" },
    { "upbit", "/v1/market/all", "upbit/v1-market-all-details.json", "is_details" },
    { "upbit", "/v1/ticker/all", "upbit/v1-ticker-all-krw.json", "" },
    { "upbit", "/v1/orderbook", "upbit/v1-orderbook-many.json", "count" },
    { "coinone", "/public/v2/ticker_new/KRW", "coinone/public-v2-ticker-new-krw.json", "" },
    { "coinone", "/public/v2/currencies", "coinone/public-v2-currencies.json", "" },
    { "binance", "/fapi/v1/exchangeInfo", "binance/fapi-v1-exchangeinfo-many.json", "" },
    { "binance", "/fapi/v1/ticker/bookTicker", "binance/fapi-v1-bookticker-all.json", "" },
    { "binance", "/fapi/v1/premiumIndex", "binance/fapi-v1-premiumindex-all.json", "" },
    { "binance", "/fapi/v1/ticker/price", "binance/fapi-v1-ticker-price-all.json", "" },
    { "binance", "/fapi/v1/ticker/24hr", "binance/fapi-v1-ticker-24hr-all.json", "" },
    { "okx", "/api/v5/public/instruments", "okx/api-v5-public-instruments-swap.json", "" },
    { "okx", "/api/v5/market/tickers", "okx/api-v5-market-tickers-swap.json", "" },
    { "okx", "/api/v5/public/funding-rate", "okx/api-v5-public-funding-rate-any.json", "" },
    { "okx", "/api/v5/public/mark-price", "okx/api-v5-public-mark-price-swap.json", "" },
    { "bybit", "/v5/market/instruments-info", "bybit/v5-market-instruments-info-linear.json", "" },
    { "bybit", "/v5/market/tickers", "bybit/v5-market-tickers-linear.json", "" },
};

QList<Route> allRoutes()
{
    QList<Route> result;
    for (const Row &row : Rows) {
        result.append(Route { QString::fromLatin1(row.venue), QString::fromLatin1(row.path),
                              QString::fromLatin1(row.file), QString::fromLatin1(row.queryKey) });
    }
    return result;
}

} // namespace

QStringList venues()
{
    QStringList result;
    for (const Route &route : allRoutes()) {
        if (!result.contains(route.venue))
            result.append(route.venue);
    }
    return result;
}

QList<Route> routes(const QString &venue)
{
    QList<Route> result;
    for (const Route &route : allRoutes()) {
        if (route.venue == venue)
            result.append(route);
    }
    return result;
}

void serve(FixtureServer &server, const QString &venue)
{
    for (const Route &route : routes(venue))
        server.setRoute(route.path, FixtureResponse::fromFile(route.file));
}

void serveAll(FixtureServer &server, int delayMs)
{
    QHash<QString, QList<Route>> byPath;
    QStringList paths;
    for (const Route &route : allRoutes()) {
        if (!byPath.contains(route.path))
            paths.append(route.path);
        byPath[route.path].append(route);
    }
    for (const QString &path : std::as_const(paths)) {
        QList<std::pair<QString, FixtureResponse>> answers;
        for (const Route &route : byPath.value(path)) {
            FixtureResponse response = FixtureResponse::fromFile(route.file);
            response.delayMs = delayMs;
            answers.append({ route.queryKey, response });
        }
        if (answers.size() == 1) {
            server.setRoute(path, answers.constFirst().second);
            continue;
        }
        server.setRouteHandler(path, [answers](const RecordedRequest &request) {
            const QUrlQuery query(request.query);
            for (const auto &[key, response] : answers) {
                if (!key.isEmpty() && query.hasQueryItem(key))
                    return response;
            }
            return answers.constFirst().second;
        });
    }
}

} // namespace MarketFixtures
