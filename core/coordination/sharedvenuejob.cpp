#include "sharedvenuejob.h"

#include "fencedwrite.h"
#include "fencedwriter.h"
#include "marketcache.h"
#include "redisclient.h"
#include "sharedfeedcache.h"

#include <QDateTime>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcVenueJob, "ps.coordination", QtInfoMsg)

namespace {

qint64 wallMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// A stream sends each coin in a few shapes (a book ticker, a trade ticker, a funding message):
// the newest of each shape holds every part's newest value with its own receive time.
QString shapeKey(const MarketQuote &quote)
{
    const int shape = (quote.last ? 1 : 0) | (quote.book ? 2 : 0) | (quote.volume24h ? 4 : 0)
        | (quote.change24hRatio ? 8 : 0) | (quote.funding ? 16 : 0);
    return quote.coin + u'/' + QString::number(shape);
}

} // namespace

SharedVenueJob::SharedVenueJob(RedisClient *client, FencedWriter *writer, const MarketCache &cache,
                               const QByteArray &instanceId, Options options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_writer(writer)
    , m_cache(cache)
    , m_options(std::move(options))
    , m_job(QStringLiteral("ticker:") + m_options.venue.toLower())
    , m_claim("lock:" + m_job.toUtf8(), instanceId, m_options.leaseMs)
{
    connect(m_writer, &FencedWriter::refused, this, [this](const QString &, const RedisLock *lock) {
        if (lock == &m_claim.lock())
            setRole(SharedFeedStatus::Role::Following);
    });
}

void SharedVenueJob::holdCycles()
{
    m_holding = true;
}

void SharedVenueJob::releaseCycles()
{
    m_holding = false;
    if (!m_waiters.isEmpty() && !m_deciding)
        decide();
}

void SharedVenueJob::forget()
{
    m_claim.lock().forget();
    m_cycleOpen = false;
    m_polled.clear();
    m_streamed.clear();
}

void SharedVenueJob::ask(Decide decide)
{
    m_waiters.append(std::move(decide));
    if (!m_holding && !m_deciding)
        this->decide();
}

void SharedVenueJob::decide()
{
    // A cycle that never ended (the source was stopped) still tells a replaced holder so.
    endCycle();
    if (!m_client->isConnected()) {
        setRole(SharedFeedStatus::Role::Alone);
        settle({});
        return;
    }
    // While we leave the venue to others, look at the lock without taking it (two commands, like
    // the claim's, so that the replies line up).
    m_yieldingCycle = yielding();
    QList<RedisCommand> commands = m_yieldingCycle
        ? QList<RedisCommand> { RedisCommand { QByteArrayLiteral("GET"), m_claim.lock().key() },
                                RedisCommand { QByteArrayLiteral("PING") } }
        : m_claim.commands(m_options.budgets);
    commands.append(MarketCache::readVenue(m_options.venue));
    // Wallet statuses change rarely and are many: read with a cycle once a status period.
    if (!m_statusRead.isValid() || m_statusRead.elapsed() >= m_options.statusPeriodMs) {
        commands.append(MarketCache::readStatuses(m_options.venue));
        m_statusRead.start();
    }
    m_deciding = true;
    m_client->pipeline(commands, this, [this](const QList<RedisReply> &replies) {
        m_deciding = false;
        onReplies(replies);
    });
}

void SharedVenueJob::onReplies(const QList<RedisReply> &replies)
{
    if (replies.constFirst().isError() || !m_client->isConnected()) {
        m_claim.lock().forget();
        setRole(SharedFeedStatus::Role::Alone);
        settle({});
        return;
    }
    QByteArray holder = replies.constFirst().text;
    if (!m_yieldingCycle) {
        const auto decision = m_claim.apply(replies);
        holder = m_claim.lock().holder();
        if (decision && m_shouldYield && m_shouldYield()) {
            yield();
            holder.clear();
        } else if (decision) {
            setRole(SharedFeedStatus::Role::Polling);
            m_cycleOpen = decision->poll;
            m_prepaid = decision->poll ? 1 : 0;
            settle(*decision);
            return;
        }
    }
    setRole(SharedFeedStatus::Role::Following, QString::fromUtf8(holder));
    const qint64 newest = follow(replies.at(PollClaim::CommandCount));
    if (replies.size() > PollClaim::CommandCount + 1)
        followStatuses(replies.at(PollClaim::CommandCount + 1));
    settle({ false, PollClaim::followerDelayMs(newest, m_options.periodMs, wallMs()) });
}

void SharedVenueJob::settle(const HttpPoller::CycleDecision &decision)
{
    for (const Decide &decide : std::exchange(m_waiters, {}))
        decide(decision);
}

qint64 SharedVenueJob::follow(const RedisReply &read)
{
    QuoteBatch batch = MarketCache::batchFromReply(m_options.venue, read, wallMs());
    Q_EMIT cacheRead(QStringLiteral("ticker"), !batch.quotes.isEmpty());
    // Against what the last reads handed on: a coin's parts come back as quotes of their own
    // times, and every part the leader wrote since is newer than all of those.
    qint64 newest = 0;
    QHash<QString, qint64> fed;
    batch.quotes.removeIf([&](const MarketQuote &quote) {
        if (quote.receivedAtMs <= m_lastFedMs.value(quote.coin))
            return true;
        qint64 &latest = fed[quote.coin];
        latest = std::max(latest, quote.receivedAtMs);
        newest = std::max(newest, quote.receivedAtMs);
        return false;
    });
    for (auto it = fed.cbegin(); it != fed.cend(); ++it)
        m_lastFedMs.insert(it.key(), it.value());
    if (!batch.quotes.isEmpty())
        Q_EMIT cached(batch);
    return newest;
}

void SharedVenueJob::followStatuses(const RedisReply &read)
{
    QList<CoinStatus> statuses = MarketCache::statusesFromReply(m_options.venue, read, wallMs());
    statuses.removeIf([this](const CoinStatus &status) {
        qint64 &last = m_lastStatusMs[status.coin];
        if (status.receivedAtMs <= last)
            return true;
        last = status.receivedAtMs;
        return false;
    });
    if (!statuses.isEmpty())
        Q_EMIT statusesCached(statuses);
}

void SharedVenueJob::addStatuses(const QList<CoinStatus> &statuses)
{
    if (!m_claim.lock().isHeld() || !m_client->isConnected())
        return;
    FencedWrite write;
    m_cache.addStatuses(write, statuses);
    if (!write.isEmpty())
        m_writer->send(QStringLiteral("status:") + m_options.venue.toLower(), m_claim.lock(), write);
}

void SharedVenueJob::addPolled(const QuoteBatch &batch)
{
    if (m_cycleOpen)
        m_polled.append(batch);
}

void SharedVenueJob::addStreamed(const QuoteBatch &batch)
{
    if (m_role != SharedFeedStatus::Role::Polling)
        return;
    for (const MarketQuote &quote : batch.quotes)
        m_streamed.insert(shapeKey(quote), quote);
}

void SharedVenueJob::endCycle()
{
    if (!m_cycleOpen)
        return;
    m_cycleOpen = false;
    if (!m_streamed.isEmpty()) {
        QuoteBatch streamed;
        streamed.venue = m_options.venue;
        streamed.request = QStringLiteral("stream");
        streamed.quotes = m_streamed.values();
        // Oldest first: where two shapes carry the same part, the newer one is merged last.
        std::sort(streamed.quotes.begin(), streamed.quotes.end(),
                  [](const MarketQuote &a, const MarketQuote &b) { return a.receivedAtMs < b.receivedAtMs; });
        streamed.receivedAtMs = streamed.quotes.constLast().receivedAtMs;
        m_polled.append(streamed);
        m_streamed.clear();
    }
    // Sent even when the cycle brought nothing: the fence check alone tells a paused holder that
    // it was replaced.
    FencedWrite write;
    for (const QuoteBatch &batch : std::as_const(m_polled))
        m_cache.addBatch(write, batch);
    if (!m_polled.isEmpty())
        SharedFeedCache::addLastRun(write, m_job, wallMs());
    m_polled.clear();
    m_writer->send(m_job, m_claim.lock(), write);
}

void SharedVenueJob::countRequest()
{
    if (m_prepaid > 0) {
        --m_prepaid;
        return;
    }
    if (m_client->isConnected() && !m_options.budgets.isEmpty())
        m_client->send(SharedRequestBudget::count(m_options.budgets), this, [](const RedisReply &) {});
}

bool SharedVenueJob::yielding() const
{
    return m_yielded.isValid() && m_yielded.elapsed() < 3 * m_claim.lock().leaseMs();
}

void SharedVenueJob::yield()
{
    qCInfo(lcVenueJob).noquote() << "handing" << m_options.venue << "to another instance: we lead more than our share";
    m_client->send(m_claim.lock().releaseCommand(), this, [](const RedisReply &) {});
    m_claim.lock().forget();
    m_yielded.start();
}

void SharedVenueJob::setRole(SharedFeedStatus::Role role, const QString &leaderId)
{
    if (m_role == role && m_leaderId == leaderId)
        return;
    // A new follower reads the wallet statuses at once rather than a status period later.
    if (role == SharedFeedStatus::Role::Following && m_role != role)
        m_statusRead.invalidate();
    m_role = role;
    m_leaderId = leaderId;
    Q_EMIT roleChanged(role, leaderId);
}
