#pragma once

#include <QString>

// One limit a venue publishes, e.g. Binance's {"rateLimitType":"REQUEST_WEIGHT","interval":"MINUTE",
// "intervalNum":1,"limit":2400}.
struct RateLimit
{
    QString type; // "REQUEST_WEIGHT", "ORDERS", "RAW_REQUESTS"
    qint64 intervalMs = 0;
    int limit = 0;
};
