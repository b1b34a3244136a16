#pragma once

#include "streamsocketstatus.h"

#include "exchanges/backoff.h"
#include "venues/instrumentset.h"
#include "venues/quotebatch.h"
#include "venues/streamsocketplan.h"

#include <QObject>

#include <memory>
#include <optional>

class ConnectionRateLimiter;
class QWebSocket;
class StreamClock;
class StreamDecoder;
class VenueStream;

// One socket of a venue's stream, kept open: it connects when the venue's connection rate allows,
// sends the plan's subscription, feeds every text and binary message to a decoder of its own, and
// keeps the venue's keep-alive (on a fixed clock, or only when idle; an empty frame is a protocol
// ping). A socket that hears nothing for silenceMs, is closed, or is told by the venue that it
// will be is replaced after a backoff with full jitter; before the venue's connection age limit it
// is replaced by a new one opened first, so that no message is missed.
//
// Every deadline is read on a StreamClock, so that a test drives hours in milliseconds.
class StreamConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StreamConnection)

public:
    // `stream`, `clock` and `limiter` are not owned and must outlive the connection. `followed`
    // are the instruments of the stream; the socket's decoder reads the plan's coins among them.
    StreamConnection(const VenueStream *stream, StreamSocketPlan plan, const InstrumentSet &followed,
                     StreamClock *clock, ConnectionRateLimiter *limiter, QObject *parent = nullptr);
    ~StreamConnection() override;

    // Waits before a reconnection; full jitter, 250 ms doubling up to 30 s unless set.
    void setBackoff(const Backoff &backoff);
    // A socket with no message (keep-alive answers included) for this long is lost; the venue's
    // keep-alive interval plus 10 s unless set.
    void setSilenceMs(qint64 silenceMs);
    void setConnectTimeoutMs(qint64 timeoutMs);

    void start();
    void stop();
    // Other coins for the same socket. A venue whose new request replaces the old one hears the
    // whole new list on the open socket; any other gets a new socket, opened before the old one
    // closes.
    void resubscribe(const StreamSocketPlan &plan, const InstrumentSet &followed);

    const StreamSocketPlan &plan() const { return m_plan; }
    StreamSocketStatus status() const;
    qint64 silenceMs() const { return m_silenceMs; }
    bool isOpen() const;

Q_SIGNALS:
    void quotesReceived(const QuoteBatch &batch);
    // The socket is lost (closed, silent, refused, or the venue said it will close it): its coins
    // have no stream until it opens again.
    void failed(const QString &reason);
    void opened();
    void statusChanged(const StreamSocketStatus &status);

private:
    struct Link
    {
        QWebSocket *socket = nullptr;
        std::unique_ptr<StreamDecoder> decoder;
        qint64 startedAtMs = 0;
        qint64 openedAtMs = 0;
        bool open = false;
    };

    void onTick(qint64 nowMs);
    void scheduleConnect(qint64 notBeforeMs);
    void openNext();
    void onConnected(QWebSocket *socket);
    void onMessage(QWebSocket *socket, const QByteArray &payload);
    void onPong(QWebSocket *socket, quint64 elapsedMs);
    void onLost(QWebSocket *socket, const QString &reason);
    void sendSubscription();
    void keepAlive(qint64 nowMs);
    void retire(std::unique_ptr<Link> &link);
    void setState(StreamSocketStatus::State state);
    std::unique_ptr<StreamDecoder> makeDecoder() const;
    qint64 replaceAtAgeMs() const;

    const VenueStream *m_stream;
    StreamSocketPlan m_plan;
    InstrumentSet m_followed;
    StreamClock *m_clock;
    ConnectionRateLimiter *m_limiter;
    Backoff m_backoff;
    qint64 m_silenceMs;
    qint64 m_connectTimeoutMs = 10'000;

    bool m_running = false;
    std::unique_ptr<Link> m_current; // open and subscribed
    std::unique_ptr<Link> m_next; // connecting, to become the current one
    std::optional<qint64> m_connectAtMs; // a connection slot is booked for then

    qint64 m_lastMessageAtMs = 0;
    qint64 m_lastKeepAliveAtMs = 0;
    std::optional<qint64> m_keepAliveSentAtMs; // a text keep-alive waits for its answer
    qint64 m_rateWindowStartMs = 0;
    int m_rateCount = 0;
    bool m_everOpened = false;

    StreamSocketStatus m_status;
};
