#include "connectionratelimiter.h"

#include <algorithm>

ConnectionRateLimiter::ConnectionRateLimiter(int perSecond)
    : m_perSecond(std::max(1, perSecond))
{
}

qint64 ConnectionRateLimiter::reserve(qint64 nowMs)
{
    qint64 slot = nowMs;
    if (m_booked.size() >= m_perSecond)
        slot = std::max(slot, m_booked.at(m_booked.size() - m_perSecond) + 1000);
    if (!m_booked.isEmpty())
        slot = std::max(slot, m_booked.last());
    m_booked.append(slot);
    while (m_booked.size() > m_perSecond)
        m_booked.removeFirst();
    return slot;
}
