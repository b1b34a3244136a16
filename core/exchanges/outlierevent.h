#pragma once

#include "market/quote.h"

#include <QMetaType>

// What the outlier guard did with a tick that moved too far: held it back, let it through once
// the next ticks confirmed the move, or dropped it because they did not.
struct OutlierEvent
{
    enum class Kind { Held, Confirmed, Rejected };

    Kind kind = Kind::Held;
    Quote quote; // the suspicious tick (for Confirmed: the tick that confirmed it)
    Decimal reference; // the last accepted price it was measured against
    Decimal move; // (quote - reference) / reference, e.g. -0.1123 for -11.23 %

    static QString kindId(Kind kind); // "held", "confirmed", "rejected"
};

Q_DECLARE_METATYPE(OutlierEvent)
