#pragma once

#include "quotepart.h"

#include "market/booktop.h"
#include "market/decimal.h"
#include "market/fundingterms.h"

#include <QString>

#include <optional>

// The latest accepted state of one coin on one venue, merged part by part from every reply that
// carries a part. A part never received is unset; a part that stopped arriving keeps its last value
// and its receive time, which is how staleness is judged.
struct BoardQuote
{
    QString venue;
    QString coin;
    QString instrument; // the venue's own code, e.g. "1000SHIBUSDT"
    std::optional<QuotePart<Decimal>> last;
    std::optional<QuotePart<BookTop>> book;
    std::optional<QuotePart<Decimal>> volume24h;
    std::optional<QuotePart<Decimal>> change24hRatio;
    // Perpetuals: `mark` is the mark price per coin; `funding` the rate and the next funding time
    // with the latest accepted mark price, complete even where a venue publishes the mark and the
    // rate in separate replies (each part keeps the time of its own reply).
    std::optional<QuotePart<Decimal>> mark;
    std::optional<QuotePart<FundingTerms>> funding;
};
