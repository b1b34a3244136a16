#include "streamconnection.h"

#include "connectionratelimiter.h"
#include "streamclock.h"

#include "venues/streamdecoder.h"
#include "venues/venuestream.h"

#include <QLoggingCategory>
#include <QWebSocket>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcStream, "ps.stream")

namespace {

// Replaced this long before the venue's own age limit: a tenth of it, at most ten minutes.
qint64 replacementLeadMs(qint64 maxAgeMs)
{
    return std::min<qint64>(maxAgeMs / 10, 600'000);
}

} // namespace

StreamConnection::StreamConnection(const VenueStream *stream, StreamSocketPlan plan, const InstrumentSet &followed,
                                   StreamClock *clock, ConnectionRateLimiter *limiter, QObject *parent)
    : QObject(parent)
    , m_stream(stream)
    , m_plan(std::move(plan))
    , m_followed(followed)
    , m_clock(clock)
    , m_limiter(limiter)
    , m_silenceMs(stream->keepAlive().intervalMs + 10'000)
{
    m_status.venue = stream->id();
    m_status.name = m_plan.name;
    m_status.coins = m_plan.coins;
    connect(m_clock, &StreamClock::ticked, this, &StreamConnection::onTick);
}

StreamConnection::~StreamConnection()
{
    retire(m_next);
    retire(m_current);
}

void StreamConnection::setBackoff(const Backoff &backoff)
{
    m_backoff = backoff;
}

void StreamConnection::setSilenceMs(qint64 silenceMs)
{
    m_silenceMs = std::max<qint64>(1, silenceMs);
}

void StreamConnection::setConnectTimeoutMs(qint64 timeoutMs)
{
    m_connectTimeoutMs = std::max<qint64>(1, timeoutMs);
}

bool StreamConnection::isOpen() const
{
    return m_current && m_current->open;
}

StreamSocketStatus StreamConnection::status() const
{
    return m_status;
}

void StreamConnection::start()
{
    if (m_running)
        return;
    m_running = true;
    m_backoff.reset();
    setState(StreamSocketStatus::State::Connecting);
    scheduleConnect(m_clock->nowMs());
}

void StreamConnection::stop()
{
    m_running = false;
    m_connectAtMs.reset();
    retire(m_next);
    retire(m_current);
    setState(StreamSocketStatus::State::Closed);
}

void StreamConnection::resubscribe(const StreamSocketPlan &plan, const InstrumentSet &followed)
{
    const bool sameSocket = plan.url == m_plan.url && m_stream->resubscribeReplaces();
    m_plan = plan;
    m_followed = followed;
    m_status.coins = m_plan.coins;
    if (!m_running)
        return;
    if (sameSocket && isOpen()) {
        m_current->decoder = makeDecoder();
        sendSubscription();
    } else if (!m_next && !m_connectAtMs) {
        scheduleConnect(m_clock->nowMs());
    } else {
        // The socket on its way was planned for the old coins: it is opened again with the new ones.
        retire(m_next);
        if (!m_connectAtMs)
            scheduleConnect(m_clock->nowMs());
    }
    Q_EMIT statusChanged(m_status);
}

std::unique_ptr<StreamDecoder> StreamConnection::makeDecoder() const
{
    return m_stream->decoder(m_plan.coins.isEmpty() ? m_followed : m_followed.restrictedTo(m_plan.coins));
}

qint64 StreamConnection::replaceAtAgeMs() const
{
    const qint64 maxAgeMs = m_stream->maxConnectionAgeMs();
    return maxAgeMs > 0 ? maxAgeMs - replacementLeadMs(maxAgeMs) : 0;
}

void StreamConnection::scheduleConnect(qint64 notBeforeMs)
{
    m_connectAtMs = m_limiter->reserve(notBeforeMs);
    if (*m_connectAtMs <= m_clock->nowMs()) {
        m_connectAtMs.reset();
        openNext();
    }
}

void StreamConnection::onTick(qint64 nowMs)
{
    if (!m_running)
        return;
    if (m_connectAtMs && nowMs >= *m_connectAtMs) {
        m_connectAtMs.reset();
        openNext();
    }
    if (m_next && !m_next->open && nowMs - m_next->startedAtMs >= m_connectTimeoutMs) {
        onLost(m_next->socket, u"no connection within %1 ms"_s.arg(m_connectTimeoutMs));
        return;
    }
    if (!isOpen())
        return;
    if (nowMs - m_lastMessageAtMs >= m_silenceMs) {
        onLost(m_current->socket, u"silent for %1 ms"_s.arg(nowMs - m_lastMessageAtMs));
        return;
    }
    keepAlive(nowMs);
    const qint64 replaceAt = replaceAtAgeMs();
    if (replaceAt > 0 && !m_next && !m_connectAtMs && nowMs - m_current->openedAtMs >= replaceAt) {
        qCInfo(lcStream).noquote() << m_status.venue << m_plan.name << "replaced before the venue's age limit";
        scheduleConnect(nowMs);
    }
    if (nowMs - m_rateWindowStartMs >= 1000) {
        m_status.messagesPerSecond = m_rateCount * 1000.0 / double(nowMs - m_rateWindowStartMs);
        m_rateWindowStartMs = nowMs;
        m_rateCount = 0;
        Q_EMIT statusChanged(m_status);
    }
}

void StreamConnection::openNext()
{
    auto link = std::make_unique<Link>();
    link->socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    link->decoder = makeDecoder();
    link->startedAtMs = m_clock->nowMs();
    QWebSocket *socket = link->socket;
    connect(socket, &QWebSocket::connected, this, [this, socket] { onConnected(socket); });
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        onLost(socket, u"closed: %1 %2"_s.arg(int(socket->closeCode())).arg(socket->closeReason()));
    });
    // Qt 6.4 names the signal error(); errorOccurred comes with 6.5.
    connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this, socket] { onLost(socket, socket->errorString()); });
    connect(socket, &QWebSocket::textMessageReceived, this,
            [this, socket](const QString &message) { onMessage(socket, message.toUtf8()); });
    connect(socket, &QWebSocket::binaryMessageReceived, this,
            [this, socket](const QByteArray &message) { onMessage(socket, message); });
    connect(socket, &QWebSocket::pong, this,
            [this, socket](quint64 elapsedMs, const QByteArray &) { onPong(socket, elapsedMs); });
    retire(m_next);
    m_next = std::move(link);
    if (!isOpen())
        setState(StreamSocketStatus::State::Connecting);
    socket->open(m_plan.url);
}

void StreamConnection::onConnected(QWebSocket *socket)
{
    if (!m_next || m_next->socket != socket)
        return;
    const qint64 now = m_clock->nowMs();
    m_next->open = true;
    m_next->openedAtMs = now;
    // The new socket takes over before the old one closes: a planned replacement loses nothing.
    retire(m_current);
    m_current = std::move(m_next);
    m_lastMessageAtMs = now;
    m_lastKeepAliveAtMs = now;
    m_keepAliveSentAtMs.reset();
    // The rate counts this socket's messages from its opening, not the time it was away.
    m_rateWindowStartMs = now;
    m_rateCount = 0;
    if (m_everOpened)
        ++m_status.reconnects;
    m_everOpened = true;
    sendSubscription();
    setState(StreamSocketStatus::State::Open);
    Q_EMIT opened();
}

void StreamConnection::sendSubscription()
{
    for (const QByteArray &frame : std::as_const(m_plan.subscribeFrames))
        m_current->socket->sendTextMessage(QString::fromUtf8(frame));
}

void StreamConnection::onMessage(QWebSocket *socket, const QByteArray &payload)
{
    if (!isOpen() || m_current->socket != socket)
        return;
    const qint64 now = m_clock->nowMs();
    m_lastMessageAtMs = now;
    m_status.lastMessageAtMs = now;
    ++m_rateCount;
    // A socket that talks is healthy again: the next failure starts the backoff from its base.
    m_backoff.reset();
    StreamEvent event = m_current->decoder->decode(payload, now);
    switch (event.kind) {
    case StreamEvent::Kind::Quotes:
        for (MarketQuote &quote : event.batch.quotes)
            quote.origin = QuoteOrigin::Stream;
        Q_EMIT quotesReceived(event.batch);
        return;
    case StreamEvent::Kind::Pong:
        if (m_keepAliveSentAtMs) {
            m_status.roundTripMs = now - *m_keepAliveSentAtMs;
            m_keepAliveSentAtMs.reset();
            Q_EMIT statusChanged(m_status);
        }
        return;
    case StreamEvent::Kind::Ack:
    case StreamEvent::Kind::Ignored:
        return;
    case StreamEvent::Kind::Error:
        break;
    }
    qCWarning(lcStream).noquote() << m_status.venue << m_plan.name << event.error;
    if (event.fatal)
        onLost(socket, event.error);
}

void StreamConnection::onPong(QWebSocket *socket, quint64 elapsedMs)
{
    if (!isOpen() || m_current->socket != socket)
        return;
    m_lastMessageAtMs = m_clock->nowMs();
    m_status.roundTripMs = qint64(elapsedMs);
    m_keepAliveSentAtMs.reset();
    Q_EMIT statusChanged(m_status);
}

void StreamConnection::keepAlive(qint64 nowMs)
{
    const StreamKeepAlive keepAlive = m_stream->keepAlive();
    if (keepAlive.intervalMs <= 0)
        return;
    const qint64 since
        = keepAlive.onlyWhenIdle ? std::max(m_lastMessageAtMs, m_lastKeepAliveAtMs) : m_lastKeepAliveAtMs;
    if (nowMs - since < keepAlive.intervalMs)
        return;
    m_lastKeepAliveAtMs = nowMs;
    m_keepAliveSentAtMs = nowMs;
    if (keepAlive.frame.isEmpty())
        m_current->socket->ping();
    else
        m_current->socket->sendTextMessage(QString::fromUtf8(keepAlive.frame));
}

void StreamConnection::onLost(QWebSocket *socket, const QString &reason)
{
    const bool current = m_current && m_current->socket == socket;
    const bool next = m_next && m_next->socket == socket;
    if (!current && !next)
        return;
    retire(current ? m_current : m_next);
    m_status.lastError = reason;
    qCInfo(lcStream).noquote() << m_status.venue << m_plan.name << reason;
    if (m_running && !m_next && !m_connectAtMs)
        scheduleConnect(m_clock->nowMs() + m_backoff.nextDelayMs());
    if (!isOpen())
        setState(m_running ? StreamSocketStatus::State::BackingOff : StreamSocketStatus::State::Closed);
    // A refused or failed opening leaves its coins without a stream too, unless the open socket
    // it was to replace still carries them.
    if (current || !m_current)
        Q_EMIT failed(reason);
}

void StreamConnection::retire(std::unique_ptr<Link> &link)
{
    if (!link)
        return;
    QWebSocket *socket = link->socket;
    link.reset();
    socket->disconnect(this);
    socket->close();
    socket->deleteLater();
}

void StreamConnection::setState(StreamSocketStatus::State state)
{
    if (m_status.state == state)
        return;
    m_status.state = state;
    if (state != StreamSocketStatus::State::Open)
        m_status.messagesPerSecond = 0;
    Q_EMIT statusChanged(m_status);
}
