#pragma once

#include "redislock.h"
#include "sharedrequestbudget.h"

#include "exchanges/httppoller.h"

#include <optional>

// One instance's claim on polling for everyone in one cycle: hold the job's lock (renew ours or
// take a free one) and spend the shared request budget of the venues it polls, as two commands
// of a pipeline. Whoever holds the lock polls when the budget allows; the rest follow the cache.
class PollClaim final
{
public:
    PollClaim(QByteArray lockKey, QByteArray token, int leaseMs);

    RedisLock &lock() { return m_lock; }
    const RedisLock &lock() const { return m_lock; }

    static constexpr int CommandCount = 2;
    // The budgets are asked each time: a venue's limits can change while it runs.
    QList<RedisCommand> commands(const QList<SharedRequestBudget::Limit> &budgets) const;
    // Reads the replies of commands(), from `first` on: what to do this cycle when the lock is
    // ours, nullopt when it is someone else's (holder() names them).
    std::optional<HttpPoller::CycleDecision> apply(const QList<RedisReply> &replies, qsizetype first = 0);

    // When a follower reads the cache again, given the newest value it found (epoch ms, 0 for
    // none): just after the holder's next write, or soon when there was nothing new.
    static int followerDelayMs(qint64 newestMs, int periodMs, qint64 nowMs);

private:
    RedisLock m_lock;
};
