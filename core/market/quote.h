#pragma once

#include "decimal.h"

#include <QMetaType>
#include <QString>

// One observed price: what a venue quoted for a symbol, and when we received it. The receive time
// is ours: venues' own timestamps are informational only (Bithumb's run nine hours ahead).
struct Quote
{
    QString venue;
    QString symbol;
    Decimal price;
    qint64 receivedAtMs = 0;
    qint64 venueTimeMs = 0;
};

Q_DECLARE_METATYPE(Quote)
