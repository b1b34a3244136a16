#include "weightbudget.h"

#include <algorithm>

WeightBudget::WeightBudget(int limit, qint64 windowMs)
{
    setLimit(limit, windowMs);
}

void WeightBudget::setLimit(int limit, qint64 windowMs)
{
    m_limit = std::max(0, limit);
    m_windowMs = std::max<qint64>(1000, windowMs);
}

qint64 WeightBudget::windowStart(qint64 nowMs) const
{
    return nowMs - nowMs % m_windowMs;
}

int WeightBudget::used(qint64 nowMs) const
{
    return windowStart(nowMs) == m_usedWindowStart ? m_used : 0;
}

void WeightBudget::spend(int weight, qint64 nowMs)
{
    m_used = used(nowMs) + std::max(0, weight);
    m_usedWindowStart = windowStart(nowMs);
    m_lastSentMs = nowMs;
}

void WeightBudget::observeUsed(int used, qint64 nowMs)
{
    m_used = std::max(0, used);
    m_usedWindowStart = windowStart(nowMs);
}

qint64 WeightBudget::waitMs(int weight, qint64 nowMs) const
{
    if (m_limit == 0)
        return 0;
    const int current = used(nowMs);
    const qint64 windowEnd = windowStart(nowMs) + m_windowMs;
    const qint64 stopAt = static_cast<qint64>(m_limit) * StopPercent / 100;
    const qint64 slowAt = static_cast<qint64>(m_limit) * SlowdownPercent / 100;
    if (current + weight > stopAt)
        return windowEnd - nowMs + WindowMarginMs;
    if (current < slowAt)
        return 0;
    const qint64 requestsLeft = std::max<qint64>(1, (stopAt - current) / std::max(1, weight));
    const qint64 spacing = (windowEnd - m_lastSentMs) / requestsLeft;
    return std::max<qint64>(0, m_lastSentMs + spacing - nowMs);
}
