#pragma once

#include "market/decimal.h"

#include <QString>

#include <optional>

// What a perpetual venue accepts for a coin: its quantity step (the LOT_SIZE stepSize of the
// USDT-margined contract) and the largest quantity a position may sensibly hold. Known for a few
// coins on one venue; a coin or venue without a row is checked against the general bounds only,
// since another venue's step would refuse trades that venue takes. A row is data, not code.
struct InstrumentRules
{
    QString venue;
    QString coin;
    Decimal quantityStep;
    Decimal maxQuantity;

    static std::optional<InstrumentRules> find(const QString &venue, QStringView coin);
};
