#pragma once

#include "booktop.h"
#include "decimal.h"
#include "fundingterms.h"

#include <QMetaType>
#include <QString>

#include <optional>

// One observed price: what a venue quoted for a symbol, and when we received it. The receive time
// is ours: venues' own timestamps are informational only (Bithumb's run nine hours ahead).
struct Quote
{
    QString venue;
    QString symbol;
    Decimal price;
    qint64 receivedAtMs = 0;
    qint64 venueTimeMs = 0;
    // Set by order-book sources (then `price` is the mid) and by a perpetual's premium index
    // (then `price` is the mark price); a last-trade ticker leaves both empty.
    std::optional<BookTop> book{};
    std::optional<FundingTerms> funding{};
    // The base asset traded over the venue's last 24 h, from tickers that report it (Bithumb's
    // and Upbit's `acc_trade_volume_24h`); Binance's ticker/price carries none.
    std::optional<Decimal> volume24h{};
    // Read from the shared Redis cache (another instance polled the venue), not fetched here.
    bool fromCache = false;
};

Q_DECLARE_METATYPE(Quote)
