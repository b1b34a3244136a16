#pragma once

#include "redisaddress.h"
#include "sharedfeedcache.h"
#include "sharedfeedstatus.h"

#include <QObject>

class FencedWriter;
class InstanceHealth;
class LiveFeed;
class RedisClient;
class RedisLock;
class SharedFxJob;
class SharedTickerJob;

// Shares one live feed between instances through Redis (SPEC section 5). It owns the connection
// and the jobs, each the cycle gate of its pollers:
//
//  - SharedTickerJob: the tickers and the premium, one poller for everyone under
//    `lock:ticker:all`, the others reading the cache.
//  - SharedFxJob: the FX rate under `lock:fx`, fetched when the last run is due.
//  - InstanceHealth: `batch:health:{instance}` and this instance's open positions.
//  - FencedWriter: the jobs' fenced writes. One refused (we were paused past our lease and
//    someone took over) drops our claim: the next cycle follows.
//
// Redis unreachable: every cycle polls on its own at once (role Alone) while the client
// reconnects with backoff; the next cycle after it is back takes part in the locking again.
class SharedFeedCoordinator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SharedFeedCoordinator)

public:
    struct Options
    {
        RedisAddress address;
        QString instanceId; // empty: made by makeInstanceId()
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
    void onClientState();
    void onWriteRefused(const QString &job, const RedisLock *lock, qint64 ourFence, qint64 currentFence);
    void releaseCycles();
    void setRole(SharedFeedStatus::Role role, const QString &leaderId = {});
    void publish();

    Options m_options;
    RedisClient *m_client;
    SharedFeedCache m_cache;
    FencedWriter *m_writer;
    InstanceHealth *m_health;
    SharedFxJob *m_fx;
    SharedTickerJob *m_ticker;
    bool m_waitingForFirstConnection = false;
    SharedFeedStatus m_status;
    SharedFeedStatus m_published;
};
