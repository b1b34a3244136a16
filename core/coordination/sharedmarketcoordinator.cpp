#include "sharedmarketcoordinator.h"

#include "fencedwrite.h"
#include "fencedwriter.h"
#include "instancehealth.h"
#include "redisclient.h"
#include "redisstatus.h"
#include "sharedfxjob.h"
#include "sharedvenuejob.h"

#include "premium/marketfeed.h"
#include "venues/pollingmarketsource.h"
#include "venues/venuedirectory.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QTimer>

#include <algorithm>

Q_LOGGING_CATEGORY(lcMarketShare, "ps.coordination", QtInfoMsg)

namespace {

QList<SharedRequestBudget::Limit> budgetsOf(const QString &venue)
{
    const VenueAdapter *adapter = VenueDirectory::standard().find(venue);
    if (!adapter)
        return {};
    const VenueLimits limits = adapter->limits();
    return { { venue, limits.requestsPerSecond, limits.requestsPerDay } };
}

} // namespace

SharedMarketCoordinator::SharedMarketCoordinator(Feed feed, Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_client(new RedisClient(this))
    , m_fxCache(QByteArray())
{
    if (m_options.instanceId.isEmpty())
        m_options.instanceId = makeInstanceId();
    const QByteArray id = m_options.instanceId.toUtf8();
    m_cache = MarketCache(id);
    m_fxCache = SharedFeedCache(id);
    m_writer = new FencedWriter(m_client, this);
    m_health = new InstanceHealth(m_client, m_options.instanceId, m_options.healthIntervalMs, this);
    m_status.instanceId = m_options.instanceId;
    m_status.redisUrl = m_options.address.toUrl();
    m_status.redis = SharedFeedStatus::RedisState::Connecting;
    m_health->setRole(m_status.role);

    for (PollingMarketSource *source : std::as_const(feed.sources)) {
        const QString venue = source->venue();
        SharedVenueJob::Options jobOptions {
            venue, source->periodMs(), leaseFor(m_options.tickerLeaseMs, source->periodMs()),
            budgetsOf(venue)
        };
        auto *job = new SharedVenueJob(m_client, m_writer, m_cache, id, jobOptions, this);
        job->setYieldRule([this, job] { return leadsTooMany(job); });
        m_jobs.append(job);
        source->setCycleGate([job](SharedVenueJob::Decide decide) { job->ask(std::move(decide)); });
        connect(source, &MarketSource::quotesReceived, job, &SharedVenueJob::addPolled);
        connect(source, &MarketSource::cycleEnded, job, &SharedVenueJob::endCycle);
        connect(source, &MarketSource::requestFinished, job, &SharedVenueJob::countRequest);
        connect(source, &MarketSource::statusReceived, job, &SharedVenueJob::addStatuses);
        connect(source, &QObject::destroyed, job, [job] { job->forget(); });
        for (MarketSource *stream : std::as_const(feed.streams)) {
            if (stream->venue() != venue)
                continue;
            // A streaming source also hands on its poller's batches: those come through addPolled.
            connect(stream, &MarketSource::quotesReceived, job, [job](const QuoteBatch &batch) {
                if (batch.isStreamed())
                    job->addStreamed(batch);
            });
            // Later: the role changes inside the poller's cycle gate, which must answer first.
            connect(job, &SharedVenueJob::roleChanged, stream, [this, stream, source](SharedFeedStatus::Role role) {
                QTimer::singleShot(0, stream, [this, stream, source, role] { placeStream(stream, source, role); });
            });
        }
        if (feed.acceptCached)
            connect(job, &SharedVenueJob::cached, this,
                    [accept = feed.acceptCached](const QuoteBatch &batch) { accept(batch); });
        if (feed.acceptStatuses) {
            connect(job, &SharedVenueJob::statusesCached, this,
                    [accept = feed.acceptStatuses](const QList<CoinStatus> &statuses) { accept(statuses); });
        }
        connect(job, &SharedVenueJob::cacheRead, this, &SharedMarketCoordinator::cacheRead);
        connect(job, &SharedVenueJob::roleChanged, this,
                [this, venue](SharedFeedStatus::Role role, const QString &leader) {
                    logRole(venue, role, leader);
                    Q_EMIT venueRoleChanged(venue, role, leader);
                    updateRole();
                });
    }
    if (feed.fxPoller && feed.fxKeeper) {
        m_fx = new SharedFxJob(feed.fxPoller, feed.fxKeeper, m_client, m_writer, m_fxCache, id, m_options.fxLeaseMs,
                               this);
        connect(m_fx, &SharedFxJob::cacheRead, this, &SharedMarketCoordinator::cacheRead);
    }

    // Presence once a cycle of the fastest venue: the shares follow instances coming and going.
    int presencePeriodMs = m_options.tickerLeaseMs;
    for (const PollingMarketSource *source : std::as_const(feed.sources))
        presencePeriodMs = std::min(presencePeriodMs, source->periodMs());
    m_presenceTimer = new QTimer(this);
    m_presenceTimer->setInterval(presencePeriodMs);
    connect(m_presenceTimer, &QTimer::timeout, this, &SharedMarketCoordinator::announce);

    m_client->setTimeoutMs(m_options.redisTimeoutMs);
    m_client->setReconnectDelays(m_options.reconnectFirstMs, m_options.reconnectMaxMs);
    connect(m_client, &RedisClient::stateChanged, this, &SharedMarketCoordinator::onClientState);
    connect(m_writer, &FencedWriter::refused, this,
            [this](const QString &job, const RedisLock *, qint64 ours, qint64 current) {
                ++m_status.refusedWrites;
                publish();
                Q_EMIT staleWriteRefused(job, ours, current);
            });
}

SharedMarketCoordinator::~SharedMarketCoordinator() = default;

SharedMarketCoordinator::Feed SharedMarketCoordinator::feedOf(MarketFeed *feed)
{
    Feed shared;
    for (const QString &venue : feed->venues()) {
        shared.sources.append(feed->poller(venue));
        if (feed->source(venue) != feed->poller(venue))
            shared.streams.append(feed->source(venue));
    }
    shared.acceptCached = [feed](const QuoteBatch &batch) { feed->acceptCached(batch); };
    shared.acceptStatuses = [feed](const QList<CoinStatus> &statuses) { feed->acceptStatuses(statuses); };
    shared.fxPoller = feed->fxPoller();
    shared.fxKeeper = feed->fxKeeper();
    return shared;
}

void SharedMarketCoordinator::start()
{
    qCInfo(lcMarketShare).noquote() << "sharing" << m_jobs.size() << "venues through" << m_options.address.toUrl()
                                    << "as instance" << m_status.instanceId;
    m_waitingForFirstConnection = true;
    for (SharedVenueJob *job : std::as_const(m_jobs))
        job->holdCycles();
    if (m_fx)
        m_fx->holdCycles();
    QTimer::singleShot(m_options.redisTimeoutMs, this, [this] {
        if (m_waitingForFirstConnection)
            releaseCycles();
    });
    m_client->connectToServer(m_options.address);
    m_health->start();
    if (!m_jobs.isEmpty())
        m_presenceTimer->start();
    publish();
}

SharedFeedStatus::Role SharedMarketCoordinator::role(const QString &venue) const
{
    for (const SharedVenueJob *job : m_jobs) {
        if (job->venue() == venue)
            return job->role();
    }
    return SharedFeedStatus::Role::Alone;
}

QString SharedMarketCoordinator::leaderOf(const QString &venue) const
{
    for (const SharedVenueJob *job : m_jobs) {
        if (job->venue() == venue)
            return job->role() == SharedFeedStatus::Role::Polling ? m_options.instanceId : job->leaderId();
    }
    return {};
}

void SharedMarketCoordinator::setOpenPositionCount(int count)
{
    m_health->setOpenPositionCount(count);
}

std::shared_ptr<RedisLock> SharedMarketCoordinator::premiumLock(const VenuePair &pair)
{
    std::shared_ptr<RedisLock> &lock = m_premiumLocks[pair.id()];
    if (!lock) {
        // Premiums come once a cycle of the slowest venue: its lease outlasts the gap between two.
        int leaseMs = m_options.tickerLeaseMs;
        for (const SharedVenueJob *job : std::as_const(m_jobs))
            leaseMs = std::max(leaseMs, job->lock().leaseMs());
        lock = std::make_shared<RedisLock>("lock:premium:" + pair.korea.toLower().toUtf8() + ':'
                                               + pair.foreign.toLower().toUtf8(),
                                           m_options.instanceId.toUtf8(), leaseMs);
    }
    return lock;
}

void SharedMarketCoordinator::writePremiums(const QList<CoinPremium> &premiums)
{
    if (premiums.isEmpty() || !m_client->isConnected())
        return;
    // One pair per feed: the first premium names it.
    const VenuePair pair = premiums.constFirst().pair;
    const std::shared_ptr<RedisLock> keep = premiumLock(pair);
    FencedWrite write;
    m_cache.addPremiums(write, premiums);
    m_client->send(keep->holdCommand(), this, [this, keep, write](const RedisReply &reply) {
        if (keep->applyHold(reply))
            m_writer->send(QStringLiteral("premium"), *keep, write);
    });
}

void SharedMarketCoordinator::onClientState()
{
    RedisStatus::update(m_status, *m_client);
    const RedisClient::State state = m_client->state();
    if (state == RedisClient::State::Connected) {
        m_health->writeAll();
        if (m_waitingForFirstConnection)
            releaseCycles();
    } else if (state == RedisClient::State::Disconnected) {
        for (SharedVenueJob *job : std::as_const(m_jobs))
            job->forget();
        for (const std::shared_ptr<RedisLock> &lock : std::as_const(m_premiumLocks))
            lock->forget();
        if (m_fx)
            m_fx->forget();
        if (m_waitingForFirstConnection)
            releaseCycles();
    }
    publish();
}

void SharedMarketCoordinator::placeStream(MarketSource *stream, PollingMarketSource *poller,
                                          SharedFeedStatus::Role role)
{
    // Running means the feed runs: its stream when we lead the venue, its poller when we follow.
    const bool paused = m_pausedStreams.contains(stream);
    if (!poller->isRunning() || paused == (role == SharedFeedStatus::Role::Following))
        return;
    if (paused) {
        m_pausedStreams.remove(stream);
        poller->stop();
        stream->start();
    } else {
        m_pausedStreams.insert(stream);
        stream->stop();
        poller->start();
    }
    qCInfo(lcMarketShare).noquote() << (paused ? "streaming" : "not streaming") << stream->venue()
                                    << (paused ? "again" : "while another instance leads it");
}

void SharedMarketCoordinator::releaseCycles()
{
    m_waitingForFirstConnection = false;
    for (SharedVenueJob *job : std::as_const(m_jobs))
        job->releaseCycles();
    if (m_fx)
        m_fx->releaseCycles();
}

void SharedMarketCoordinator::announce()
{
    if (!m_client->isConnected())
        return;
    // Alive for two of the longest leases: an instance that stopped drops out of the shares then.
    int windowMs = m_options.tickerLeaseMs;
    for (const SharedVenueJob *job : std::as_const(m_jobs))
        windowMs = std::max(windowMs, 2 * job->lock().leaseMs());
    m_client->send(m_health->presenceCommand(windowMs), this, [this](const RedisReply &reply) {
        if (reply.type == RedisReply::Type::Integer)
            m_liveInstances = std::max<int>(1, int(reply.integer));
    });
}

bool SharedMarketCoordinator::leadsTooMany(const SharedVenueJob *asking) const
{
    if (m_liveInstances <= 1)
        return false;
    const int share = int((m_jobs.size() + m_liveInstances - 1) / m_liveInstances);
    const auto others = std::count_if(m_jobs.cbegin(), m_jobs.cend(), [asking](const SharedVenueJob *job) {
        return job != asking && job->role() == SharedFeedStatus::Role::Polling;
    });
    return others + 1 > share;
}

void SharedMarketCoordinator::logRole(const QString &venue, SharedFeedStatus::Role role, const QString &leader) const
{
    switch (role) {
    case SharedFeedStatus::Role::Polling:
        qCInfo(lcMarketShare).noquote() << "polling" << venue << "for every instance";
        break;
    case SharedFeedStatus::Role::Following:
        qCInfo(lcMarketShare).noquote() << "following" << venue << "from" << leader;
        break;
    case SharedFeedStatus::Role::Alone:
        qCInfo(lcMarketShare).noquote() << "polling" << venue << "alone: Redis is unreachable";
        break;
    }
}

void SharedMarketCoordinator::updateRole()
{
    SharedFeedStatus::Role role = SharedFeedStatus::Role::Alone;
    QString leaderId;
    for (const SharedVenueJob *job : std::as_const(m_jobs)) {
        if (job->role() == SharedFeedStatus::Role::Polling)
            role = SharedFeedStatus::Role::Polling;
        else if (job->role() == SharedFeedStatus::Role::Following && role != SharedFeedStatus::Role::Polling)
            role = SharedFeedStatus::Role::Following;
        if (job->role() == SharedFeedStatus::Role::Following && leaderId.isEmpty())
            leaderId = job->leaderId();
    }
    m_status.role = role;
    m_status.leaderId = leaderId;
    m_health->setRole(role);
    publish();
}

void SharedMarketCoordinator::publish()
{
    if (m_status == m_published)
        return;
    m_published = m_status;
    Q_EMIT statusChanged(m_status);
}

QString SharedMarketCoordinator::makeInstanceId()
{
    QString host = QSysInfo::machineHostName().section(u'.', 0, 0);
    if (host.isEmpty())
        host = QStringLiteral("host");
    return host + u'-' + QString::number(QCoreApplication::applicationPid()) + u'-'
        + QString::number(QRandomGenerator::global()->bounded(0x10000), 16).rightJustified(4, u'0');
}

int SharedMarketCoordinator::leaseFor(int minimumMs, int periodMs)
{
    return std::max(minimumMs, 2 * periodMs);
}
