#include "dailyquota.h"

#include <QSettings>

#include <algorithm>

namespace {
constexpr qint64 kDayMs = 24LL * 3600 * 1000;
}

DailyQuota::DailyQuota(QString group, int limit, QSettings *state)
    : m_group(std::move(group))
    , m_limit(std::max(0, limit))
    , m_state(state)
{
    if (m_state) {
        m_day = m_state->value(m_group + QStringLiteral("/day"), -1).toLongLong();
        m_used = m_state->value(m_group + QStringLiteral("/used"), 0).toInt();
    }
}

qint64 DailyQuota::dayOf(qint64 nowMs)
{
    return nowMs / kDayMs;
}

int DailyQuota::used(qint64 nowMs) const
{
    return dayOf(nowMs) == m_day ? m_used : 0;
}

bool DailyQuota::isExhausted(qint64 nowMs) const
{
    return m_limit > 0 && used(nowMs) >= m_limit;
}

qint64 DailyQuota::msUntilReset(qint64 nowMs) const
{
    return (dayOf(nowMs) + 1) * kDayMs - nowMs;
}

void DailyQuota::spend(qint64 nowMs)
{
    if (m_limit == 0)
        return;
    m_used = used(nowMs) + 1;
    m_day = dayOf(nowMs);
    if (m_state) {
        m_state->setValue(m_group + QStringLiteral("/day"), m_day);
        m_state->setValue(m_group + QStringLiteral("/used"), m_used);
        m_state->sync();
    }
}
