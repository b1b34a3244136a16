#pragma once

#include "rediscommand.h"
#include "redisreply.h"

#include <QByteArray>
#include <QObject>

#include <functional>

class RedisClient;

// A lease-based lock in Redis (`SET key token NX PX lease`), tried and never waited on. Only the
// holder can renew or release it: the token is compared and the action taken in one Lua script.
//
// Every acquisition also takes a fencing number from a counter next to the lock (`<key>:fence`,
// INCR). Writes made under the lock carry it, and the cache refuses a write whose number is
// older than the counter: a holder that was paused past its lease and wakes up believing it still
// holds the lock cannot overwrite what the next holder wrote.
//
// The command builders and apply*() let a caller put lock operations into a pipeline with other
// commands; tryAcquire(), renew() and release() are the same as one-command shortcuts (their
// `context` must not outlive the lock).
class RedisLock final
{
public:
    RedisLock(QByteArray key, QByteArray token, int leaseMs);

    const QByteArray &key() const { return m_key; }
    QByteArray fenceKey() const { return m_key + QByteArrayLiteral(":fence"); }
    const QByteArray &token() const { return m_token; }
    int leaseMs() const { return m_leaseMs; }

    // What we believe from the last reply; the lease may have run out on the server since.
    bool isHeld() const { return m_fence > 0; }
    qint64 fence() const { return m_fence; }
    // The holder's token as last seen (ours when held), empty when the lock was free.
    const QByteArray &holder() const { return m_holder; }

    // Takes the lock if it is free (a new fencing number).
    RedisCommand acquireCommand() const;
    // Extends our lease if we hold it, takes the lock if it is free, else reports the holder.
    RedisCommand holdCommand() const;
    // For jobs much rarer than the lease (FX): takes the lock only when the job's last run
    // (`lastRunKey`, epoch ms) is at least `intervalMs` old by the server's clock. The reply
    // also carries that last run and the server's time: {fence, holder, last run, now}.
    RedisCommand acquireIfDueCommand(const QByteArray &lastRunKey, qint64 intervalMs) const;
    RedisCommand renewCommand() const;
    RedisCommand releaseCommand() const;

    // Read the replies of the commands above. applyHold() reads those of all three acquiring ones.
    // Return whether we hold the lock afterwards.
    bool applyHold(const RedisReply &reply);
    bool applyRenew(const RedisReply &reply);
    void applyRelease(const RedisReply &reply);
    // Without asking the server: the connection is gone, or a fenced write was refused.
    void forget();

    using Result = std::function<void(bool held)>;
    void tryAcquire(RedisClient *client, QObject *context, Result result);
    void renew(RedisClient *client, QObject *context, Result result);
    void release(RedisClient *client, QObject *context, std::function<void(bool released)> result);

private:
    QByteArray m_key;
    QByteArray m_token;
    int m_leaseMs;
    qint64 m_fence = 0;
    QByteArray m_holder;
};
