#pragma once

#include "endpoint.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

// Polls one feed over HTTP on a fixed cadence. A cycle asks the endpoints in order (the first is
// the primary, the rest are fallbacks tried at once when it fails) and ends with one quote or one
// error. The next cycle is armed only when the current one has ended, so requests never overlap;
// it starts one period after the previous start, keeping the cadence steady.
class HttpPoller final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpPoller)

public:
    HttpPoller(QNetworkAccessManager *network, QList<Endpoint> endpoints, QObject *parent = nullptr);

    void setPeriodMs(int periodMs);
    // After a cycle that failed the next one comes this soon, when that is sooner than the period
    // (FX polls every 10 minutes but should not wait that long after a failure).
    void setRetryAfterFailureMs(int retryMs);
    // Per request; keep it shorter than the period.
    void setTimeoutMs(int timeoutMs);

    int periodMs() const { return m_periodMs; }
    const QList<Endpoint> &endpoints() const { return m_endpoints; }
    bool isRunning() const { return m_running; }

    void start();
    void stop();

Q_SIGNALS:
    void quoteReceived(const Quote &quote);
    void fetchFailed(const FetchError &error);

private:
    void beginCycle();
    void request(int index);
    void onFinished(QNetworkReply *reply, int index);
    void endCycle(std::optional<qint64> retryAfterMs, bool failed);

    QNetworkAccessManager *m_network;
    QList<Endpoint> m_endpoints;
    QTimer m_cycleTimer;
    QTimer m_timeoutTimer;
    QPointer<QNetworkReply> m_reply;
    QElapsedTimer m_cycleClock;
    FetchError m_firstError;
    int m_periodMs = 1000;
    int m_retryAfterFailureMs = 1000;
    int m_timeoutMs = 800;
    bool m_running = false;
    bool m_timedOut = false;
};
