#include "premiumcalculator.h"

namespace PremiumCalculator {

std::optional<Decimal> rate(const Decimal &korea, const Decimal &foreign, const Decimal &fx,
                            PremiumBasis basis, int places)
{
    if (!korea.isPositive() || !foreign.isPositive() || !fx.isPositive())
        return std::nullopt;
    const Decimal converted = foreign * fx;
    const Decimal numerator = (korea - converted) * Decimal::fromInteger(100);
    const Decimal &denominator = basis == PremiumBasis::Seed ? korea : converted;
    return numerator.dividedBy(denominator, places);
}

} // namespace PremiumCalculator
