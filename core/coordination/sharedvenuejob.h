#pragma once

#include "pollclaim.h"
#include "sharedfeedstatus.h"
#include "sharedrequestbudget.h"

#include "exchanges/httppoller.h"
#include "venues/quotebatch.h"

#include "venues/coinstatus.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>

class FencedWriter;
class MarketCache;
class RedisClient;

// One venue of the market engine shared between instances (SPEC section 5), as the cycle gate of
// that venue's source. Each cycle, one pipelined round trip: hold `lock:ticker:{venue}` (renew
// ours or take a free one), spend the venue's shared request budget, read the venue's cache. The
// holder polls and, when the cycle ends, writes what it polled (MarketCache, fenced); the others
// skip the cycle, hand on the leader's quotes (cached()) and come back just after its next write.
// Each venue has its own lock, so different instances may lead different venues. Redis
// unreachable: every cycle polls, and the next cycle after it is back takes part again.
class SharedVenueJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SharedVenueJob)

public:
    using Decide = std::function<void(HttpPoller::CycleDecision)>;

    struct Options
    {
        QString venue;
        int periodMs = 1000;
        // At least twice the period (SharedMarketCoordinator::leaseFor), or another instance takes
        // the lock between two of the holder's cycles.
        int leaseMs = 2000;
        QList<SharedRequestBudget::Limit> budgets;
        // How often a follower reads the venue's wallet statuses (the leader's source polls them
        // at this period).
        int statusPeriodMs = 60'000;
    };

    SharedVenueJob(RedisClient *client, FencedWriter *writer, const MarketCache &cache, const QByteArray &instanceId,
                   Options options, QObject *parent = nullptr);

    const QString &venue() const { return m_options.venue; }
    SharedFeedStatus::Role role() const { return m_role; }
    const QString &leaderId() const { return m_leaderId; }
    const RedisLock &lock() const { return m_claim.lock(); }
    void setBudgets(QList<SharedRequestBudget::Limit> budgets) { m_options.budgets = std::move(budgets); }

    // The cycle gate (HttpPoller::CycleGate's semantics): install it on the venue's source.
    void ask(Decide decide);
    // Asked each cycle we hold the lock: true hands the venue to another instance (we lead more
    // than our share). We then leave the lock alone for three leases, so that another takes it.
    void setYieldRule(std::function<bool()> rule) { m_shouldYield = std::move(rule); }

    // Until releaseCycles() (the first connection attempt is over), cycles wait for an answer.
    void holdCycles();
    void releaseCycles();
    // The connection is gone: the lock with it.
    void forget();

public Q_SLOTS:
    // The source's quotes of a cycle we polled, written when the cycle ends.
    void addPolled(const QuoteBatch &batch);
    // What the venue's stream pushed while we lead the venue: the newest quote of each coin and
    // shape (the parts it carries) is kept, and written with the next cycle's quotes, so that the
    // followers read it once a period as they read polled quotes.
    void addStreamed(const QuoteBatch &batch);
    void endCycle();
    // A request this instance sent to the venue (the source's requestFinished): added to the
    // venue's shared budget unless the cycle's claim already paid for it.
    void countRequest();
    // The source's wallet statuses: written for the followers while we lead the venue.
    void addStatuses(const QList<CoinStatus> &statuses);

Q_SIGNALS:
    // A follower's cycle: the leader's quotes newer than the last ones handed on.
    void cached(const QuoteBatch &batch);
    // A follower's wallet statuses of the venue, newer than the last ones handed on.
    void statusesCached(const QList<CoinStatus> &statuses);
    void roleChanged(SharedFeedStatus::Role role, const QString &leaderId);
    void cacheRead(const QString &cache, bool hit);

private:
    void decide();
    void onReplies(const QList<RedisReply> &replies);
    void settle(const HttpPoller::CycleDecision &decision);
    // Hands on the leader's quotes that are new; returns the newest one's time, 0 for none.
    qint64 follow(const RedisReply &read);
    void followStatuses(const RedisReply &read);
    void setRole(SharedFeedStatus::Role role, const QString &leaderId = {});
    void yield();
    bool yielding() const;

    RedisClient *m_client;
    FencedWriter *m_writer;
    const MarketCache &m_cache;
    Options m_options;
    QString m_job;
    PollClaim m_claim;
    QList<Decide> m_waiters;
    bool m_holding = false;
    bool m_deciding = false;
    bool m_cycleOpen = false; // we poll this cycle for everyone: write it when it ends
    int m_prepaid = 0; // requests of this cycle the claim has paid for
    QList<QuoteBatch> m_polled;
    QHash<QString, MarketQuote> m_streamed; // by coin and the parts the quote carries
    QHash<QString, qint64> m_lastFedMs; // by coin
    QHash<QString, qint64> m_lastStatusMs; // by coin
    QElapsedTimer m_statusRead; // invalid: read them with the next cycle
    std::function<bool()> m_shouldYield;
    QElapsedTimer m_yielded; // valid since we handed the venue on
    bool m_yieldingCycle = false; // this cycle only looks at the lock
    SharedFeedStatus::Role m_role = SharedFeedStatus::Role::Alone;
    QString m_leaderId;
};
