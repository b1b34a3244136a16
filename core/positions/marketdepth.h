#pragma once

#include "legprices.h"
#include "market/quote.h"
#include "premium/premiumbasis.h"

#include <optional>

// The latest tradeable prices of one symbol: both books, the perpetual's funding terms and the
// FX. What opening a position costs now and what closing one gets now come from here; the
// last-trade premium alone overstates what a trader can capture.
struct MarketDepth
{
    QString symbol;
    std::optional<Quote> korea;    // book set
    std::optional<Quote> foreign;  // book set
    std::optional<Quote> funding;  // funding set
    std::optional<Quote> fx;

    // Korean ask, perp bid, FX: the prices an opening trade pays.
    std::optional<LegPrices> entryPrices() const;
    // Korean bid, perp ask, FX: the prices a closing trade gets.
    std::optional<LegPrices> exitPrices() const;

    // The premium of those prices in percent, rounded half-up to `places`.
    std::optional<Decimal> entryPremium(PremiumBasis basis, int places = 2) const;
    std::optional<Decimal> exitPremium(PremiumBasis basis, int places = 2) const;
};
