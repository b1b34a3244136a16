#pragma once

#include "marketcache.h"
#include "redisaddress.h"
#include "sharedfeedcache.h"
#include "sharedfeedstatus.h"

#include <QHash>
#include <QSet>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

class FencedWriter;
class FxKeeper;
class HttpPoller;
class InstanceHealth;
class MarketFeed;
class MarketSource;
class PollingMarketSource;
class RedisClient;
class RedisLock;
class SharedFxJob;
class SharedVenueJob;

// Shares the market engine's venues between instances through Redis (SPEC section 5): one
// SharedVenueJob per venue source, each the source's cycle gate under `lock:ticker:{venue}`, so
// that each venue has one poller and the instances share the venues: one that leads more than its
// share (venues / live instances, rounded up) hands a venue on, and leaves it to the others for
// three leases, until each leads about as many as the others. A venue we
// follow has its leader's quotes handed to `acceptCached` (MarketFeed::acceptCached, which
// validates them like polled ones). Premiums are written once per pair, by whoever holds
// `lock:premium:{korea}:{foreign}`, and the FX rate under `lock:fx` (SharedFxJob). Redis
// unreachable: every source polls on its own. A streamed venue's leader also publishes what its
// stream pushed, once a cycle; followers read it as cached quotes ("source":"cache").
class SharedMarketCoordinator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SharedMarketCoordinator)

public:
    struct Options
    {
        RedisAddress address;
        QString instanceId; // empty: made by makeInstanceId()
        int redisTimeoutMs = 500;
        int reconnectFirstMs = 250;
        int reconnectMaxMs = 4000;
        // The shortest lease of each venue's lock: the longer of this and twice the venue's period.
        int tickerLeaseMs = 2'000;
        int fxLeaseMs = 30'000;
        int healthIntervalMs = 10'000;
    };
    // What it shares of a market feed (MarketFeed: poller(venue) for venues(), acceptCached,
    // the board's apply() for statuses, fxPoller(), fxKeeper()).
    struct Feed
    {
        QList<PollingMarketSource *> sources;
        // The venues' streaming sources around those pollers (MarketFeed::source where it is not
        // the poller): what they push while we lead the venue is published with its cycles. A
        // venue we follow has its stream stopped and its poller alone running (it asks the lock and
        // reads the cache each cycle); leading it, or alone, the stream runs again.
        QList<MarketSource *> streams;
        // A venue we follow: its leader's quotes, and its leader's wallet statuses.
        std::function<void(const QuoteBatch &batch)> acceptCached;
        std::function<void(const QList<CoinStatus> &statuses)> acceptStatuses;
        // Both or neither: the FX rate fetched by one instance for all.
        HttpPoller *fxPoller = nullptr;
        FxKeeper *fxKeeper = nullptr;
    };

    // What a market feed shares: every venue's poller and streaming source, its cached quotes and
    // statuses, its FX poller and keeper.
    static Feed feedOf(MarketFeed *feed);

    // Becomes the cycle gate of every source and of the FX poller: create it before they start.
    SharedMarketCoordinator(Feed feed, Options options, QObject *parent = nullptr);
    ~SharedMarketCoordinator() override;

    // Connects and keeps reconnecting; the first cycles wait for the first attempt, at most the
    // Redis timeout, so that instances started together do not all poll once.
    void start();

    // host-pid-random: unique among instances sharing one Redis, readable in `batch:health:*`.
    static QString makeInstanceId();
    // A lease must outlast the gap between two cycles of its holder, or another instance takes
    // the lock in between and polls in the same period: twice the period, at least `minimumMs`.
    static int leaseFor(int minimumMs, int periodMs);

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
    void placeStream(MarketSource *stream, PollingMarketSource *poller, SharedFeedStatus::Role role);
    void releaseCycles();
    // We lead more venues than our share of them among the live instances.
    bool leadsTooMany(const SharedVenueJob *asking) const;
    void announce();
    void logRole(const QString &venue, SharedFeedStatus::Role role, const QString &leader) const;
    void updateRole();
    void publish();
    std::shared_ptr<RedisLock> premiumLock(const VenuePair &pair);

    Options m_options;
    RedisClient *m_client;
    MarketCache m_cache;
    SharedFeedCache m_fxCache;
    FencedWriter *m_writer;
    InstanceHealth *m_health;
    QList<SharedVenueJob *> m_jobs;
    SharedFxJob *m_fx = nullptr;
    QHash<QString, std::shared_ptr<RedisLock>> m_premiumLocks; // by pair id
    QSet<MarketSource *> m_pausedStreams; // of the venues we follow
    bool m_waitingForFirstConnection = false;
    QTimer *m_presenceTimer;
    int m_liveInstances = 1;
    SharedFeedStatus m_status;
    SharedFeedStatus m_published;
};
