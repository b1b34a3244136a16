#include "sharedfeedcoordinator.h"

#include "fencedwrite.h"
#include "redisclient.h"
#include "sharedrequestbudget.h"

#include "exchanges/venuegates.h"
#include "fx/fxkeeper.h"
#include "premium/livefeed.h"
#include "premium/premiumjson.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSysInfo>

#include <algorithm>

Q_LOGGING_CATEGORY(lcShared, "ps.coordination", QtInfoMsg)

namespace {

const QString TickerJob = QStringLiteral("ticker");
const QString FxJob = QStringLiteral("fx");
const QString PremiumJob = QStringLiteral("premium");

qint64 wallMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString roleId(SharedFeedStatus::Role role)
{
    switch (role) {
    case SharedFeedStatus::Role::Alone: return QStringLiteral("alone");
    case SharedFeedStatus::Role::Polling: return QStringLiteral("polling");
    case SharedFeedStatus::Role::Following: return QStringLiteral("following");
    }
    return QString();
}

QList<SharedRequestBudget::Limit> budgetsOf(const HttpPoller *poller)
{
    // The primary venue of the feed: fallbacks are asked only when it fails, and their own
    // gates still hold them to each instance's share.
    const Endpoint &endpoint = poller->endpoints().constFirst();
    const VenueLimits &limits = poller->gates()->gate(endpoint.venue, endpoint.baseUrl)->limits();
    return {{endpoint.venue, limits.requestsPerSecond, limits.requestsPerDay}};
}

} // namespace

SharedFeedCoordinator::SharedFeedCoordinator(LiveFeed *feed, Options options, QObject *parent)
    : QObject(parent ? parent : feed)
    , m_feed(feed)
    , m_options(std::move(options))
    , m_client(new RedisClient(this))
    , m_cache((m_options.instanceId.isEmpty() ? (m_options.instanceId = makeInstanceId()) : m_options.instanceId).toUtf8())
    , m_tickerLock(QByteArrayLiteral("lock:ticker:all"), m_options.instanceId.toUtf8(),
                   leaseFor(m_options.tickerLeaseMs, feed->config().tickerPeriodMs))
    , m_premiumLock(QByteArrayLiteral("lock:premium"), m_options.instanceId.toUtf8(),
                    leaseFor(m_options.premiumLeaseMs, feed->config().tickerPeriodMs))
    , m_fxLock(QByteArrayLiteral("lock:fx"), m_options.instanceId.toUtf8(), m_options.fxLeaseMs)
{
    m_clock.start();
    m_status.instanceId = m_options.instanceId;
    m_status.redisUrl = m_options.address.toUrl();
    m_status.redis = SharedFeedStatus::RedisState::Connecting;

    m_client->setTimeoutMs(m_options.redisTimeoutMs);
    m_client->setReconnectDelays(m_options.reconnectFirstMs, m_options.reconnectMaxMs);
    connect(m_client, &RedisClient::stateChanged, this, &SharedFeedCoordinator::onClientState);

    m_healthTimer.setInterval(m_options.healthIntervalMs);
    connect(&m_healthTimer, &QTimer::timeout, this, [this] {
        writeHealth();
        writePositions(m_openPositions);
    });
    installGates();
}

SharedFeedCoordinator::~SharedFeedCoordinator()
{
    for (const QPointer<HttpPoller> &poller : m_pollers) {
        if (poller)
            poller->setCycleGate({});
    }
    if (m_fallbackPoller)
        m_fallbackPoller->setCycleGate({});
}

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

void SharedFeedCoordinator::installGates()
{
    for (int i = 0; i < FeedRoleCount; ++i) {
        const auto role = static_cast<FeedRole>(i);
        HttpPoller *poller = m_feed->poller(role);
        m_pollers[i] = poller;
        if (!poller || poller->endpoints().isEmpty())
            continue;
        if (role == FeedRole::Fx) {
            m_fxPair = poller->endpoints().constFirst().symbol;
            poller->setCycleGate([this](Decide decide) { askFx(std::move(decide)); });
            connect(poller, &HttpPoller::quoteReceived, this, [this](const Quote &quote) { onFxReport(&quote); });
            connect(poller, &HttpPoller::fetchFailed, this, [this] { onFxReport(nullptr); });
            continue;
        }
        m_tickerRoles.append(role);
        addTickerReads(role, poller);
        poller->setCycleGate([this, role](Decide decide) { askTicker(role, std::move(decide)); });
    }
    // The Korean fallback venue polls only while the primary fails, on its own cadence: it polls
    // when we poll for everyone (or alone), and its quotes reach followers under its own key.
    m_fallbackPoller = m_feed->koreanFallbackPoller();
    if (m_fallbackPoller) {
        addTickerReads(FeedRole::KoreanSpot, m_fallbackPoller);
        m_fallbackPoller->setCycleGate([this](Decide decide) {
            HttpPoller::CycleDecision decision;
            decision.poll = !m_client->isConnected() || m_tickerLock.isHeld();
            decide(decision);
        });
    }
    // The monitor has a sample once both tickers of a cycle are in: that is when our tick is
    // complete, whichever venue answered and whatever the outlier guard let through.
    connect(m_feed->monitor(), &PremiumMonitor::sampled, this, [this] {
        if (m_tick.open)
            flushTick(ClaimNext::Yes);
    });
}

void SharedFeedCoordinator::addTickerReads(FeedRole role, const HttpPoller *poller)
{
    for (const Endpoint &endpoint : poller->endpoints()) {
        const bool known = std::any_of(m_tickerReads.cbegin(), m_tickerReads.cend(),
                                       [&](const CacheRead &read) { return read.role == role && read.venue == endpoint.venue; });
        if (!known)
            m_tickerReads.append({role, endpoint.venue, endpoint.symbol});
    }
}

void SharedFeedCoordinator::start()
{
    qCInfo(lcShared).noquote() << "shared feed through" << m_options.address.toUrl() << "as instance" << m_status.instanceId;
    m_waitingForFirstConnection = true;
    QTimer::singleShot(m_options.redisTimeoutMs, this, [this] {
        if (m_waitingForFirstConnection)
            releaseWaitersStandalone();
    });
    m_client->connectToServer(m_options.address);
    m_healthTimer.start();
    publish();
}

// ---- tickers -------------------------------------------------------------------------------

void SharedFeedCoordinator::askTicker(FeedRole role, Decide decide)
{
    if (m_tickerDeciding || m_waitingForFirstConnection) {
        m_tickerWaiters.append({role, std::move(decide)});
        return;
    }
    // Both ticker pollers start their cycles together: the second one's question is answered
    // with the decision just made for the first.
    const int period = m_feed->config().tickerPeriodMs;
    if (m_tickerDecisionValid && !m_tickerConsumed.contains(static_cast<int>(role))
        && m_clock.elapsed() - m_tickerDecidedAt < period / 2) {
        answerTicker(role, decide);
        return;
    }
    m_tickerWaiters.append({role, std::move(decide)});
    decideTicker();
}

void SharedFeedCoordinator::decideTicker()
{
    flushTick(ClaimNext::No);
    // A claim sent with the last tick's write and not back yet is overtaken by this decision.
    ++m_claimGeneration;
    const std::optional<Claim> claim = std::exchange(m_claim, std::nullopt);
    if (claim && m_tickerLock.isHeld() && m_clock.elapsed() - claim->sentAt <= claimLifetimeMs()) {
        setRole(SharedFeedStatus::Role::Polling);
        settleTicker(claim->decision, claim->decision.poll);
        return;
    }
    if (!m_client->isConnected()) {
        setRole(SharedFeedStatus::Role::Alone);
        settleTicker({}, false);
        return;
    }
    QList<RedisCommand> commands = claimCommands();
    for (const CacheRead &read : std::as_const(m_tickerReads))
        commands.append(SharedFeedCache::read(SharedFeedCache::tickerKey(read.venue, read.symbol)));
    commands.append(SharedFeedCache::read(SharedFeedCache::fxKey(m_fxPair)));
    m_tickerDeciding = true;
    m_client->pipeline(commands, this, [this](const QList<RedisReply> &replies) {
        m_tickerDeciding = false;
        onTickerReplies(replies);
    });
}

void SharedFeedCoordinator::onTickerReplies(const QList<RedisReply> &replies)
{
    if (replies.constFirst().isError() || !m_client->isConnected()) {
        m_tickerLock.forget();
        m_premiumLock.forget();
        setRole(SharedFeedStatus::Role::Alone);
        settleTicker({}, false);
        return;
    }
    const QList<RedisReply> reads = replies.mid(3);
    feedFx(reads.constLast());
    if (const auto decision = applyClaim(replies)) {
        setRole(SharedFeedStatus::Role::Polling);
        settleTicker(*decision, decision->poll);
        return;
    }

    setRole(SharedFeedStatus::Role::Following, QString::fromUtf8(m_tickerLock.holder()));
    const qint64 newest = feedFromCache(reads);
    settleTicker({false, followerDelayMs(newest)}, false);
    if (m_premiumLock.isHeld())
        commitPremium();
}

void SharedFeedCoordinator::settleTicker(const HttpPoller::CycleDecision &decision, bool openTick)
{
    m_tickerDecision = decision;
    m_tickerDecisionValid = true;
    m_tickerDecidedAt = m_clock.elapsed();
    m_tickerConsumed.clear();
    m_tick = Tick{};
    m_tick.open = openTick;
    m_tick.startedAtMs = wallMs();
    const QList<Waiter> waiters = std::exchange(m_tickerWaiters, {});
    for (const Waiter &waiter : waiters)
        answerTicker(waiter.role, waiter.decide);
}

void SharedFeedCoordinator::answerTicker(FeedRole role, const Decide &decide)
{
    m_tickerConsumed.insert(static_cast<int>(role));
    decide(m_tickerDecision);
}

QList<RedisCommand> SharedFeedCoordinator::claimCommands() const
{
    QList<RedisCommand> commands{m_tickerLock.holdCommand(), m_premiumLock.holdCommand()};
    QList<SharedRequestBudget::Limit> budgets;
    for (FeedRole role : std::as_const(m_tickerRoles))
        budgets += budgetsOf(m_pollers[static_cast<int>(role)]);
    commands.append(SharedRequestBudget::take(m_tickerLock, budgets));
    return commands;
}

std::optional<HttpPoller::CycleDecision> SharedFeedCoordinator::applyClaim(const QList<RedisReply> &replies)
{
    const bool held = m_tickerLock.applyHold(replies.at(0));
    m_premiumLock.applyHold(replies.at(1));
    if (!held)
        return std::nullopt;
    const auto budget = SharedRequestBudget::outcome(replies.at(2));
    if (budget == SharedRequestBudget::Outcome::Exhausted)
        qCWarning(lcShared) << "the venues' shared request budget is used up for this second: skipping a cycle";
    HttpPoller::CycleDecision decision;
    decision.poll = budget != SharedRequestBudget::Outcome::Exhausted && budget != SharedRequestBudget::Outcome::NotHolder;
    return decision;
}

int SharedFeedCoordinator::claimLifetimeMs() const
{
    // The renewed lease must still cover the next cycle's requests (they time out after 4/5 of
    // the period) and the write that follows them; a longer period than that takes its own trip.
    const int period = m_feed->config().tickerPeriodMs;
    return m_tickerLock.leaseMs() - period * 4 / 5 - period / 10;
}

void SharedFeedCoordinator::claimNextTick()
{
    m_claim.reset();
    const int period = m_feed->config().tickerPeriodMs;
    if (!m_tickerLock.isHeld() || !m_client->isConnected() || claimLifetimeMs() < period)
        return;
    QList<RedisCommand> commands = claimCommands();
    commands.append(SharedFeedCache::read(SharedFeedCache::fxKey(m_fxPair)));
    const qint64 sentAt = m_clock.elapsed();
    const quint64 generation = m_claimGeneration;
    m_client->pipeline(commands, this, [this, sentAt, generation](const QList<RedisReply> &replies) {
        if (generation != m_claimGeneration || replies.constFirst().isError())
            return;
        feedFx(replies.constLast());
        if (const auto decision = applyClaim(replies))
            m_claim = Claim{*decision, sentAt};
    });
}

void SharedFeedCoordinator::flushTick(ClaimNext claimNext)
{
    if (!m_tick.open)
        return;
    m_tick.open = false;
    // Sent even when every poll failed: the fence check alone tells a paused poller that it was
    // replaced.
    FencedWrite tickers;
    bool anyFresh = false;
    for (FeedRole role : std::as_const(m_tickerRoles)) {
        const auto quote = m_feed->monitor()->status(role).lastQuote;
        if (quote && !quote->fromCache && quote->receivedAtMs >= m_tick.startedAtMs) {
            m_cache.addTicker(tickers, *quote);
            anyFresh = true;
        }
    }
    if (anyFresh)
        SharedFeedCache::addLastRun(tickers, TickerJob, wallMs());
    sendFenced(TickerJob, m_tickerLock, tickers);
    // In the same pass of the event loop as the tickers' write: one round trip for the tick.
    const auto &sample = m_feed->monitor()->latest();
    if (m_premiumLock.isHeld() && sample && sample->observedAtMs >= m_tick.startedAtMs)
        commitPremium();
    // The claim on the next cycle goes along too, so that it needs no trip of its own.
    if (claimNext == ClaimNext::Yes)
        claimNextTick();
}

void SharedFeedCoordinator::commitPremium()
{
    const auto &sample = m_feed->monitor()->latest();
    if (!sample || sample->observedAtMs <= m_lastPremiumWritten)
        return;
    FencedWrite write;
    m_cache.addPremium(write, *sample);
    SharedFeedCache::addLastRun(write, PremiumJob, wallMs());
    m_lastPremiumWritten = sample->observedAtMs;
    sendFenced(PremiumJob, m_premiumLock, write);
}

int SharedFeedCoordinator::followerDelayMs(qint64 newestTickMs) const
{
    const int period = m_feed->config().tickerPeriodMs;
    // Nothing new yet: the poller is late, gone, or Redis was emptied. Look again soon; this is
    // also how a follower notices a free lock well before a whole period has passed.
    if (newestTickMs <= 0)
        return period / 4;
    // The poller writes about one period after the tick we just read; read a little after that.
    const qint64 lag = std::max(50, period / 10);
    return static_cast<int>(std::clamp<qint64>(newestTickMs + period + lag - wallMs(), period / 4, period * 3 / 2));
}

qint64 SharedFeedCoordinator::feedFromCache(const QList<RedisReply> &reads)
{
    const qint64 now = wallMs();
    std::array<std::optional<Quote>, FeedRoleCount> newest;
    for (qsizetype i = 0; i < m_tickerReads.size() && i < reads.size(); ++i) {
        const CacheRead &read = m_tickerReads.at(i);
        const auto quote = SharedFeedCache::tickerFromHash(reads.at(i).toHash(), read.venue, read.symbol, now);
        Q_EMIT cacheRead(QStringLiteral("ticker"), quote.has_value());
        auto &slot = newest[static_cast<int>(read.role)];
        if (quote && (!slot || quote->receivedAtMs > slot->receivedAtMs))
            slot = quote;
    }
    qint64 newestTick = 0;
    bool anyNew = false;
    for (FeedRole role : std::as_const(m_tickerRoles)) {
        const auto &quote = newest[static_cast<int>(role)];
        if (quote && quote->receivedAtMs > m_lastFedMs[static_cast<int>(role)])
            anyNew = true;
        if (quote)
            newestTick = std::max(newestTick, quote->receivedAtMs);
    }
    if (!anyNew)
        return 0;
    // The unchanged one is handed over again so that the monitor completes the cycle; its age
    // still tells whether it is stale.
    for (FeedRole role : std::as_const(m_tickerRoles)) {
        const auto &quote = newest[static_cast<int>(role)];
        if (!quote)
            continue;
        m_lastFedMs[static_cast<int>(role)] = quote->receivedAtMs;
        m_feed->monitor()->acceptQuote(role, *quote);
    }
    return newestTick;
}

void SharedFeedCoordinator::feedFx(const RedisReply &read)
{
    const auto quote = SharedFeedCache::fxFromHash(read.toHash(), m_fxPair, wallMs());
    Q_EMIT cacheRead(QStringLiteral("fx"), quote.has_value());
    const int index = static_cast<int>(FeedRole::Fx);
    if (!quote || quote->receivedAtMs <= m_lastFedMs[index])
        return;
    m_lastFedMs[index] = quote->receivedAtMs;
    // Through the keeper, like a polled rate: a manual rate the user set still wins.
    m_feed->fxKeeper()->acceptLive(*quote);
}

// ---- FX ------------------------------------------------------------------------------------

void SharedFeedCoordinator::askFx(Decide decide)
{
    if (m_waitingForFirstConnection) {
        m_fxWaiters.append(std::move(decide));
        return;
    }
    if (!m_client->isConnected()) {
        decide({});
        return;
    }
    const int period = m_feed->config().fxPeriodMs;
    HttpPoller *poller = m_pollers[static_cast<int>(FeedRole::Fx)];
    const QList<RedisCommand> commands{
        m_fxLock.acquireIfDueCommand(SharedFeedCache::lastRunKey(FxJob), period - period / 20),
        SharedRequestBudget::take(m_fxLock, budgetsOf(poller)),
        SharedFeedCache::read(SharedFeedCache::fxKey(m_fxPair)),
    };
    m_client->pipeline(commands, this, [this, decide = std::move(decide)](const QList<RedisReply> &replies) {
        onFxReplies(replies, decide);
    });
}

void SharedFeedCoordinator::onFxReplies(const QList<RedisReply> &replies, const Decide &decide)
{
    if (replies.constFirst().isError()) {
        m_fxLock.forget();
        decide({});
        return;
    }
    feedFx(replies.at(2));
    const int period = m_feed->config().fxPeriodMs;
    if (m_fxLock.applyHold(replies.at(0))) {
        if (SharedRequestBudget::outcome(replies.at(1)) != SharedRequestBudget::Outcome::Exhausted) {
            m_fxPolling = true;
            decide({});
            return;
        }
        qCWarning(lcShared) << "the FX source's shared daily budget is used up";
        m_client->send(m_fxLock.releaseCommand(), this, [](const RedisReply &) {});
        m_fxLock.forget();
        decide({false, std::min(period, 60'000)});
        return;
    }
    const qint64 lastRun = replies.at(0).at(2).toInteger();
    const qint64 serverNow = replies.at(0).at(3).toInteger();
    // Someone is fetching right now (or failed to): look again shortly. Otherwise come back just
    // after the next run is due, so that all instances ask at about the same moment.
    const qint64 lag = std::max(1000, period / 100);
    qint64 delay = std::min<qint64>(period, 5'000);
    if (lastRun > 0 && serverNow - lastRun < period - period / 20)
        delay = lastRun + period + lag - serverNow;
    decide({false, static_cast<int>(std::clamp<qint64>(delay, 1000, period))});
}

void SharedFeedCoordinator::onFxReport(const Quote *quote)
{
    if (!m_fxPolling)
        return;
    m_fxPolling = false;
    if (quote) {
        m_lastFedMs[static_cast<int>(FeedRole::Fx)] = quote->receivedAtMs;
        FencedWrite write;
        m_cache.addFx(write, *quote);
        SharedFeedCache::addLastRun(write, FxJob, wallMs());
        sendFenced(FxJob, m_fxLock, write);
    }
    // The FX lease (30 s) is far shorter than the period: the lock is only held for the fetch.
    m_client->send(m_fxLock.releaseCommand(), this, [](const RedisReply &) {});
    m_fxLock.forget();
}

// ---- writes ------------------------------------------------------------------------------------

void SharedFeedCoordinator::sendFenced(const QString &job, RedisLock &lock, const FencedWrite &write)
{
    const qint64 fence = lock.fence();
    m_client->send(write.command(lock), this, [this, job, &lock, fence](const RedisReply &reply) {
        onFencedOutcome(job, lock, fence, reply);
    });
}

void SharedFeedCoordinator::onFencedOutcome(const QString &job, RedisLock &lock, qint64 fenceUsed, const RedisReply &reply)
{
    const FencedWrite::Outcome outcome = FencedWrite::outcome(reply);
    if (outcome.accepted || !outcome.error.isEmpty()) {
        if (!outcome.error.isEmpty())
            qCDebug(lcShared).noquote() << job << "write failed:" << outcome.error;
        return;
    }
    qCWarning(lcShared).noquote()
        << QStringLiteral("refused our stale %1 write: fencing number %2 is older than %3; another instance took over")
               .arg(job).arg(fenceUsed).arg(outcome.currentFence);
    ++m_status.refusedWrites;
    if (lock.fence() == fenceUsed)
        lock.forget();
    if (&lock == &m_tickerLock)
        setRole(SharedFeedStatus::Role::Following);
    publish();
    Q_EMIT staleWriteRefused(job, fenceUsed, outcome.currentFence);
}

// ---- connection, health, positions -----------------------------------------------------------

void SharedFeedCoordinator::onClientState()
{
    const RedisClient::State state = m_client->state();
    if (state == RedisClient::State::Connected) {
        m_status.redis = SharedFeedStatus::RedisState::Connected;
        m_status.lastError.clear();
        m_status.passwordRefused = false;
        m_status.retryInMs = -1;
        writeHealth();
        writePositions(m_openPositions);
        if (m_waitingForFirstConnection) {
            m_waitingForFirstConnection = false;
            if (!m_tickerWaiters.isEmpty())
                decideTicker();
            for (Decide &decide : std::exchange(m_fxWaiters, {}))
                askFx(std::move(decide));
        }
    } else if (state == RedisClient::State::Disconnected) {
        m_claim.reset();
        m_tickerLock.forget();
        m_premiumLock.forget();
        m_fxLock.forget();
        m_fxPolling = false;
        m_tick.open = false;
        m_status.redis = SharedFeedStatus::RedisState::Unreachable;
        m_status.lastError = m_client->lastError();
        // Redis's error codes for a missing or wrong password (Redis 6+, and older servers' words).
        m_status.passwordRefused = m_status.lastError.startsWith(u"NOAUTH") || m_status.lastError.startsWith(u"WRONGPASS")
            || m_status.lastError.startsWith(u"ERR invalid password");
        m_status.retryInMs = m_client->reconnectInMs();
        setRole(SharedFeedStatus::Role::Alone);
        if (m_waitingForFirstConnection)
            releaseWaitersStandalone();
    }
    publish();
}

void SharedFeedCoordinator::releaseWaitersStandalone()
{
    m_waitingForFirstConnection = false;
    if (!m_tickerWaiters.isEmpty() && !m_tickerDeciding) {
        setRole(SharedFeedStatus::Role::Alone);
        settleTicker({}, false);
    }
    for (const Decide &decide : std::exchange(m_fxWaiters, {}))
        decide({});
}

void SharedFeedCoordinator::writeHealth()
{
    if (!m_client->isConnected())
        return;
    const QJsonObject health{
        {QStringLiteral("instance"), m_status.instanceId},
        {QStringLiteral("role"), roleId(m_status.role)},
        {QStringLiteral("host"), QSysInfo::machineHostName()},
        {QStringLiteral("pid"), QCoreApplication::applicationPid()},
        {QStringLiteral("version"), QCoreApplication::applicationVersion()},
        {QStringLiteral("updated_at"), PremiumJson::isoUtc(wallMs())},
    };
    m_client->send({QByteArrayLiteral("SET"), SharedFeedCache::healthKey(m_status.instanceId),
                    QJsonDocument(health).toJson(QJsonDocument::Compact), QByteArrayLiteral("PX"),
                    QByteArray::number(SharedFeedCache::HealthTtlMs)},
                   this, [](const RedisReply &) {});
}

void SharedFeedCoordinator::setOpenPositionCount(int count)
{
    count = std::max(0, count);
    if (count == m_openPositions)
        return;
    const int previous = std::exchange(m_openPositions, count);
    writePositions(previous);
}

void SharedFeedCoordinator::writePositions(int previous)
{
    // An instance that never had a position open leaves the keys to those that have. The others
    // refresh their own count with the health key, so that a dead instance's count expires and
    // drops out of the next total.
    if (!m_client->isConnected() || (m_openPositions == 0 && previous == 0))
        return;
    m_client->send(SharedFeedCache::writeOpenPositions(m_status.instanceId, m_openPositions), this,
                   [](const RedisReply &) {});
}

void SharedFeedCoordinator::setRole(SharedFeedStatus::Role role, const QString &leaderId)
{
    if (m_status.role == role && m_status.leaderId == leaderId)
        return;
    if (m_status.role != role) {
        if (role == SharedFeedStatus::Role::Polling)
            qCInfo(lcShared).noquote() << "polling the exchanges for every instance (fencing number"
                                       << m_tickerLock.fence() << ')';
        else if (role == SharedFeedStatus::Role::Following)
            qCInfo(lcShared).noquote() << "following the shared feed of" << (leaderId.isEmpty() ? QStringLiteral("another instance") : leaderId);
        else
            qCInfo(lcShared).noquote() << "polling alone: Redis is unreachable";
    }
    const bool changed = m_status.role != role;
    m_status.role = role;
    m_status.leaderId = leaderId;
    if (changed)
        writeHealth();
    publish();
}

void SharedFeedCoordinator::publish()
{
    if (m_status == m_published)
        return;
    m_published = m_status;
    Q_EMIT statusChanged(m_status);
}
