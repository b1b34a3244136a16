#pragma once

#include "market/decimal.h"

#include <QStringList>

#include <optional>

// What the foreign perpetual of a symbol accepts: its quantity step (Binance's LOT_SIZE stepSize
// of the USDT-margined contract) and the largest quantity a position may sensibly hold. A new coin
// is a new row in the table, not new code.
struct InstrumentRules
{
    QString symbol;
    Decimal quantityStep;
    Decimal maxQuantity;

    static std::optional<InstrumentRules> forSymbol(QStringView symbol);
    static QStringList symbols();
};
