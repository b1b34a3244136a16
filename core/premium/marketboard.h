#pragma once

#include "boardquote.h"
#include "coinpremium.h"
#include "feedconfig.h"
#include "stalenesspolicy.h"

#include "exchanges/outlierguard.h"
#include "market/quote.h"
#include "venues/coinstatus.h"
#include "venues/quotebatch.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <array>
#include <optional>

// The latest state of every coin on every venue, and the premiums computed from it.
//
// Replies carry parts of a coin's quote (a ticker the last price and volume, a book ticker the
// book, a premium index the funding); the board merges them field by field, each part with its own
// receive time and origin. Every part is validated before it is kept, whatever its origin: a quote
// read from the shared cache passes the same checks and the same outlier guards as one polled here,
// so that a follower cannot show what the poller's guards would have held back.
//
// A value that fails is dropped and reported as a DataIssue: zero, negative or beyond any real price
// (Absurd); a book whose bid is at or above its ask (CrossedBook: the book goes, the last price
// stands); a price further than the outlier share from the last accepted one (Outlier: held until
// the next two values confirm the move). These are facts about one value, never about the venue.
//
// A part older than the one kept (or the same one again: a follower reading the same cached tick
// twice) is ignored, so that it cannot overwrite newer data or confirm its own outlier.
//
// Plain data, no event loop: the feed calls it on its thread, benchmarks and tests call it directly.
class MarketBoard final
{
public:
    explicit MarketBoard(Decimal outlierShare = FeedConfig().outlierShare, StalenessPolicy policy = {});

    // Keeps what passes; returns the batch's own issues followed by one per value dropped here.
    QList<DataIssue> apply(const QuoteBatch &batch);
    // Wallet and caution per coin. A status carrying no networks (caution from a listing) keeps the
    // wallet already known, and one without caution keeps the caution, so that both jobs can report.
    void apply(const QList<CoinStatus> &statuses);
    // The venue no longer lists these coins: their quotes, guards and statuses go.
    void forget(const QString &venue, const QStringList &coins);

    // nullptr when nothing of the coin was ever accepted on the venue.
    const BoardQuote *quote(const QString &venue, const QString &coin) const;
    const CoinStatus *status(const QString &venue, const QString &coin) const;
    QStringList coins(const QString &venue) const;

    // The coin's premium on the pair at `nowMs` with the FX quote (KRW per USD) the FX keeper gives.
    // Rates are computed from the last good values whenever they exist; `stale` and `reason` say which
    // inputs are missing or older than the staleness policy allows.
    CoinPremium premium(const QString &coin, const VenuePair &pair, const std::optional<Quote> &fx, PremiumBasis basis,
                        qint64 nowMs) const;
    QList<CoinPremium> premiums(const QStringList &coins, const VenuePair &pair, const std::optional<Quote> &fx,
                                PremiumBasis basis, qint64 nowMs) const;

    const StalenessPolicy &policy() const { return m_policy; }

private:
    enum class Part { Last, Book, Volume, Change, Mark, Funding, Count };

    // A coin on a venue: its merged quote, a guard for each price-like part, and the receive time
    // of the newest value offered for each part (kept or not).
    struct Slot
    {
        explicit Slot(const Decimal &outlierShare = Decimal());

        BoardQuote quote;
        OutlierGuard lastGuard;
        OutlierGuard bookGuard; // on the mid price: a book moves as one
        OutlierGuard markGuard;
        std::array<qint64, static_cast<int>(Part::Count)> offeredAtMs {};
    };

    Slot &slot(QHash<QString, Slot> &coins, const QString &venue, const QString &coin);
    void applyQuote(Slot &slot, const MarketQuote &quote, const QString &venue, qint64 receivedAtMs,
                    QList<DataIssue> &issues);
    // True when `receivedAtMs` is newer than every value offered for the part before.
    static bool isNew(Slot &slot, Part part, qint64 receivedAtMs);
    // Offers the price to the guard: nullopt when it passes now, else why it is held.
    static std::optional<QString> heldBy(OutlierGuard &guard, const Decimal &price, qint64 receivedAtMs,
                                         const QString &what);

    Decimal m_outlierShare;
    StalenessPolicy m_policy;
    QHash<QString, QHash<QString, Slot>> m_slots; // venue -> coin
    QHash<QString, QHash<QString, CoinStatus>> m_statuses; // venue -> coin
};
