#pragma once

#include "fetcherror.h"
#include "quote.h"

#include <variant>

// What a parser makes of a reply: a quote or the reason there is none.
using QuoteResult = std::variant<Quote, FetchError>;

// The request context a parser needs besides the bytes.
struct ReplyContext
{
    QString venue;
    QString market;  // the venue's market code, e.g. "KRW-BTC", "BTCUSDT", "FRX.KRWUSD"
    QString symbol;  // our symbol, e.g. "BTC", "USD/KRW"
    int httpStatus = 200;
    qint64 receivedAtMs = 0;
};
