#include "instrument.h"

std::optional<Decimal> Instrument::perCoin(const Decimal &quoted) const
{
    if (!priceMultiplier.isPositive())
        return std::nullopt;
    if (priceMultiplier == Decimal::fromInteger(1))
        return quoted;
    return quoted.dividedBy(priceMultiplier);
}

Decimal Instrument::coins(const Decimal &venueUnits) const
{
    return venueUnits * sizeMultiplier;
}
