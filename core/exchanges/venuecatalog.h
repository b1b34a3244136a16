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
QStringList fxSources();          // "dunamu", "open-er-api"

QUrl defaultBaseUrl(const QString &venue);

// The spot ticker of `symbol` in KRW, e.g. ("bithumb", "BTC") -> GET /v1/ticker?markets=KRW-BTC.
std::optional<Endpoint> koreanSpot(const QString &venue, const QString &symbol, const QUrl &baseUrl);
// The USDT-margined perpetual of `symbol`, e.g. ("binance", "BTC") -> /fapi/v2/ticker/price?symbol=BTCUSDT.
std::optional<Endpoint> foreignPerp(const QString &venue, const QString &symbol, const QUrl &baseUrl);
// KRW per one US dollar from an FX source.
std::optional<Endpoint> usdKrw(const QString &source, const QUrl &baseUrl);

} // namespace VenueCatalog
