#include "backoff.h"

#include <algorithm>

Backoff::Backoff(qint64 baseMs, qint64 capMs)
    : m_baseMs(std::max<qint64>(1, baseMs))
    , m_capMs(std::max(m_baseMs, capMs))
    , m_random(QRandomGenerator::global()->generate())
{
}

qint64 Backoff::ceilingMs() const
{
    // The shift stops growing long before it could overflow: the cap is reached first.
    const int doublings = std::min(m_failures, 40);
    qint64 ceiling = m_baseMs;
    for (int i = 0; i < doublings && ceiling < m_capMs; ++i)
        ceiling *= 2;
    return std::min(ceiling, m_capMs);
}

qint64 Backoff::nextDelayMs()
{
    return nextDelayMs(m_capMs);
}

qint64 Backoff::nextDelayMs(qint64 capMs)
{
    const qint64 ceiling = std::min(ceilingMs(), std::max<qint64>(1, capMs));
    ++m_failures;
    return static_cast<qint64>(m_random.bounded(static_cast<quint64>(ceiling) + 1));
}

void Backoff::reset()
{
    m_failures = 0;
}

void Backoff::seed(quint32 value)
{
    m_random.seed(value);
}
