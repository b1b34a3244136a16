#pragma once

#include "redislock.h"

#include "exchanges/httppoller.h"

#include <QObject>
#include <QPointer>

class FencedWriter;
class FxKeeper;
class RedisClient;
class SharedFeedCache;
struct Quote;

// The FX rate shared between instances (SPEC section 5): as the FX poller's cycle gate, it takes
// `lock:fx` only when the last run is due (every FX period), spends the source's shared daily
// budget, polls, writes `fx:{base}:{quote}` fenced and releases the lock. Everyone else hands the
// cached rate to the FX keeper (like a polled rate: a manual rate the user set still wins) and
// comes back just after the next run is due. Redis unreachable: every cycle polls.
class SharedFxJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SharedFxJob)

public:
    using Decide = std::function<void(HttpPoller::CycleDecision)>;

    // `poller` may be null (no FX source): the job then only reads the cache for the ticker job.
    SharedFxJob(HttpPoller *poller, FxKeeper *keeper, RedisClient *client, FencedWriter *writer,
                const SharedFeedCache &cache, const QByteArray &instanceId, int leaseMs, QObject *parent = nullptr);
    ~SharedFxJob() override;

    // The cached rate's read, for a pipeline of someone else's (the ticker job reads it each cycle).
    RedisCommand readCommand() const;
    // Hands a cached rate newer than the last one handed over to the keeper.
    void feed(const RedisReply &read);

    // Until releaseCycles() (the first connection attempt is over), cycles wait for an answer.
    void holdCycles();
    void releaseCycles();
    // The connection is gone: the lock with it.
    void forget();

Q_SIGNALS:
    void cacheRead(const QString &cache, bool hit);

private:
    void ask(Decide decide);
    void onReplies(const QList<RedisReply> &replies, const Decide &decide);
    void onReport(const Quote *quote);
    void release();

    QPointer<HttpPoller> m_poller;
    FxKeeper *m_keeper;
    RedisClient *m_client;
    FencedWriter *m_writer;
    const SharedFeedCache &m_cache;
    RedisLock m_lock;
    QString m_pair;
    int m_periodMs = 0;
    QList<Decide> m_waiters;
    bool m_holding = false;
    bool m_polling = false;
    qint64 m_lastFedMs = 0;
};
