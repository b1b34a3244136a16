#include "marketdepth.h"

#include "premium/premiumcalculator.h"

namespace {

std::optional<Decimal> premiumOf(const std::optional<LegPrices> &prices, PremiumBasis basis, int places)
{
    if (!prices)
        return std::nullopt;
    return PremiumCalculator::rate(prices->korea, prices->foreign, prices->fx, basis, places);
}

} // namespace

std::optional<LegPrices> MarketDepth::entryPrices() const
{
    if (!korea || !korea->book || !foreign || !foreign->book || !fx)
        return std::nullopt;
    return LegPrices{korea->book->ask, foreign->book->bid, fx->price};
}

std::optional<LegPrices> MarketDepth::exitPrices() const
{
    if (!korea || !korea->book || !foreign || !foreign->book || !fx)
        return std::nullopt;
    return LegPrices{korea->book->bid, foreign->book->ask, fx->price};
}

std::optional<Decimal> MarketDepth::entryPremium(PremiumBasis basis, int places) const
{
    return premiumOf(entryPrices(), basis, places);
}

std::optional<Decimal> MarketDepth::exitPremium(PremiumBasis basis, int places) const
{
    return premiumOf(exitPrices(), basis, places);
}
