#pragma once

#include "premium/coinpremium.h"
#include "premium/premiumsample.h"

#include <optional>

namespace HistorySample {

// The row the history keeps of a coin's premium: its rate, entry and exit rates, inputs, pair and
// stale flag. Empty when there is no rate (an input never had a value): there is nothing to keep.
// A stale premium is kept, flagged, with the last good values (as PremiumMonitor's samples are).
std::optional<PremiumSample> fromCoinPremium(const CoinPremium &premium);

} // namespace HistorySample
