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

// exchangerate-api v6 `pair/USD/KRW` (keyed): {"result":"success","target_code":"KRW",
// "conversion_rate":1419.8712}. Errors are {"result":"error","error-type":...}; "quota-reached"
// is a rate limit, the rest (invalid-key, inactive-account, ...) API errors. `market` is the
// quote currency.
QuoteResult parseExchangeRateApiPair(const QByteArray &body, const ReplyContext &context);

// Korea Eximbank `exchangeJSON` (keyed): an array of {"result":1,"cur_unit":"USD",
// "deal_bas_r":"1,432.6"} with thousands commas and units such as "JPY(100)" (the rate is per
// 100 yen). An empty array is the normal answer before publication (about 11:00 KST) and on
// holidays: NoData, not an error. `result` 3 is a bad key, 4 the daily limit. `market` is the
// currency code, e.g. "USD".
QuoteResult parseKoreaEximDaily(const QByteArray &body, const ReplyContext &context);

} // namespace FxParsers
