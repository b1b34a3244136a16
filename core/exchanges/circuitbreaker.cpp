#include "circuitbreaker.h"

#include <QString>

#include <algorithm>

CircuitBreaker::CircuitBreaker()
    : CircuitBreaker(Policy {})
{
}

CircuitBreaker::CircuitBreaker(Policy policy)
    : m_policy(policy)
{
    m_policy.window = std::max(1, m_policy.window);
    m_policy.threshold = std::clamp(m_policy.threshold, 1, m_policy.window);
    m_policy.probes = std::max(1, m_policy.probes);
}

QString CircuitBreaker::stateId(State state)
{
    switch (state) {
    case State::Closed:
        return QStringLiteral("closed");
    case State::Open:
        return QStringLiteral("open");
    case State::HalfOpen:
        return QStringLiteral("half-open");
    }
    return QString();
}

bool CircuitBreaker::canSend(qint64 nowMs)
{
    if (m_state == State::Open && nowMs >= m_openUntilMs) {
        m_state = State::HalfOpen;
        m_probesSent = 0;
        m_probesPassed = 0;
    }
    switch (m_state) {
    case State::Closed:
        return true;
    case State::Open:
        return false;
    case State::HalfOpen:
        return m_probesSent < m_policy.probes;
    }
    return false;
}

void CircuitBreaker::onSent()
{
    if (m_state == State::HalfOpen)
        ++m_probesSent;
}

bool CircuitBreaker::recordSuccess()
{
    if (m_state == State::HalfOpen) {
        if (++m_probesPassed < m_policy.probes)
            return false;
        m_state = State::Closed;
        m_outcomes.clear();
        return true;
    }
    if (m_state == State::Closed) {
        m_outcomes.append(false);
        if (m_outcomes.size() > m_policy.window)
            m_outcomes.removeFirst();
    }
    return false;
}

bool CircuitBreaker::recordFailure(qint64 nowMs)
{
    if (m_state == State::HalfOpen) {
        open(nowMs);
        return true;
    }
    if (m_state == State::Open)
        return false;
    m_outcomes.append(true);
    if (m_outcomes.size() > m_policy.window)
        m_outcomes.removeFirst();
    if (failuresInWindow() < m_policy.threshold)
        return false;
    open(nowMs);
    return true;
}

int CircuitBreaker::failuresInWindow() const
{
    return static_cast<int>(std::count(m_outcomes.cbegin(), m_outcomes.cend(), true));
}

void CircuitBreaker::open(qint64 nowMs)
{
    m_state = State::Open;
    m_openUntilMs = nowMs + m_policy.openMs;
    m_probesSent = 0;
    m_probesPassed = 0;
}
