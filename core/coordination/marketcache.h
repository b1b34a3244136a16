#pragma once

#include "fencedwrite.h"

#include "premium/coinpremium.h"
#include "venues/coinstatus.h"
#include "venues/quotebatch.h"

#include <QList>

// The market engine's shared cache (SPEC section 5): every coin of every venue, readable by any
// Redis tool. The old single pair's keys (`ticker:bithumb:btc`, `premium:btc`) are the same
// convention, so older readers keep working.
//
//   ticker:{venue}:{coin}   hash price, bid, ask, bid_size, ask_size, volume, change, mark,
//                           funding_rate, next_funding_time, timestamp, observed_at, plus
//                           {part}_at, instrument and instance                           5 s
//   ticker:{venue}          set of the coins written for the venue (how a reader finds them)  5 s
//   premium:{coin}:{korea}:{foreign}   hash rate, entry_rate, exit_rate, korea_price,
//                           foreign_price, fx_rate, observed_at, plus timestamp, basis, stale 5 s
//   premium:{coin}          the same, for the default pair
//   status:{venue}:{coin}   hash deposit, withdrawal (open on any network), networks (JSON
//                           [{network, deposit, withdrawal}]), caution, caution_reasons (JSON),
//                           timestamp, observed_at, instance; only what the venue published   3 min
//   status:{venue}          set of the coins with a status                                     3 min
//
// Keys are lower case. A ticker hash holds only what the venue's replies carried, merged field by
// field (a perpetual's book and its funding come from two requests). Each part keeps its receive
// time (price_at, book_at, volume_at, change_at, mark_at, funding_at, epoch ms), so that a part
// whose request keeps failing ages while the others are refreshed, and reads back as a quote of
// its own time; `timestamp` is the last write (ours: quotes carry no venue clock), `observed_at`
// the same in ISO 8601. A premium hash is replaced whole: a rate that is gone must not linger.
class MarketCache final
{
public:
    static constexpr int TickerTtlMs = 5'000;
    static constexpr int PremiumTtlMs = 5'000;
    // Wallet status comes every minute: three of them may fail before a follower loses it.
    static constexpr int StatusTtlMs = 3 * 60'000;

    explicit MarketCache(QByteArray instanceId = {});

    static QByteArray tickerKey(const QString &venue, const QString &coin);
    static QByteArray venueKey(const QString &venue);
    static QByteArray premiumKey(const QString &coin, const VenuePair &pair);
    static QByteArray premiumKey(const QString &coin);
    static QByteArray statusKey(const QString &venue, const QString &coin);
    static QByteArray statusVenueKey(const QString &venue);

    // Under a lock: one script, one round trip.
    void addBatch(FencedWrite &write, const QuoteBatch &batch) const;
    void addPremiums(FencedWrite &write, const QList<CoinPremium> &premiums, const VenuePair &defaultPair = {}) const;
    // Merged: a status without networks (caution from a listing) keeps the wallet already there.
    void addStatuses(FencedWrite &write, const QList<CoinStatus> &statuses) const;
    // Without one: commands to send in one pass of the event loop (RedisClient::pipeline), one
    // round trip.
    QList<RedisCommand> batchCommands(const QuoteBatch &batch) const;
    QList<RedisCommand> premiumCommands(const QList<CoinPremium> &premiums, const VenuePair &defaultPair = {}) const;

    // Every coin of a venue in one round trip; batchFromReply() turns the reply into quotes marked
    // QuoteOrigin::Cache. A field that is absent or unreadable stays unset; a hash without a
    // readable `timestamp`, or older than its lifetime at `nowMs`, gives no quote.
    static RedisCommand readVenue(const QString &venue);
    static QuoteBatch batchFromReply(const QString &venue, const RedisReply &reply, qint64 nowMs);
    // The venue's wallet statuses, the same way; a status older than its lifetime is left out.
    static RedisCommand readStatuses(const QString &venue);
    static QList<CoinStatus> statusesFromReply(const QString &venue, const RedisReply &reply, qint64 nowMs);

private:
    struct Entry
    {
        QByteArray key;
        FencedWrite::Fields fields;
    };
    QList<Entry> tickerEntries(const QuoteBatch &batch) const;
    QList<Entry> premiumEntries(const QList<CoinPremium> &premiums, const VenuePair &defaultPair) const;
    static QList<QByteArray> coinsOf(const QuoteBatch &batch);

    QByteArray m_instanceId;
};
