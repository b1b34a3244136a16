#pragma once

#include "pollclaim.h"
#include "redislock.h"
#include "sharedfeedstatus.h"

#include "exchanges/httppoller.h"
#include "premium/feedrole.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <array>
#include <optional>

class FencedWriter;
class LiveFeed;
class RedisClient;
class SharedFeedCache;
class SharedFxJob;

// The tickers and the premium shared between instances (SPEC section 5), as the cycle gate of the
// feed's ticker pollers. Every cycle, one pipelined round trip: hold `lock:ticker:all` (renew ours
// or take a free one), hold `lock:premium`, spend the venues' shared request budget, read the
// cache. The holder polls the exchanges and writes the tick (tickers, premium, last runs, fenced)
// together with its claim on the next cycle (the same holds and budget), so that its next cycle
// starts without a trip of its own: one round trip a tick. The others skip the request and hand
// the cached values (marked fromCache) to the monitor, timed to read just after the poller's
// write. Redis unreachable: every cycle polls on its own at once.
class SharedTickerJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SharedTickerJob)

public:
    struct Leases
    {
        int tickerMs = 0;
        int premiumMs = 0;
    };

    SharedTickerJob(LiveFeed *feed, RedisClient *client, FencedWriter *writer, const SharedFeedCache &cache,
                    SharedFxJob *fx, const QByteArray &instanceId, Leases leases, QObject *parent = nullptr);
    ~SharedTickerJob() override;

    const RedisLock &tickerLock() const { return m_claim.lock(); }

    // Until releaseCycles() (the first connection attempt is over), cycles wait for an answer.
    void holdCycles();
    void releaseCycles();
    // The connection is gone: the locks and any claim with it.
    void forget();

Q_SIGNALS:
    // Polling for everyone, following `leaderId`, or alone.
    void roleDecided(SharedFeedStatus::Role role, const QString &leaderId);
    void cacheRead(const QString &cache, bool hit);

private:
    using Decide = std::function<void(HttpPoller::CycleDecision)>;
    struct Waiter
    {
        FeedRole role;
        Decide decide;
    };
    struct CacheRead
    {
        FeedRole role;
        QString venue;
        QString symbol;
    };
    // The cycle we poll for, until the monitor has its sample or the next cycle begins.
    struct Tick
    {
        bool open = false;
        qint64 startedAtMs = 0;
    };
    // The poller's claim on its next cycle, sent with the last tick's write.
    struct NextClaim
    {
        HttpPoller::CycleDecision decision;
        qint64 sentAt = 0;
    };

    void addReads(FeedRole role, const HttpPoller *poller);
    void ask(FeedRole role, Decide decide);
    void decide();
    void onReplies(const QList<RedisReply> &replies);
    void settle(const HttpPoller::CycleDecision &decision, bool openTick);
    void answer(FeedRole role, const Decide &decide);
    enum class ClaimNext { No, Yes };
    void flushTick(ClaimNext claimNext);
    // Lease renewals and budget for a cycle: their replies are read by applyClaim(), which says
    // what to do when the ticker lock is ours, and nullopt when it is someone else's.
    QList<RedisCommand> claimCommands() const;
    std::optional<HttpPoller::CycleDecision> applyClaim(const QList<RedisReply> &replies);
    void claimNextTick();
    int claimLifetimeMs() const;
    int periodMs() const;

    // Hands cached tickers newer than the last ones handed over to the monitor. Returns the
    // newest ticker time (epoch ms) when there was such a ticker, else 0.
    qint64 feedFromCache(const QList<RedisReply> &reads);
    // Writes the monitor's latest sample under lock:premium, once per sample.
    void commitPremium();
    void setRole(SharedFeedStatus::Role role, const QString &leaderId = {});

    LiveFeed *m_feed;
    RedisClient *m_client;
    FencedWriter *m_writer;
    const SharedFeedCache &m_cache;
    SharedFxJob *m_fx;
    PollClaim m_claim;
    RedisLock m_premiumLock;
    std::array<QPointer<HttpPoller>, FeedRoleCount> m_pollers;
    QPointer<HttpPoller> m_fallbackPoller;
    QList<FeedRole> m_roles;
    QList<CacheRead> m_reads;

    QList<Waiter> m_waiters;
    bool m_deciding = false;
    bool m_holding = false;
    bool m_decisionValid = false;
    HttpPoller::CycleDecision m_decision;
    qint64 m_decidedAt = 0;
    QSet<int> m_consumed;
    Tick m_tick;
    std::optional<NextClaim> m_nextClaim;
    quint64 m_claimGeneration = 0;
    qint64 m_lastPremiumWritten = 0;
    std::array<qint64, FeedRoleCount> m_lastFedMs {};
    QElapsedTimer m_clock;
};
