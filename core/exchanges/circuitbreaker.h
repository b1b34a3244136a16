#pragma once

#include <QList>
#include <QMetaType>
#include <QtGlobal>

// A circuit breaker over the last outcomes of one venue. Closed: requests go out. When the
// failures among the last `window` outcomes reach `threshold` it opens: nothing goes out for
// `openMs`. Then it is half-open and lets `probes` requests through; all of them succeeding closes
// it with a clean slate, any of them failing opens it again.
class CircuitBreaker final
{
public:
    enum class State { Closed, Open, HalfOpen };

    struct Policy
    {
        int window = 20;
        int threshold = 10;
        qint64 openMs = 30'000;
        int probes = 3;
    };

    CircuitBreaker();
    explicit CircuitBreaker(Policy policy);

    // Moves an expired Open to HalfOpen; true when a request may go out now.
    bool canSend(qint64 nowMs);
    // A request went out (a half-open breaker counts its probes).
    void onSent();
    // Each returns true when the state changed.
    bool recordSuccess();
    bool recordFailure(qint64 nowMs);

    State state() const { return m_state; }
    qint64 openUntilMs() const { return m_openUntilMs; }
    int failuresInWindow() const;
    int probesLeft() const { return m_state == State::HalfOpen ? m_policy.probes - m_probesSent : 0; }
    const Policy &policy() const { return m_policy; }

    static QString stateId(State state); // "closed", "open", "half-open"

private:
    void open(qint64 nowMs);

    Policy m_policy;
    State m_state = State::Closed;
    QList<bool> m_outcomes; // true = failure, oldest first
    qint64 m_openUntilMs = 0;
    int m_probesSent = 0;
    int m_probesPassed = 0;
};

Q_DECLARE_METATYPE(CircuitBreaker::State)
