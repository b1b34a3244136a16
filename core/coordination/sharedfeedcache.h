#pragma once

#include "fencedwrite.h"

#include "market/quote.h"

#include <QHash>
#include <QString>

#include <optional>

struct PremiumSample;

// The shared cache's keys, value layouts and lifetimes (SPEC section 5), readable by any Redis
// tool: hashes with the SPEC's field names plus a few of ours (who wrote it, the venue's own
// time). Builds fenced writes and turns what followers read back into quotes.
//
//   ticker:{venue}:{symbol}   hash price, volume (24 h), timestamp, observed_at, venue_time, instance   5 s
//   fx:{base}:{quote}         hash rate, source, timestamp, observed_at, instance               15 min
//   premium:{symbol}          hash rate, korea_price, foreign_price, fx_rate, observed_at, …    5 s
//   premium:{symbol}:history  zset score = ms, member "{rate}:{korea}:{foreign}", while a position is open   1 h
//   batch:last_run:{job}      epoch ms                                                         5 min
//   position:open:instance:{instance}   this instance's open positions, while above zero  30 s
//   position:open:instances   set of the instances with such a count                         30 s
//   position:open:count, position:open:exists   the total over those still alive              30 s
//
// `timestamp` is when the writer received the value (epoch ms), `observed_at` the same in ISO 8601.
class SharedFeedCache final
{
public:
    static constexpr int TickerTtlMs = 5'000;
    static constexpr int FxTtlMs = 15 * 60'000;
    static constexpr int PremiumTtlMs = 5'000;
    static constexpr int HistoryTtlMs = 60 * 60'000;
    static constexpr int LastRunTtlMs = 5 * 60'000;
    static constexpr int HealthTtlMs = 30'000;
    static constexpr int PositionTtlMs = 30'000;

    explicit SharedFeedCache(QByteArray instanceId);

    static QByteArray tickerKey(const QString &venue, const QString &symbol);
    static QByteArray fxKey(const QString &pair);  // "USD/KRW" -> fx:usd:krw
    static QByteArray premiumKey(const QString &symbol);
    static QByteArray historyKey(const QString &symbol);
    static QByteArray lastRunKey(const QString &job);
    static QByteArray healthKey(const QString &instanceId);
    static QByteArray openPositionCountKey();
    static QByteArray openPositionExistsKey();
    static QByteArray openPositionInstanceKey(const QString &instanceId);
    static QByteArray openPositionInstancesKey();

    void addTicker(FencedWrite &write, const Quote &quote) const;
    void addFx(FencedWrite &write, const Quote &quote) const;
    // Also appends to the history, which the script does only while position:open:exists is "true".
    void addPremium(FencedWrite &write, const PremiumSample &sample) const;
    static void addLastRun(FencedWrite &write, const QString &job, qint64 nowMs);

    static RedisCommand read(const QByteArray &key);  // HGETALL
    // Sets this instance's count (a count of zero deletes it), then the total over every
    // instance whose count has not expired, in one script; the reply is the total.
    static RedisCommand writeOpenPositions(const QString &instanceId, int count);

    // A cached value as a quote marked fromCache, or nullopt for a miss: absent, unreadable, or
    // older than its lifetime at `nowMs` (an entry Redis has not expired yet is still a miss then).
    static std::optional<Quote> tickerFromHash(const QHash<QByteArray, QByteArray> &hash, const QString &venue,
                                               const QString &symbol, qint64 nowMs);
    static std::optional<Quote> fxFromHash(const QHash<QByteArray, QByteArray> &hash, const QString &pair, qint64 nowMs);

private:
    static std::optional<Quote> quoteFromHash(const QHash<QByteArray, QByteArray> &hash, const QByteArray &priceField,
                                              int ttlMs, qint64 nowMs);

    QByteArray m_instanceId;
};
