#pragma once

#include "market/decimal.h"

// Fee rates of the two legs as fractions of the traded value (0.0004 = 0.04 %).
struct FeeRates
{
    Decimal korea;
    Decimal foreign;

    // Bithumb's standard spot fee and Binance USDⓈ-M's taker fee.
    static FeeRates standard() { return FeeRates{Decimal::fromParts(4, 4), Decimal::fromParts(5, 4)}; }
    bool operator==(const FeeRates &other) const = default;
};
