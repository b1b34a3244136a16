#pragma once

#include "market/quoteresult.h"

#include <QByteArray>

// Pure parsers for a perpetual's funding terms.
namespace FundingParsers {

// Binance USDⓈ-M `premiumIndex`: {"symbol","markPrice","lastFundingRate","nextFundingTime",
// "time"}, numbers as strings. The quote's price is the mark price and `funding` holds the rate
// that applies at nextFundingTime.
QuoteResult parseFuturesPremiumIndex(const QByteArray &body, const ReplyContext &context);

} // namespace FundingParsers
