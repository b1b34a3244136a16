#pragma once

#include "fundingevent.h"
#include "market/quote.h"

#include <optional>

// Recognises funding settlements in a perpetual's announced terms as they are polled: once the
// announced next funding time has passed and the venue announces a later one, the settlement at
// the earlier time happened at the rate and mark price last announced before it. Only funding
// times that were watched are reported; a gap longer than `maxGapMs` before a settlement (the app
// was closed, the feed was down) means its terms are unknown, and nothing is invented for it.
class FundingSettlement final
{
public:
    explicit FundingSettlement(qint64 maxGapMs = 10 * 60'000);

    // The settlement that `quote` (a premium index quote with funding terms) shows to have
    // happened since the previous one, if any.
    std::optional<FundingEvent> observe(const Quote &quote);

private:
    std::optional<Quote> m_last;
    qint64 m_maxGapMs;
};
