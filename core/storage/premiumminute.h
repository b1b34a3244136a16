#pragma once

#include "historykey.h"

#include "market/decimal.h"

// One minute of one premium series, as kept in `premium_minute`: the open, high, low and close of
// the precise rate (integers of 10^-8 percent, as HistoryRepository stores rates), the inputs of
// the minute's last sample, and how many samples (and stale ones) it summarises.
struct PremiumMinute
{
    HistoryKey key;
    qint64 minuteStart = 0;
    qint64 rateOpen = 0;
    qint64 rateHigh = 0;
    qint64 rateLow = 0;
    qint64 rateClose = 0;
    Decimal koreaPrice;
    Decimal foreignPrice;
    Decimal fx;
    int samples = 0;
    int staleSamples = 0;
    qint64 firstObservedAtMs = 0;
    qint64 lastObservedAtMs = 0;
};
