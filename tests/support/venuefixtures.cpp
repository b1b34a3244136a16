#include "venuefixtures.h"

namespace {

struct Row
{
    const char *venue;
    const char *path;
    const char *file;
    const char *rowsAt; // '/'-separated
    const char *keyField;
    const char *btcKey;
};

// Upbit answers /v1/ticker?markets= and /v1/ticker/all with the same rows.
const Row rows[] = {
    { "bithumb", "/v1/market/all", "bithumb/v1-market-all.json", "", "market", "KRW-BTC" },
    { "bithumb", "/v1/ticker", "bithumb/v1-ticker-many.json", "", "market", "KRW-BTC" },
    { "bithumb", "/v1/orderbook", "bithumb/v1-orderbook-many.json", "", "market", "KRW-BTC" },
    { "bithumb", "/public/assetsstatus/multichain/ALL", "bithumb/public-assetsstatus-multichain-all.json", "data",
      "currency", "BTC" },
    { "upbit", "/v1/market/all", "upbit/v1-market-all-details.json", "", "market", "KRW-BTC" },
    { "upbit", "/v1/ticker/all", "upbit/v1-ticker-all-krw.json", "", "market", "KRW-BTC" },
    { "upbit", "/v1/ticker", "upbit/v1-ticker-all-krw.json", "", "market", "KRW-BTC" },
    { "upbit", "/v1/orderbook", "upbit/v1-orderbook-many.json", "", "market", "KRW-BTC" },
    { "coinone", "/public/v2/ticker_new/KRW", "coinone/public-v2-ticker-new-krw.json", "tickers", "target_currency",
      "btc" },
    { "coinone", "/public/v2/currencies", "coinone/public-v2-currencies.json", "currencies", "symbol", "BTC" },
    { "binance", "/fapi/v1/exchangeInfo", "binance/fapi-v1-exchangeinfo-many.json", "symbols", "symbol", "BTCUSDT" },
    { "binance", "/fapi/v1/ticker/bookTicker", "binance/fapi-v1-bookticker-all.json", "", "symbol", "BTCUSDT" },
    { "binance", "/fapi/v1/premiumIndex", "binance/fapi-v1-premiumindex-all.json", "", "symbol", "BTCUSDT" },
    { "binance", "/fapi/v1/ticker/24hr", "binance/fapi-v1-ticker-24hr-all.json", "", "symbol", "BTCUSDT" },
    { "binance", "/fapi/v1/ticker/price", "binance/fapi-v1-ticker-price-all.json", "", "symbol", "BTCUSDT" },
    { "okx", "/api/v5/public/instruments", "okx/api-v5-public-instruments-swap.json", "data", "instId",
      "BTC-USDT-SWAP" },
    { "okx", "/api/v5/market/tickers", "okx/api-v5-market-tickers-swap.json", "data", "instId", "BTC-USDT-SWAP" },
    { "okx", "/api/v5/public/funding-rate", "okx/api-v5-public-funding-rate-any.json", "data", "instId",
      "BTC-USDT-SWAP" },
    { "okx", "/api/v5/public/mark-price", "okx/api-v5-public-mark-price-swap.json", "data", "instId", "BTC-USDT-SWAP" },
    { "bybit", "/v5/market/instruments-info", "bybit/v5-market-instruments-info-linear.json", "result/list", "symbol",
      "BTCUSDT" },
    { "bybit", "/v5/market/tickers", "bybit/v5-market-tickers-linear.json", "result/list", "symbol", "BTCUSDT" },
};

} // namespace

const QList<VenueFixture> &VenueFixtures::all()
{
    static const QList<VenueFixture> fixtures = [] {
        QList<VenueFixture> list;
        for (const Row &row : rows) {
            list.append({ QString::fromLatin1(row.venue), QString::fromLatin1(row.path), QString::fromLatin1(row.file),
                          QString::fromLatin1(row.rowsAt).split(QLatin1Char('/'), Qt::SkipEmptyParts),
                          QString::fromLatin1(row.keyField), QString::fromLatin1(row.btcKey) });
        }
        return list;
    }();
    return fixtures;
}

QString VenueFixtures::file(const QString &venue, const QString &path)
{
    for (const VenueFixture &fixture : all()) {
        if (fixture.venue == venue && fixture.path == path)
            return fixture.file;
    }
    return {};
}
