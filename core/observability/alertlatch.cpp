#include "alertlatch.h"

AlertLatch::Change AlertLatch::update(bool firing, bool clearing)
{
    if (!m_active && firing) {
        m_active = true;
        return Change::Fired;
    }
    if (m_active && clearing && !firing) {
        m_active = false;
        return Change::Cleared;
    }
    return Change::None;
}

bool AlertLatch::takeNotification(qint64 nowMs, qint64 cooldownMs)
{
    if (m_lastNotifiedMs && nowMs - *m_lastNotifiedMs < cooldownMs)
        return false;
    m_lastNotifiedMs = nowMs;
    return true;
}
