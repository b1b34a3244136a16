#pragma once

#include "endpoint.h"
#include "requestoutcome.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class VenueGates;

// Polls one feed over HTTP on a fixed cadence. A cycle asks the endpoints in order (the first is
// the primary, the rest are fallbacks tried at once when it fails) and ends with one quote or one
// error. The next cycle is armed only when the current one has ended, so requests never overlap;
// it starts one period after the previous start, keeping the cadence steady.
//
// Every request first asks the venue's VenueGate (budgets, backoff, Retry-After, bans, circuit
// breaker). An endpoint the gate blocks is skipped like a failed one, without a request; a cycle
// in which every endpoint is blocked still ends, on time, as a failure that names the reason.
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
    // Shares the venues' gates with other pollers (not owned). By default the poller has its own.
    void setGates(VenueGates *gates);
    VenueGates *gates() const { return m_gates; }

    // Whether a cycle polls at all: asked at the start of every cycle, before any request (the
    // shared feed's lock, see SharedMarketCoordinator). `decide` may run at once or later from the
    // event loop. A cycle that does not poll makes no request and reports nothing; the next one
    // comes `nextCycleInMs` later when given, else one period after this one began.
    struct CycleDecision
    {
        bool poll = true;
        std::optional<int> nextCycleInMs;
    };
    using CycleGate = std::function<void(std::function<void(CycleDecision)> decide)>;
    void setCycleGate(CycleGate gate);

    int periodMs() const { return m_periodMs; }
    const QList<Endpoint> &endpoints() const { return m_endpoints; }
    bool isRunning() const { return m_running; }

    void start();
    void stop();

Q_SIGNALS:
    void quoteReceived(const Quote &quote);
    void fetchFailed(const FetchError &error);
    // Every request sent, each endpoint's separately (a fallback's too), as it ends.
    void requestFinished(const RequestOutcome &outcome);

private:
    void beginCycle();
    void request(int index);
    void onFinished(QNetworkReply *reply, int index);
    void endpointFailed(int index, const FetchError &error);
    void endCycle(bool failed);

    QNetworkAccessManager *m_network;
    QList<Endpoint> m_endpoints;
    QTimer m_cycleTimer;
    QTimer m_timeoutTimer;
    // A budget with no room yet holds the request this long (m_waitIndex is the endpoint).
    QTimer m_budgetTimer;
    int m_waitIndex = 0;
    VenueGates *m_gates;
    QPointer<QNetworkReply> m_reply;
    QElapsedTimer m_cycleClock;
    QElapsedTimer m_requestClock;
    FetchError m_firstError;
    int m_periodMs = 1000;
    int m_retryAfterFailureMs = 1000;
    int m_timeoutMs = 800;
    bool m_running = false;
    bool m_timedOut = false;
    CycleGate m_cycleGate;
    quint64 m_cycleSerial = 0;  // an answer of the gate for an earlier cycle is ignored
};
