#pragma once

#include "redisaddress.h"
#include "redislock.h"
#include "sharedfeedcache.h"
#include "sharedfeedstatus.h"

#include "exchanges/httppoller.h"
#include "premium/feedrole.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <array>
#include <optional>

class FencedWrite;
class LiveFeed;
class RedisClient;
struct RedisReply;

// Shares one live feed between instances through Redis (SPEC section 5). It sits between the
// feed's pollers and its premium monitor as their cycle gate:
//
//  - Tickers, every cycle, one pipelined round trip: hold `lock:ticker:all` (renew ours or take a
//    free one), hold `lock:premium`, spend the venues' shared request budget, read the cache. The
//    holder polls the exchanges and writes the tick (tickers, premium, last runs, fenced) together
//    with its claim on the next cycle (the same holds and budget), so that its next cycle starts
//    without a trip of its own: one round trip a tick. The others skip the request and hand the
//    cached values (marked fromCache) to the monitor, timed to read just after the poller's write.
//  - FX, every FX period: take `lock:fx` only when the last run is due, poll, write, release.
//  - Redis unreachable: every cycle polls on its own at once (role Alone) while the client
//    reconnects with backoff; the next cycle after it is back takes part in the locking again.
//  - A fenced write refused (we were paused past our lease and someone took over) drops our
//    claim: the next cycle follows.
//
// Also writes `batch:health:{instance}` every 10 s and, fed by setOpenPositionCount(), this
// instance's share of `position:open:count` / `position:open:exists` (the total over the live
// instances), which switch the premium history on.
class SharedFeedCoordinator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SharedFeedCoordinator)

public:
    struct Options
    {
        RedisAddress address;
        QString instanceId;  // empty: made by makeInstanceId()
        int redisTimeoutMs = 500;
        int reconnectFirstMs = 250;
        int reconnectMaxMs = 4000;
        // The shortest leases of lock:ticker:all and lock:premium: each is the longer of this and
        // twice the ticker period (leaseFor()).
        int tickerLeaseMs = 2'000;
        int premiumLeaseMs = 2'000;
        int fxLeaseMs = 30'000;
        int healthIntervalMs = 10'000;
    };

    // Becomes the cycle gate of the feed's pollers: create it before feed->start(). With `parent`
    // left null it is a child of the feed and goes with it.
    SharedFeedCoordinator(LiveFeed *feed, Options options, QObject *parent = nullptr);
    ~SharedFeedCoordinator() override;

    // Connects to Redis and keeps reconnecting. The first cycles wait for the first attempt, at
    // most the Redis timeout, so that instances started together do not all poll once.
    void start();

    const SharedFeedStatus &status() const { return m_status; }
    const QString &instanceId() const { return m_status.instanceId; }
    RedisClient *client() const { return m_client; }

    // host-pid-random: unique among instances sharing one Redis, readable in `batch:health:*`.
    static QString makeInstanceId();
    // A lease must outlast the gap between two cycles of its holder, or another instance takes
    // the lock in between and polls in the same period: twice the period, at least `minimumMs`.
    static int leaseFor(int minimumMs, int periodMs);

public Q_SLOTS:
    // The number of open positions of this instance (the positions model's count), added into
    // `position:open:count`. While the total over all live instances is above zero
    // `position:open:exists` says "true" and the premium writer also keeps
    // `premium:{symbol}:history`; at zero it says "false" and the history stops growing.
    void setOpenPositionCount(int count);

Q_SIGNALS:
    void statusChanged(const SharedFeedStatus &status);
    // A write of ours carried an older fencing number than Redis holds: someone else has the job.
    void staleWriteRefused(const QString &job, qint64 ourFence, qint64 currentFence);
    // A read of one cached value (`cache`: ticker or fx): fresh (hit) or not (miss).
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

    void installGates();
    void addTickerReads(FeedRole role, const HttpPoller *poller);
    void askTicker(FeedRole role, Decide decide);
    void decideTicker();
    void onTickerReplies(const QList<RedisReply> &replies);
    void settleTicker(const HttpPoller::CycleDecision &decision, bool openTick);
    void answerTicker(FeedRole role, const Decide &decide);
    enum class ClaimNext { No, Yes };
    void flushTick(ClaimNext claimNext);
    // Lease renewals and budget for a cycle: their replies are read by applyClaim(), which says
    // what to do when the ticker lock is ours, and nullopt when it is someone else's.
    QList<RedisCommand> claimCommands() const;
    std::optional<HttpPoller::CycleDecision> applyClaim(const QList<RedisReply> &replies);
    void claimNextTick();
    int claimLifetimeMs() const;

    void askFx(Decide decide);
    void onFxReplies(const QList<RedisReply> &replies, const Decide &decide);
    void onFxReport(const Quote *quote);

    // Hands cached tickers newer than the last ones handed over to the monitor. Returns the
    // newest ticker time (epoch ms) when there was such a ticker, else 0.
    qint64 feedFromCache(const QList<RedisReply> &reads);
    void feedFx(const RedisReply &read);
    int followerDelayMs(qint64 newestTickMs) const;
    // Writes the monitor's latest sample under lock:premium, once per sample.
    void commitPremium();
    void sendFenced(const QString &job, RedisLock &lock, const FencedWrite &write);
    void onFencedOutcome(const QString &job, RedisLock &lock, qint64 fenceUsed, const RedisReply &reply);

    void onClientState();
    void releaseWaitersStandalone();
    void writeHealth();
    void writePositions(int previous);
    void setRole(SharedFeedStatus::Role role, const QString &leaderId = {});
    void publish();

    LiveFeed *m_feed;
    Options m_options;
    RedisClient *m_client;
    SharedFeedCache m_cache;
    RedisLock m_tickerLock;
    RedisLock m_premiumLock;
    RedisLock m_fxLock;
    std::array<QPointer<HttpPoller>, FeedRoleCount> m_pollers;
    QPointer<HttpPoller> m_fallbackPoller;
    QList<FeedRole> m_tickerRoles;
    QList<CacheRead> m_tickerReads;
    QString m_fxPair;

    QList<Waiter> m_tickerWaiters;
    bool m_tickerDeciding = false;
    bool m_waitingForFirstConnection = false;
    bool m_tickerDecisionValid = false;
    HttpPoller::CycleDecision m_tickerDecision;
    qint64 m_tickerDecidedAt = 0;
    QSet<int> m_tickerConsumed;
    Tick m_tick;
    // The poller's claim on its next cycle, sent with the last tick's write.
    struct Claim
    {
        HttpPoller::CycleDecision decision;
        qint64 sentAt = 0;
    };
    std::optional<Claim> m_claim;
    quint64 m_claimGeneration = 0;
    qint64 m_lastPremiumWritten = 0;
    std::array<qint64, FeedRoleCount> m_lastFedMs{};

    QList<Decide> m_fxWaiters;
    bool m_fxPolling = false;

    QElapsedTimer m_clock;
    QTimer m_healthTimer;
    int m_openPositions = 0;
    SharedFeedStatus m_status;
    SharedFeedStatus m_published;
};
