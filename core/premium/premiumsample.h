#pragma once

#include "market/quote.h"
#include "premiumbasis.h"
#include "venuepair.h"

#include <QMetaType>

// One premium computation, with the exact inputs it was computed from.
struct PremiumSample
{
    QString symbol;  // the coin ("BTC")
    VenuePair pair;
    PremiumBasis basis = PremiumBasis::Seed;
    Decimal rate;         // percent, rounded half-up to 2 places: what is shown and printed
    Decimal preciseRate;  // percent to 8 places, for charts and history
    std::optional<Decimal> entryRate;  // Korean ask vs perp bid, when both books are known
    std::optional<Decimal> exitRate;   // Korean bid vs perp ask
    Quote korea;
    Quote foreign;
    Quote fx;
    bool stale = false;
    qint64 observedAtMs = 0;
    QString source = QStringLiteral("exchange");  // "exchange" or, from a shared feed, "cache"
};

Q_DECLARE_METATYPE(PremiumSample)
