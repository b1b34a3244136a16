#include "streamingmarketsource.h"

#include "streamclock.h"
#include "streamconnection.h"

#include "venues/pollingmarketsource.h"
#include "venues/venuestream.h"

#include <QLoggingCategory>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcStreamSource, "ps.stream.source")

StreamingMarketSource::StreamingMarketSource(const VenueStream *stream, PollingMarketSource *polling,
                                             StreamClock *clock, QObject *parent)
    : MarketSource(parent)
    , m_stream(stream)
    , m_polling(polling)
    , m_clock(clock ? clock : new StreamClock(StreamClock::Mode::Real, this))
    , m_limiter(stream->connectionsPerSecond())
    , m_periodMs(polling->periodMs())
{
    m_polling->setParent(this);
    m_polling->followOnly({});
    connect(m_polling, &MarketSource::listingChanged, this, [this](const InstrumentSet &listed) {
        Q_EMIT listingChanged(listed);
        replan();
    });
    connect(m_polling, &MarketSource::quotesReceived, this, &StreamingMarketSource::onPolledQuotes);
    connect(m_polling, &MarketSource::statusReceived, this, &MarketSource::statusReceived);
    connect(m_polling, &MarketSource::requestFinished, this, &MarketSource::requestFinished);
    connect(m_polling, &MarketSource::cycleFailed, this,
            [this](const FetchError &error) { m_periodPollError = error; });
    connect(m_clock, &StreamClock::ticked, this, &StreamingMarketSource::onTick);
}

StreamingMarketSource::~StreamingMarketSource() = default;

void StreamingMarketSource::setPeriodMs(int periodMs)
{
    m_periodMs = std::max(1, periodMs);
    m_polling->setPeriodMs(m_periodMs);
}

void StreamingMarketSource::setCoinSilenceMs(qint64 silenceMs)
{
    m_coinSilenceMs = std::max<qint64>(1, silenceMs);
}

void StreamingMarketSource::setBackoff(const Backoff &backoff)
{
    m_backoff = backoff;
}

void StreamingMarketSource::setSocketSilenceMs(qint64 silenceMs)
{
    m_socketSilenceMs = silenceMs;
}

void StreamingMarketSource::setStreamBaseUrl(const QUrl &baseUrl)
{
    m_streamBaseUrl = baseUrl;
}

QString StreamingMarketSource::venue() const
{
    return m_stream->id();
}

const InstrumentSet &StreamingMarketSource::listed() const
{
    return m_polling->listed();
}

QStringList StreamingMarketSource::polledCoins() const
{
    return m_polled;
}

QList<StreamSocketStatus> StreamingMarketSource::socketStatuses() const
{
    QList<StreamSocketStatus> statuses;
    for (const StreamConnection *connection : m_connections)
        statuses.append(connection->status());
    std::sort(statuses.begin(), statuses.end(),
              [](const StreamSocketStatus &a, const StreamSocketStatus &b) { return a.name < b.name; });
    return statuses;
}

void StreamingMarketSource::start()
{
    if (m_running)
        return;
    m_running = true;
    m_nextPeriodAtMs = m_clock->nowMs() + m_periodMs;
    m_periodDelivered = false;
    m_periodPollError.reset();
    m_polling->start();
    replan();
}

void StreamingMarketSource::stop()
{
    m_running = false;
    m_polling->stop();
    for (StreamConnection *connection : std::as_const(m_connections)) {
        connection->stop();
        connection->deleteLater();
    }
    m_connections.clear();
    m_carriages.clear();
    m_uncarried.clear();
}

void StreamingMarketSource::follow(const QStringList &coins)
{
    m_followCoins = coins;
    replan();
}

void StreamingMarketSource::replan()
{
    const InstrumentSet &listed = m_polling->listed();
    if (!m_running || listed.isEmpty())
        return;
    const InstrumentSet followed = m_followCoins.isEmpty() ? listed : listed.restrictedTo(m_followCoins);
    const QList<StreamSocketPlan> plans = m_stream->plan(m_streamBaseUrl.value_or(m_polling->baseUrl()), followed);
    const qint64 now = m_clock->nowMs();

    QHash<QString, QHash<QString, Carriage>> carriages;
    QSet<QString> carried;
    for (const StreamSocketPlan &plan : plans) {
        StreamConnection *connection = m_connections.value(plan.name);
        if (!connection) {
            connection = makeConnection(plan, followed);
            m_connections.insert(plan.name, connection);
            connection->start();
        } else if (connection->plan().url != plan.url || connection->plan().subscribeFrames != plan.subscribeFrames
                   || connection->plan().coins != plan.coins) {
            connection->resubscribe(plan, followed);
        }
        QHash<QString, Carriage> &coins = carriages[plan.name];
        const QHash<QString, Carriage> before = m_carriages.value(plan.name);
        for (const QString &coin : plan.coins) {
            coins.insert(coin, before.value(coin, Carriage { now, true }));
            carried.insert(coin);
        }
    }
    for (auto it = m_connections.begin(); it != m_connections.end();) {
        if (carriages.contains(it.key())) {
            ++it;
            continue;
        }
        it.value()->stop();
        it.value()->deleteLater();
        it = m_connections.erase(it);
    }
    m_carriages = std::move(carriages);
    m_uncarried.clear();
    for (const QString &coin : followed.coins()) {
        if (!carried.contains(coin))
            m_uncarried.insert(coin);
    }
    updatePolling();
}

StreamConnection *StreamingMarketSource::makeConnection(const StreamSocketPlan &plan, const InstrumentSet &followed)
{
    auto *connection = new StreamConnection(m_stream, plan, followed, m_clock, &m_limiter, this);
    if (m_backoff)
        connection->setBackoff(*m_backoff);
    if (m_socketSilenceMs)
        connection->setSilenceMs(*m_socketSilenceMs);
    const QString name = plan.name;
    connect(connection, &StreamConnection::quotesReceived, this,
            [this, name](const QuoteBatch &batch) { onStreamQuotes(name, batch); });
    connect(connection, &StreamConnection::failed, this, [this, name] { onSocketLost(name); });
    connect(connection, &StreamConnection::statusChanged, this, &StreamingMarketSource::socketStatusChanged);
    return connection;
}

void StreamingMarketSource::onStreamQuotes(const QString &socket, const QuoteBatch &batch)
{
    if (!m_running)
        return;
    const qint64 now = m_clock->nowMs();
    auto coins = m_carriages.find(socket);
    bool returned = false;
    for (const MarketQuote &quote : batch.quotes) {
        if (coins == m_carriages.end())
            break;
        auto carriage = coins->find(quote.coin);
        if (carriage == coins->end())
            continue;
        carriage->lastQuoteAtMs = now;
        returned = returned || !carriage->healthy;
        carriage->healthy = true;
    }
    if (!batch.quotes.isEmpty())
        m_periodDelivered = true;
    const QPointer<StreamingMarketSource> guard(this);
    Q_EMIT quotesReceived(batch);
    if (guard && returned)
        updatePolling();
}

void StreamingMarketSource::onSocketLost(const QString &socket)
{
    auto coins = m_carriages.find(socket);
    if (coins == m_carriages.end())
        return;
    for (Carriage &carriage : *coins)
        carriage.healthy = false;
    updatePolling();
}

void StreamingMarketSource::onPolledQuotes(const QuoteBatch &batch)
{
    QuoteBatch kept = batch;
    kept.quotes.clear();
    for (const MarketQuote &quote : batch.quotes) {
        if (std::binary_search(m_polled.cbegin(), m_polled.cend(), quote.coin))
            kept.quotes.append(quote);
    }
    if (kept.quotes.isEmpty())
        return;
    m_periodDelivered = true;
    Q_EMIT quotesReceived(kept);
}

void StreamingMarketSource::onTick(qint64 nowMs)
{
    if (!m_running)
        return;
    bool lost = false;
    for (auto &coins : m_carriages) {
        for (Carriage &carriage : coins) {
            if (carriage.healthy && nowMs - carriage.lastQuoteAtMs >= m_coinSilenceMs) {
                carriage.healthy = false;
                lost = true;
            }
        }
    }
    if (lost)
        updatePolling();
    if (nowMs >= m_nextPeriodAtMs) {
        // A clock that jumped (a suspended machine, a test's manual clock) ends one period, not many.
        m_nextPeriodAtMs = std::max(m_nextPeriodAtMs + m_periodMs, nowMs + 1);
        endPeriod();
    }
}

void StreamingMarketSource::endPeriod()
{
    const bool socketsDown = !m_connections.isEmpty()
        && std::none_of(m_connections.cbegin(), m_connections.cend(),
                        [](const StreamConnection *connection) { return connection->isOpen(); });
    const bool delivered = m_periodDelivered;
    const std::optional<FetchError> pollError = m_periodPollError;
    m_periodDelivered = false;
    m_periodPollError.reset();
    const QPointer<StreamingMarketSource> guard(this);
    if (!delivered && (pollError || socketsDown)) {
        FetchError error;
        if (pollError) {
            error = *pollError;
        } else {
            error.kind = FetchError::Kind::Network;
            error.detail = u"no socket open"_s;
        }
        Q_EMIT cycleFailed(error);
        if (!guard || !m_running)
            return;
    }
    Q_EMIT cycleEnded();
}

void StreamingMarketSource::updatePolling()
{
    QSet<QString> polled = m_uncarried;
    for (const auto &coins : std::as_const(m_carriages)) {
        for (auto it = coins.cbegin(); it != coins.cend(); ++it) {
            if (!it->healthy)
                polled.insert(it.key());
        }
    }
    QStringList sorted(polled.cbegin(), polled.cend());
    std::sort(sorted.begin(), sorted.end());
    if (sorted == m_polled)
        return;
    qCInfo(lcStreamSource).noquote() << venue() << "polled:" << (sorted.isEmpty() ? u"none"_s : sorted.join(u' '));
    m_polled = sorted;
    m_polling->followOnly(m_polled);
    Q_EMIT polledCoinsChanged(m_polled);
}
