#include "sharedtickerjob.h"

#include "fencedwrite.h"
#include "fencedwriter.h"
#include "redisclient.h"
#include "sharedfeedcache.h"
#include "sharedfxjob.h"

#include "premium/livefeed.h"

#include <QDateTime>

#include <algorithm>

namespace {

const QString TickerJob = QStringLiteral("ticker");
const QString PremiumJob = QStringLiteral("premium");

qint64 wallMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

SharedTickerJob::SharedTickerJob(LiveFeed *feed, RedisClient *client, FencedWriter *writer,
                                 const SharedFeedCache &cache, SharedFxJob *fx, const QByteArray &instanceId,
                                 Leases leases, QObject *parent)
    : QObject(parent)
    , m_feed(feed)
    , m_client(client)
    , m_writer(writer)
    , m_cache(cache)
    , m_fx(fx)
    , m_claim(QByteArrayLiteral("lock:ticker:all"), instanceId, leases.tickerMs)
    , m_premiumLock(QByteArrayLiteral("lock:premium"), instanceId, leases.premiumMs)
{
    m_clock.start();
    for (int i = 0; i < FeedRoleCount; ++i) {
        const auto role = static_cast<FeedRole>(i);
        HttpPoller *poller = m_feed->poller(role);
        if (role == FeedRole::Fx || !poller || poller->endpoints().isEmpty())
            continue;
        m_pollers[i] = poller;
        m_roles.append(role);
        addReads(role, poller);
        poller->setCycleGate([this, role](Decide decide) { ask(role, std::move(decide)); });
    }
    // The Korean fallback venue polls only while the primary fails, on its own cadence: it polls
    // when we poll for everyone (or alone), and its quotes reach followers under its own key.
    m_fallbackPoller = m_feed->koreanFallbackPoller();
    if (m_fallbackPoller) {
        addReads(FeedRole::KoreanSpot, m_fallbackPoller);
        m_fallbackPoller->setCycleGate([this](Decide decide) {
            HttpPoller::CycleDecision decision;
            decision.poll = !m_client->isConnected() || m_claim.lock().isHeld();
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

SharedTickerJob::~SharedTickerJob()
{
    for (const QPointer<HttpPoller> &poller : m_pollers) {
        if (poller)
            poller->setCycleGate({});
    }
    if (m_fallbackPoller)
        m_fallbackPoller->setCycleGate({});
}

void SharedTickerJob::addReads(FeedRole role, const HttpPoller *poller)
{
    for (const Endpoint &endpoint : poller->endpoints()) {
        const bool known = std::any_of(m_reads.cbegin(), m_reads.cend(), [&](const CacheRead &read) {
            return read.role == role && read.venue == endpoint.venue;
        });
        if (!known)
            m_reads.append({ role, endpoint.venue, endpoint.symbol });
    }
}

int SharedTickerJob::periodMs() const
{
    return m_feed->config().tickerPeriodMs;
}

void SharedTickerJob::holdCycles()
{
    m_holding = true;
}

void SharedTickerJob::releaseCycles()
{
    m_holding = false;
    if (!m_waiters.isEmpty() && !m_deciding)
        decide();
}

void SharedTickerJob::forget()
{
    m_nextClaim.reset();
    m_claim.lock().forget();
    m_premiumLock.forget();
    m_tick.open = false;
}

void SharedTickerJob::ask(FeedRole role, Decide decide)
{
    if (m_deciding || m_holding) {
        m_waiters.append({ role, std::move(decide) });
        return;
    }
    // Both ticker pollers start their cycles together: the second one's question is answered
    // with the decision just made for the first.
    if (m_decisionValid && !m_consumed.contains(static_cast<int>(role))
        && m_clock.elapsed() - m_decidedAt < periodMs() / 2) {
        answer(role, decide);
        return;
    }
    m_waiters.append({ role, std::move(decide) });
    this->decide();
}

void SharedTickerJob::decide()
{
    flushTick(ClaimNext::No);
    // A claim sent with the last tick's write and not back yet is overtaken by this decision.
    ++m_claimGeneration;
    const std::optional<NextClaim> claim = std::exchange(m_nextClaim, std::nullopt);
    if (claim && m_claim.lock().isHeld() && m_clock.elapsed() - claim->sentAt <= claimLifetimeMs()) {
        setRole(SharedFeedStatus::Role::Polling);
        settle(claim->decision, claim->decision.poll);
        return;
    }
    if (!m_client->isConnected()) {
        setRole(SharedFeedStatus::Role::Alone);
        settle({}, false);
        return;
    }
    QList<RedisCommand> commands = claimCommands();
    for (const CacheRead &read : std::as_const(m_reads))
        commands.append(SharedFeedCache::read(SharedFeedCache::tickerKey(read.venue, read.symbol)));
    commands.append(m_fx->readCommand());
    m_deciding = true;
    m_client->pipeline(commands, this, [this](const QList<RedisReply> &replies) {
        m_deciding = false;
        onReplies(replies);
    });
}

void SharedTickerJob::onReplies(const QList<RedisReply> &replies)
{
    if (replies.constFirst().isError() || !m_client->isConnected()) {
        m_claim.lock().forget();
        m_premiumLock.forget();
        setRole(SharedFeedStatus::Role::Alone);
        settle({}, false);
        return;
    }
    const QList<RedisReply> reads = replies.mid(PollClaim::CommandCount + 1);
    m_fx->feed(reads.constLast());
    if (const auto decision = applyClaim(replies)) {
        setRole(SharedFeedStatus::Role::Polling);
        settle(*decision, decision->poll);
        return;
    }

    setRole(SharedFeedStatus::Role::Following, QString::fromUtf8(m_claim.lock().holder()));
    const qint64 newest = feedFromCache(reads);
    settle({ false, PollClaim::followerDelayMs(newest, periodMs(), wallMs()) }, false);
    if (m_premiumLock.isHeld())
        commitPremium();
}

void SharedTickerJob::settle(const HttpPoller::CycleDecision &decision, bool openTick)
{
    m_decision = decision;
    m_decisionValid = true;
    m_decidedAt = m_clock.elapsed();
    m_consumed.clear();
    m_tick = Tick {};
    m_tick.open = openTick;
    m_tick.startedAtMs = wallMs();
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &waiter : waiters)
        answer(waiter.role, waiter.decide);
}

void SharedTickerJob::answer(FeedRole role, const Decide &decide)
{
    m_consumed.insert(static_cast<int>(role));
    decide(m_decision);
}

QList<RedisCommand> SharedTickerJob::claimCommands() const
{
    QList<SharedRequestBudget::Limit> budgets;
    for (FeedRole role : std::as_const(m_roles))
        budgets += SharedRequestBudget::limitsOf(m_pollers[static_cast<int>(role)]);
    return m_claim.commands(budgets) << m_premiumLock.holdCommand();
}

std::optional<HttpPoller::CycleDecision> SharedTickerJob::applyClaim(const QList<RedisReply> &replies)
{
    m_premiumLock.applyHold(replies.at(PollClaim::CommandCount));
    return m_claim.apply(replies);
}

int SharedTickerJob::claimLifetimeMs() const
{
    // The renewed lease must still cover the next cycle's requests (they time out after 4/5 of
    // the period) and the write that follows them; a longer period than that takes its own trip.
    const int period = periodMs();
    return m_claim.lock().leaseMs() - period * 4 / 5 - period / 10;
}

void SharedTickerJob::claimNextTick()
{
    m_nextClaim.reset();
    if (!m_claim.lock().isHeld() || !m_client->isConnected() || claimLifetimeMs() < periodMs())
        return;
    QList<RedisCommand> commands = claimCommands();
    commands.append(m_fx->readCommand());
    const qint64 sentAt = m_clock.elapsed();
    const quint64 generation = m_claimGeneration;
    m_client->pipeline(commands, this, [this, sentAt, generation](const QList<RedisReply> &replies) {
        if (generation != m_claimGeneration || replies.constFirst().isError())
            return;
        m_fx->feed(replies.constLast());
        if (const auto decision = applyClaim(replies))
            m_nextClaim = NextClaim { *decision, sentAt };
    });
}

void SharedTickerJob::flushTick(ClaimNext claimNext)
{
    if (!m_tick.open)
        return;
    m_tick.open = false;
    // Sent even when every poll failed: the fence check alone tells a paused poller that it was
    // replaced.
    FencedWrite tickers;
    bool anyFresh = false;
    for (FeedRole role : std::as_const(m_roles)) {
        const auto quote = m_feed->monitor()->status(role).lastQuote;
        if (quote && !quote->fromCache && quote->receivedAtMs >= m_tick.startedAtMs) {
            m_cache.addTicker(tickers, *quote);
            anyFresh = true;
        }
    }
    if (anyFresh)
        SharedFeedCache::addLastRun(tickers, TickerJob, wallMs());
    m_writer->send(TickerJob, m_claim.lock(), tickers);
    // In the same pass of the event loop as the tickers' write: one round trip for the tick.
    const auto &sample = m_feed->monitor()->latest();
    if (m_premiumLock.isHeld() && sample && sample->observedAtMs >= m_tick.startedAtMs)
        commitPremium();
    // The claim on the next cycle goes along too, so that it needs no trip of its own.
    if (claimNext == ClaimNext::Yes)
        claimNextTick();
}

void SharedTickerJob::commitPremium()
{
    const auto &sample = m_feed->monitor()->latest();
    if (!sample || sample->observedAtMs <= m_lastPremiumWritten)
        return;
    FencedWrite write;
    m_cache.addPremium(write, *sample);
    SharedFeedCache::addLastRun(write, PremiumJob, wallMs());
    m_lastPremiumWritten = sample->observedAtMs;
    m_writer->send(PremiumJob, m_premiumLock, write);
}

qint64 SharedTickerJob::feedFromCache(const QList<RedisReply> &reads)
{
    const qint64 now = wallMs();
    std::array<std::optional<Quote>, FeedRoleCount> newest;
    for (qsizetype i = 0; i < m_reads.size() && i < reads.size(); ++i) {
        const CacheRead &read = m_reads.at(i);
        const auto quote = SharedFeedCache::tickerFromHash(reads.at(i).toHash(), read.venue, read.symbol, now);
        Q_EMIT cacheRead(QStringLiteral("ticker"), quote.has_value());
        auto &slot = newest[static_cast<int>(read.role)];
        if (quote && (!slot || quote->receivedAtMs > slot->receivedAtMs))
            slot = quote;
    }
    qint64 newestTick = 0;
    bool anyNew = false;
    for (FeedRole role : std::as_const(m_roles)) {
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
    for (FeedRole role : std::as_const(m_roles)) {
        const auto &quote = newest[static_cast<int>(role)];
        if (!quote)
            continue;
        m_lastFedMs[static_cast<int>(role)] = quote->receivedAtMs;
        m_feed->monitor()->acceptQuote(role, *quote);
    }
    return newestTick;
}

void SharedTickerJob::setRole(SharedFeedStatus::Role role, const QString &leaderId)
{
    Q_EMIT roleDecided(role, leaderId);
}
