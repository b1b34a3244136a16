#pragma once

#include "market/decimal.h"

// A position's profit and loss at one set of exit prices (the live ones while open, the recorded
// ones once closed). KRW amounts carry 4 decimals, USDT amounts 8; see docs/positions.md for the
// formulas and for why the four parts of the split add up to `net` exactly.
struct PositionPnl
{
    // Korean leg, KRW.
    Decimal koreaGross;  // (exit bid − entry price) × quantity
    Decimal koreaFees;   // both trades, a cost (≥ 0)
    Decimal koreaLeg;    // koreaGross − koreaFees

    // Foreign leg, USDT.
    Decimal foreignGross;  // (entry price − exit ask) × quantity
    Decimal foreignFees;   // both trades, a cost (≥ 0)
    Decimal funding;       // received (> 0) or paid (< 0) while open
    Decimal foreignLeg;    // foreignGross − foreignFees + funding

    Decimal fx;             // the KRW per USD the foreign leg is converted at
    Decimal foreignLegKrw;  // each foreign part converted at fx, then summed
    Decimal feesKrw;        // all fees in KRW, a cost (≥ 0)
    Decimal net;            // koreaLeg + foreignLegKrw

    // The split of `net`: premiumPart + fxPart + fundingPart + feesPart == net, exactly.
    Decimal premiumPart;  // price moves of both legs, the foreign one at the entry FX
    Decimal fxPart;       // the foreign leg's price move revalued from the entry FX to fx
    Decimal fundingPart;  // funding at fx
    Decimal feesPart;     // −feesKrw
};
