#pragma once

#include "market/decimal.h"

// The three prices a hedged pair trades at: the Korean spot price (KRW), the foreign perpetual's
// price (USDT) and KRW per USD. For an entry these are the Korean ask and the perp bid; for an
// exit the Korean bid and the perp ask.
struct LegPrices
{
    Decimal korea;
    Decimal foreign;
    Decimal fx;

    bool operator==(const LegPrices &other) const = default;
};
