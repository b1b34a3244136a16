#pragma once

#include "endpoint.h"

#include <QStringList>

#include <optional>

// What we know about each venue's public API: its default address, the path of its ticker and the
// parser for its format. Venues and symbols are arguments, so a new coin or exchange is a new row
// here, not a new class.
namespace VenueCatalog {

QStringList koreanSpotVenues();   // "bithumb", "upbit"
QStringList foreignPerpVenues();  // "binance"
QStringList fxSources();          // "dunamu", "open-er-api", "exchangerate-api", "koreaexim"
// Sources that answer only with the user's API key (from the keychain).
bool needsKey(const QString &source);

QUrl defaultBaseUrl(const QString &venue);

// The spot ticker of `symbol` in KRW, e.g. ("bithumb", "BTC") -> GET /v1/ticker?markets=KRW-BTC.
std::optional<Endpoint> koreanSpot(const QString &venue, const QString &symbol, const QUrl &baseUrl);
// The USDT-margined perpetual of `symbol`, e.g. ("binance", "BTC") -> /fapi/v2/ticker/price?symbol=BTCUSDT.
std::optional<Endpoint> foreignPerp(const QString &venue, const QString &symbol, const QUrl &baseUrl);
// The top of the spot order book, e.g. ("bithumb", "BTC") -> GET /v1/orderbook?markets=KRW-BTC.
std::optional<Endpoint> koreanSpotBook(const QString &venue, const QString &symbol, const QUrl &baseUrl);
// The perpetual's best bid and ask, e.g. ("binance", "BTC") -> /fapi/v1/ticker/bookTicker?symbol=BTCUSDT.
std::optional<Endpoint> foreignPerpBook(const QString &venue, const QString &symbol, const QUrl &baseUrl);
// The perpetual's mark price and funding, e.g. ("binance", "BTC") -> /fapi/v1/premiumIndex?symbol=BTCUSDT.
std::optional<Endpoint> foreignPerpFunding(const QString &venue, const QString &symbol, const QUrl &baseUrl);
// Where a venue publishes its own request limits (Binance: /fapi/v1/exchangeInfo), if it does.
std::optional<QUrl> publishedLimits(const QString &venue, const QUrl &baseUrl);

// KRW per one US dollar from an FX source.
// A keyed source without a key yields nullopt.
std::optional<Endpoint> usdKrw(const QString &source, const QUrl &baseUrl, const QString &key = QString());

} // namespace VenueCatalog
