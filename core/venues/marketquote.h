#pragma once

#include "market/booktop.h"
#include "market/decimal.h"
#include "market/fundingterms.h"

#include <QMetaType>
#include <QString>

#include <optional>

// How a quote reached us: polled from the venue here, read from the shared Redis cache (another
// instance polled it), or pushed over a venue's socket.
enum class QuoteOrigin {
    Poll,
    Cache,
    Stream,
};

QString quoteOriginId(QuoteOrigin origin); // "poll", "cache", "stream"

// What one reply of a venue says about one coin, already in coins: every price is the price of one
// coin and every size and volume counts coins (the adapter applied the instrument's multipliers).
// A reply fills only what it carries (Binance's bookTicker the book, its premiumIndex the funding):
// the market board merges the parts, each with its own receive time.
struct MarketQuote
{
    QString venue;
    QString coin;
    QString instrument; // the venue's code, e.g. "1000SHIBUSDT"
    std::optional<Decimal> last;
    // Best level with a size above zero on each side; prices per coin, sizes in coins.
    std::optional<BookTop> book;
    std::optional<Decimal> volume24h; // coins traded over the venue's last 24 h
    std::optional<Decimal> change24hRatio; // 0.0123 for +1.23 % over 24 h
    // Perpetuals: mark price per coin, funding rate and the next funding time. A venue that
    // answers the mark price and the rate in two replies (OKX) fills what each carries: a zero
    // mark price for the rate alone, a zero next funding time for the mark alone.
    std::optional<FundingTerms> funding;
    qint64 receivedAtMs = 0; // ours; a venue's own clock is informational only
    QuoteOrigin origin = QuoteOrigin::Poll;
};

Q_DECLARE_METATYPE(MarketQuote)
