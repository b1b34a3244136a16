#pragma once

#include "decimal.h"

// The best level on each side of an order book: what a market order would trade at now. Levels
// that a venue lists with size zero are not liquidity and never become the top.
struct BookTop
{
    Decimal bid;
    Decimal bidSize;
    Decimal ask;
    Decimal askSize;
};
