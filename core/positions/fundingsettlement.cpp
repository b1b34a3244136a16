#include "fundingsettlement.h"

FundingSettlement::FundingSettlement(qint64 maxGapMs)
    : m_maxGapMs(maxGapMs)
{
}

std::optional<FundingEvent> FundingSettlement::observe(const Quote &quote)
{
    if (!quote.funding)
        return std::nullopt;
    std::optional<FundingEvent> settled;
    if (m_last) {
        const FundingTerms &before = *m_last->funding;
        // A reply that is older than what we have (a reordered reply) says nothing new.
        if (quote.funding->nextFundingTimeMs < before.nextFundingTimeMs)
            return std::nullopt;
        const bool passed = quote.funding->nextFundingTimeMs > before.nextFundingTimeMs
                            && quote.receivedAtMs >= before.nextFundingTimeMs;
        const bool watched = before.nextFundingTimeMs - m_last->receivedAtMs <= m_maxGapMs;
        if (passed && watched)
            settled = FundingEvent{m_last->venue, m_last->symbol, before.nextFundingTimeMs, before.rate, before.markPrice};
    }
    m_last = quote;
    return settled;
}
