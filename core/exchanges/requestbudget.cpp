#include "requestbudget.h"

#include <algorithm>

RequestBudget::RequestBudget(int limit, qint64 windowMs)
    : m_limit(std::max(0, limit))
    , m_windowMs(std::max<qint64>(1, windowMs))
{
}

void RequestBudget::expire(qint64 nowMs) const
{
    while (!m_sent.isEmpty() && m_sent.constFirst() + m_windowMs <= nowMs)
        m_sent.removeFirst();
}

qint64 RequestBudget::waitMs(qint64 nowMs) const
{
    if (m_limit == 0)
        return 0;
    expire(nowMs);
    if (m_sent.size() < m_limit)
        return 0;
    // The oldest send that must leave the window before one more fits.
    return m_sent.at(m_sent.size() - m_limit) + m_windowMs - nowMs;
}

void RequestBudget::spend(qint64 nowMs)
{
    if (m_limit == 0)
        return;
    expire(nowMs);
    m_sent.append(nowMs);
}

int RequestBudget::used(qint64 nowMs) const
{
    expire(nowMs);
    return static_cast<int>(m_sent.size());
}
