#pragma once

#include "market/quoteresult.h"

#include <QByteArray>

// Pure parsers for USD/KRW sources. The quote's price is KRW per one unit of the base currency.
namespace FxParsers {

// Dunamu `forex/recent`: an array; `basePrice` is KRW per `currencyUnit` units (JPY quotes per
// 100 yen), so the price is basePrice / currencyUnit. `market` is the code, e.g. "FRX.KRWUSD".
QuoteResult parseDunamuRecent(const QByteArray &body, const ReplyContext &context);

// open.er-api `latest/USD`: {"result":"success","rates":{"KRW":1419.87,...}}. `market` is the
// quote currency, e.g. "KRW".
QuoteResult parseOpenErApiLatest(const QByteArray &body, const ReplyContext &context);

} // namespace FxParsers
