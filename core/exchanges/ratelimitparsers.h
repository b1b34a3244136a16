#pragma once

#include "market/fetcherror.h"
#include "ratelimit.h"

#include <QByteArray>
#include <QList>

#include <variant>

// Pure parsers for the limits venues publish about themselves.
namespace RateLimitParsers {

// Binance `exchangeInfo` (spot and futures): the `rateLimits` array. Entries with an unknown
// interval or a non-positive limit are skipped; no usable entry at all is an error.
std::variant<QList<RateLimit>, FetchError> parseBinanceExchangeInfo(const QByteArray &body, int httpStatus);

// The request-weight limit among `limits`, if there is one.
std::optional<RateLimit> requestWeight(const QList<RateLimit> &limits);

} // namespace RateLimitParsers
