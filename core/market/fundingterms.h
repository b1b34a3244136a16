#pragma once

#include "decimal.h"

#include <QtGlobal>

// A perpetual's funding as its venue announces it: the rate that will be exchanged at the next
// funding time (positive: longs pay shorts) and the mark price the payment is computed on.
struct FundingTerms
{
    Decimal markPrice;
    Decimal rate;
    qint64 nextFundingTimeMs = 0;
};
