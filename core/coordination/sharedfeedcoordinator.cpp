#include "sharedfeedcoordinator.h"

#include "fencedwriter.h"
#include "instancehealth.h"
#include "redisclient.h"
#include "redisstatus.h"
#include "sharedfxjob.h"
#include "sharedtickerjob.h"

#include "premium/livefeed.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QTimer>

#include <algorithm>

Q_LOGGING_CATEGORY(lcShared, "ps.coordination", QtInfoMsg)

namespace {

QString ensureInstanceId(QString &id)
{
    if (id.isEmpty())
        id = SharedFeedCoordinator::makeInstanceId();
    return id;
}

} // namespace

SharedFeedCoordinator::SharedFeedCoordinator(LiveFeed *feed, Options options, QObject *parent)
    : QObject(parent ? parent : feed)
    , m_options(std::move(options))
    , m_client(new RedisClient(this))
    , m_cache(ensureInstanceId(m_options.instanceId).toUtf8())
    , m_writer(new FencedWriter(m_client, this))
    , m_health(new InstanceHealth(m_client, m_options.instanceId, m_options.healthIntervalMs, this))
    , m_fx(new SharedFxJob(feed->poller(FeedRole::Fx), feed->fxKeeper(), m_client, m_writer, m_cache,
                           m_options.instanceId.toUtf8(), m_options.fxLeaseMs, this))
    , m_ticker(new SharedTickerJob(feed, m_client, m_writer, m_cache, m_fx, m_options.instanceId.toUtf8(),
                                   { leaseFor(m_options.tickerLeaseMs, feed->config().tickerPeriodMs),
                                     leaseFor(m_options.premiumLeaseMs, feed->config().tickerPeriodMs) },
                                   this))
{
    m_status.instanceId = m_options.instanceId;
    m_status.redisUrl = m_options.address.toUrl();
    m_status.redis = SharedFeedStatus::RedisState::Connecting;
    m_health->setRole(m_status.role);

    m_client->setTimeoutMs(m_options.redisTimeoutMs);
    m_client->setReconnectDelays(m_options.reconnectFirstMs, m_options.reconnectMaxMs);
    connect(m_client, &RedisClient::stateChanged, this, &SharedFeedCoordinator::onClientState);
    connect(m_writer, &FencedWriter::refused, this, &SharedFeedCoordinator::onWriteRefused);
    connect(m_ticker, &SharedTickerJob::roleDecided, this, &SharedFeedCoordinator::setRole);
    connect(m_ticker, &SharedTickerJob::cacheRead, this, &SharedFeedCoordinator::cacheRead);
    connect(m_fx, &SharedFxJob::cacheRead, this, &SharedFeedCoordinator::cacheRead);
}

SharedFeedCoordinator::~SharedFeedCoordinator() = default;

QString SharedFeedCoordinator::makeInstanceId()
{
    QString host = QSysInfo::machineHostName().section(u'.', 0, 0);
    if (host.isEmpty())
        host = QStringLiteral("host");
    return host + u'-' + QString::number(QCoreApplication::applicationPid()) + u'-'
        + QString::number(QRandomGenerator::global()->bounded(0x10000), 16).rightJustified(4, u'0');
}

int SharedFeedCoordinator::leaseFor(int minimumMs, int periodMs)
{
    return std::max(minimumMs, 2 * periodMs);
}

void SharedFeedCoordinator::start()
{
    qCInfo(lcShared).noquote() << "shared feed through" << m_options.address.toUrl() << "as instance"
                               << m_status.instanceId;
    m_waitingForFirstConnection = true;
    m_ticker->holdCycles();
    m_fx->holdCycles();
    QTimer::singleShot(m_options.redisTimeoutMs, this, [this] {
        if (m_waitingForFirstConnection)
            releaseCycles();
    });
    m_client->connectToServer(m_options.address);
    m_health->start();
    publish();
}

void SharedFeedCoordinator::setOpenPositionCount(int count)
{
    m_health->setOpenPositionCount(count);
}

void SharedFeedCoordinator::onWriteRefused(const QString &job, const RedisLock *lock, qint64 ourFence,
                                           qint64 currentFence)
{
    ++m_status.refusedWrites;
    if (lock == &m_ticker->tickerLock())
        setRole(SharedFeedStatus::Role::Following);
    publish();
    Q_EMIT staleWriteRefused(job, ourFence, currentFence);
}

void SharedFeedCoordinator::onClientState()
{
    RedisStatus::update(m_status, *m_client);
    const RedisClient::State state = m_client->state();
    if (state == RedisClient::State::Connected) {
        m_health->writeAll();
        if (m_waitingForFirstConnection)
            releaseCycles();
    } else if (state == RedisClient::State::Disconnected) {
        m_ticker->forget();
        m_fx->forget();
        setRole(SharedFeedStatus::Role::Alone);
        if (m_waitingForFirstConnection)
            releaseCycles();
    }
    publish();
}

void SharedFeedCoordinator::releaseCycles()
{
    m_waitingForFirstConnection = false;
    m_ticker->releaseCycles();
    m_fx->releaseCycles();
}

void SharedFeedCoordinator::setRole(SharedFeedStatus::Role role, const QString &leaderId)
{
    if (m_status.role == role && m_status.leaderId == leaderId)
        return;
    if (m_status.role != role) {
        if (role == SharedFeedStatus::Role::Polling)
            qCInfo(lcShared).noquote() << "polling the exchanges for every instance (fencing number"
                                       << m_ticker->tickerLock().fence() << ')';
        else if (role == SharedFeedStatus::Role::Following)
            qCInfo(lcShared).noquote() << "following the shared feed of"
                                       << (leaderId.isEmpty() ? QStringLiteral("another instance") : leaderId);
        else
            qCInfo(lcShared).noquote() << "polling alone: Redis is unreachable";
    }
    m_status.role = role;
    m_status.leaderId = leaderId;
    m_health->setRole(role);
    publish();
}

void SharedFeedCoordinator::publish()
{
    if (m_status == m_published)
        return;
    m_published = m_status;
    Q_EMIT statusChanged(m_status);
}
