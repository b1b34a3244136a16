#pragma once

#include "marketcache.h"
#include "redisaddress.h"
#include "sharedfeedstatus.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <memory>

class FencedWriter;
class InstanceHealth;
class PollingMarketSource;
class RedisClient;
class RedisLock;
class SharedVenueJob;

// Shares the market engine's venues between instances through Redis (SPEC section 5): one
// SharedVenueJob per venue source, each the source's cycle gate under `lock:ticker:{venue}`, so
// that each venue has one poller and different instances may lead different venues. A venue we
// follow has its leader's quotes handed to `acceptCached` (MarketFeed::acceptCached, which
// validates them like polled ones). Premiums are written once per pair, by whoever holds
// `lock:premium:{korea}:{foreign}`. Redis unreachable: every source polls on its own.
class SharedMarketCoordinator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SharedMarketCoordinator)

public:
    struct Options
    {
        RedisAddress address;
        QString instanceId; // empty: made by SharedFeedCoordinator::makeInstanceId()
        int redisTimeoutMs = 500;
        int reconnectFirstMs = 250;
        int reconnectMaxMs = 4000;
        // The shortest lease of each venue's lock: the longer of this and twice the venue's period.
        int tickerLeaseMs = 2'000;
        int healthIntervalMs = 10'000;
    };
    using AcceptCached = std::function<void(const QuoteBatch &batch)>;

    // Becomes the cycle gate of every source: create it before the sources start.
    SharedMarketCoordinator(const QList<PollingMarketSource *> &sources, AcceptCached acceptCached, Options options,
                            QObject *parent = nullptr);
    ~SharedMarketCoordinator() override;

    // Connects and keeps reconnecting; the first cycles wait for the first attempt, at most the
    // Redis timeout, so that instances started together do not all poll once.
    void start();

    // Role Polling while we lead at least one venue; leaderId names the leader of the first venue
    // we follow.
    const SharedFeedStatus &status() const { return m_status; }
    SharedFeedStatus::Role role(const QString &venue) const;
    QString leaderOf(const QString &venue) const;
    RedisClient *client() const { return m_client; }

public Q_SLOTS:
    // Each cycle's premiums (MarketFeed::cycled).
    void writePremiums(const QList<CoinPremium> &premiums);
    void setOpenPositionCount(int count);

Q_SIGNALS:
    void statusChanged(const SharedFeedStatus &status);
    void venueRoleChanged(const QString &venue, SharedFeedStatus::Role role, const QString &leaderId);
    void staleWriteRefused(const QString &job, qint64 ourFence, qint64 currentFence);
    void cacheRead(const QString &cache, bool hit);

private:
    void onClientState();
    void releaseCycles();
    void updateRole();
    void publish();
    std::shared_ptr<RedisLock> premiumLock(const VenuePair &pair);

    Options m_options;
    RedisClient *m_client;
    MarketCache m_cache;
    FencedWriter *m_writer;
    InstanceHealth *m_health;
    QList<SharedVenueJob *> m_jobs;
    QHash<QString, std::shared_ptr<RedisLock>> m_premiumLocks; // by pair id
    bool m_waitingForFirstConnection = false;
    SharedFeedStatus m_status;
    SharedFeedStatus m_published;
};
