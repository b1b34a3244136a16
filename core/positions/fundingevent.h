#pragma once

#include "market/decimal.h"

#include <QMetaType>
#include <QString>

// One funding settlement of a perpetual: at `fundingTimeMs` every open position paid or received
// rate × mark price × quantity (a short receives a positive rate).
struct FundingEvent
{
    QString venue;
    QString symbol;
    qint64 fundingTimeMs = 0;
    Decimal rate;
    Decimal markPrice;
};

Q_DECLARE_METATYPE(FundingEvent)
