#include "historysample.h"

namespace HistorySample {

std::optional<PremiumSample> fromCoinPremium(const CoinPremium &premium)
{
    if (!premium.preciseRate || !premium.koreaPrice || !premium.foreignPrice || !premium.fx)
        return std::nullopt;
    PremiumSample sample;
    sample.symbol = premium.coin;
    sample.pair = premium.pair;
    sample.basis = premium.basis;
    sample.preciseRate = *premium.preciseRate;
    sample.rate = premium.rate.value_or(premium.preciseRate->roundedHalfUp(2));
    sample.entryRate = premium.entryRate;
    sample.exitRate = premium.exitRate;
    // Prices are per coin on both sides, so both quotes are named by the coin.
    sample.korea.venue = premium.pair.korea;
    sample.korea.symbol = premium.coin;
    sample.korea.price = *premium.koreaPrice;
    sample.korea.receivedAtMs = premium.koreaReceivedAtMs;
    sample.foreign.venue = premium.pair.foreign;
    sample.foreign.symbol = premium.coin;
    sample.foreign.price = *premium.foreignPrice;
    sample.foreign.receivedAtMs = premium.foreignReceivedAtMs;
    // The FX source is not named in a CoinPremium: its quote is kept in the row only.
    sample.fx.price = *premium.fx;
    sample.fx.receivedAtMs = premium.fxReceivedAtMs;
    sample.stale = premium.stale;
    sample.observedAtMs = premium.observedAtMs;
    if (premium.koreaOrigin == QuoteOrigin::Cache || premium.foreignOrigin == QuoteOrigin::Cache)
        sample.source = QStringLiteral("cache");
    return sample;
}

} // namespace HistorySample
