#pragma once

#include "market/quoteresult.h"

#include <QByteArray>

// Pure parsers for exchange ticker replies: bytes and status in, a quote or a typed error out.
namespace TickerParsers {

// The "market ticker" format shared by Bithumb's current API and Upbit: a bare array of objects,
// `market` "KRW-BTC", `trade_price` a JSON number, `acc_trade_volume_24h` the day's volume.
// Errors come as {"error":{"name","message"}} (with HTTP 200 on Bithumb, 404 on Upbit) or, for
// unknown paths, {"name","message"}.
QuoteResult parseMarketTicker(const QByteArray &body, const ReplyContext &context);

// Binance USDⓈ-M `ticker/price`: {"symbol","price":"89277.10","time"}; errors {"code","msg"}.
QuoteResult parseFuturesTickerPrice(const QByteArray &body, const ReplyContext &context);

} // namespace TickerParsers
