#pragma once

#include "positionpnl.h"

#include <optional>

// What the table shows for one position at one tick.
struct PositionValuation
{
    std::optional<Decimal> entryPremium;  // from the position's own entry prices
    // Open: the live exit premium (Korean bid against perp ask); closed: the recorded exit's.
    std::optional<Decimal> exitPremium;
    Decimal fundingUsdt;              // since opening, up to now or the close
    std::optional<PositionPnl> pnl;   // nullopt while open and without live prices
    bool live = false;                // true when pnl is at live prices, false when realised
};
