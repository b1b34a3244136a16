#include "sharedfxjob.h"

#include "fencedwrite.h"
#include "fencedwriter.h"
#include "redisclient.h"
#include "sharedfeedcache.h"
#include "sharedrequestbudget.h"

#include "fx/fxkeeper.h"

#include <QDateTime>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcSharedFx, "ps.coordination", QtInfoMsg)

namespace {

const QString FxJob = QStringLiteral("fx");

} // namespace

SharedFxJob::SharedFxJob(HttpPoller *poller, FxKeeper *keeper, RedisClient *client, FencedWriter *writer,
                         const SharedFeedCache &cache, const QByteArray &instanceId, int leaseMs, QObject *parent)
    : QObject(parent)
    , m_poller(poller)
    , m_keeper(keeper)
    , m_client(client)
    , m_writer(writer)
    , m_cache(cache)
    , m_lock(QByteArrayLiteral("lock:fx"), instanceId, leaseMs)
{
    if (!poller || poller->endpoints().isEmpty())
        return;
    m_pair = poller->endpoints().constFirst().symbol;
    m_periodMs = poller->periodMs();
    poller->setCycleGate([this](Decide decide) { ask(std::move(decide)); });
    connect(poller, &HttpPoller::quoteReceived, this, [this](const Quote &quote) { onReport(&quote); });
    connect(poller, &HttpPoller::fetchFailed, this, [this] { onReport(nullptr); });
}

SharedFxJob::~SharedFxJob()
{
    if (m_poller)
        m_poller->setCycleGate({});
}

RedisCommand SharedFxJob::readCommand() const
{
    return SharedFeedCache::read(SharedFeedCache::fxKey(m_pair));
}

void SharedFxJob::feed(const RedisReply &read)
{
    const auto quote = SharedFeedCache::fxFromHash(read.toHash(), m_pair, QDateTime::currentMSecsSinceEpoch());
    Q_EMIT cacheRead(QStringLiteral("fx"), quote.has_value());
    if (!quote || quote->receivedAtMs <= m_lastFedMs)
        return;
    m_lastFedMs = quote->receivedAtMs;
    m_keeper->acceptLive(*quote);
}

void SharedFxJob::holdCycles()
{
    m_holding = true;
}

void SharedFxJob::releaseCycles()
{
    m_holding = false;
    for (Decide &decide : std::exchange(m_waiters, {}))
        ask(std::move(decide));
}

void SharedFxJob::forget()
{
    m_lock.forget();
    m_polling = false;
}

void SharedFxJob::ask(Decide decide)
{
    if (m_holding) {
        m_waiters.append(std::move(decide));
        return;
    }
    if (!m_client->isConnected()) {
        decide({});
        return;
    }
    const QList<RedisCommand> commands {
        m_lock.acquireIfDueCommand(SharedFeedCache::lastRunKey(FxJob), m_periodMs - m_periodMs / 20),
        SharedRequestBudget::take(m_lock, SharedRequestBudget::limitsOf(m_poller)),
        readCommand(),
    };
    m_client->pipeline(commands, this, [this, decide = std::move(decide)](const QList<RedisReply> &replies) {
        onReplies(replies, decide);
    });
}

void SharedFxJob::onReplies(const QList<RedisReply> &replies, const Decide &decide)
{
    if (replies.constFirst().isError()) {
        m_lock.forget();
        decide({});
        return;
    }
    feed(replies.at(2));
    const int period = m_periodMs;
    if (m_lock.applyHold(replies.at(0))) {
        if (SharedRequestBudget::outcome(replies.at(1)) != SharedRequestBudget::Outcome::Exhausted) {
            m_polling = true;
            decide({});
            return;
        }
        qCWarning(lcSharedFx) << "the FX source's shared daily budget is used up";
        release();
        decide({ false, std::min(period, 60'000) });
        return;
    }
    const qint64 lastRun = replies.at(0).at(2).toInteger();
    const qint64 serverNow = replies.at(0).at(3).toInteger();
    // Someone is fetching right now (or failed to): look again in a second, so that an instance
    // started beside the fetcher has the rate at once. Otherwise come back just
    // after the next run is due, so that all instances ask at about the same moment.
    const qint64 lag = std::max(1000, period / 100);
    qint64 delay = std::min<qint64>(period, 1'000);
    if (lastRun > 0 && serverNow - lastRun < period - period / 20)
        delay = lastRun + period + lag - serverNow;
    decide({ false, static_cast<int>(std::clamp<qint64>(delay, 1000, period)) });
}

void SharedFxJob::onReport(const Quote *quote)
{
    if (!m_polling)
        return;
    m_polling = false;
    if (quote) {
        m_lastFedMs = quote->receivedAtMs;
        FencedWrite write;
        m_cache.addFx(write, *quote);
        SharedFeedCache::addLastRun(write, FxJob, QDateTime::currentMSecsSinceEpoch());
        m_writer->send(FxJob, m_lock, write);
    }
    // The FX lease (30 s) is far shorter than the period: the lock is only held for the fetch.
    release();
}

void SharedFxJob::release()
{
    m_client->send(m_lock.releaseCommand(), this, [](const RedisReply &) {});
    m_lock.forget();
}
