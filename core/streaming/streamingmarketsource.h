#pragma once

#include "connectionratelimiter.h"
#include "streamsocketstatus.h"

#include "exchanges/backoff.h"
#include "venues/marketsource.h"
#include "venues/streamsocketplan.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QUrl>

#include <optional>

class PollingMarketSource;
class StreamClock;
class StreamConnection;
class VenueStream;

// A venue's market pushed over its sockets, with its polling source as the safety net. The polling
// source keeps reading the listing (the sockets need the instruments) and the wallet status, and
// polls exactly the coins the stream does not carry right now.
//
// A coin is carried by each socket that lists it. It falls back to polling at once when one of
// them is lost (closed, silent, refused) or sent nothing for it for coinSilenceMs (10 s), and comes
// back with the next quote that socket pushes for it. A polled quote of a coin the stream carries
// again is dropped: it is older than what the stream said. So what is shown fresh is fresh.
//
// cycleEnded comes once a period on the source's own clock, whatever the transport; cycleFailed
// only when nothing was delivered in a period although something was expected and failed (polling
// failed, or no socket is open).
class StreamingMarketSource final : public MarketSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StreamingMarketSource)

public:
    static constexpr qint64 DefaultCoinSilenceMs = 10'000;

    // `stream` is not owned and must outlive the source; `polling` is owned (reparented) from here
    // on. Without a `clock` the source makes a real one.
    StreamingMarketSource(const VenueStream *stream, PollingMarketSource *polling, StreamClock *clock = nullptr,
                          QObject *parent = nullptr);
    ~StreamingMarketSource() override;

    // The period of cycleEnded, and the polling's.
    void setPeriodMs(int periodMs);
    void setCoinSilenceMs(qint64 silenceMs);
    // For every socket opened from now on.
    void setBackoff(const Backoff &backoff);
    void setSocketSilenceMs(qint64 silenceMs);
    // The address the venue's stream puts its socket paths on; the polling source's unless set (a
    // test serves the sockets and the REST API from two servers).
    void setStreamBaseUrl(const QUrl &baseUrl);

    QString venue() const override;
    void start() override;
    void stop() override;
    const InstrumentSet &listed() const override;
    void follow(const QStringList &coins) override;

    PollingMarketSource *polling() const { return m_polling; }
    StreamClock *clock() const { return m_clock; }
    int periodMs() const { return m_periodMs; }
    // The coins polled now, sorted.
    QStringList polledCoins() const;
    QList<StreamSocketStatus> socketStatuses() const;

Q_SIGNALS:
    void socketStatusChanged(const StreamSocketStatus &status);
    void polledCoinsChanged(const QStringList &coins);

private:
    struct Carriage // one coin on one socket
    {
        qint64 lastQuoteAtMs = 0; // or when it was asked for
        bool healthy = true;
    };

    void replan();
    StreamConnection *makeConnection(const StreamSocketPlan &plan, const InstrumentSet &followed);
    void onStreamQuotes(const QString &socket, const QuoteBatch &batch);
    void onSocketLost(const QString &socket);
    void onPolledQuotes(const QuoteBatch &batch);
    void onTick(qint64 nowMs);
    void endPeriod();
    void updatePolling();

    const VenueStream *m_stream;
    PollingMarketSource *m_polling;
    StreamClock *m_clock;
    ConnectionRateLimiter m_limiter;
    std::optional<Backoff> m_backoff;
    std::optional<qint64> m_socketSilenceMs;
    std::optional<QUrl> m_streamBaseUrl;
    int m_periodMs = 1000;
    qint64 m_coinSilenceMs = DefaultCoinSilenceMs;

    bool m_running = false;
    QStringList m_followCoins;
    QHash<QString, StreamConnection *> m_connections; // by plan name
    QHash<QString, QHash<QString, Carriage>> m_carriages; // socket -> coin -> carriage
    QSet<QString> m_uncarried; // followed coins no socket lists
    QStringList m_polled;

    qint64 m_nextPeriodAtMs = 0;
    bool m_periodDelivered = false;
    std::optional<FetchError> m_periodPollError;
};
