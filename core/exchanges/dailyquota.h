#pragma once

#include <QString>

class QSettings;

// At most `limit` requests per UTC calendar day, the way FX APIs count their free quotas. The
// count is kept in the state file so that a restart does not hand out a fresh day's budget.
class DailyQuota final
{
public:
    // `group` names the counter in `state` (e.g. "quota/dunamu"); no `state` keeps it in memory.
    DailyQuota(QString group, int limit, QSettings *state);

    int limit() const { return m_limit; }
    int used(qint64 nowMs) const;
    bool isExhausted(qint64 nowMs) const;
    qint64 msUntilReset(qint64 nowMs) const;
    void spend(qint64 nowMs);

    static qint64 dayOf(qint64 nowMs);

private:
    QString m_group;
    int m_limit;
    QSettings *m_state;
    qint64 m_day = -1;
    int m_used = 0;
};
