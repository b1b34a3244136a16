#pragma once

#include <QList>
#include <QtGlobal>

// At most `limit` requests in any window of `windowMs` (a sliding log, so that no window at all,
// not just the aligned ones, goes over: venues count that way). A limit of 0 means no budget.
class RequestBudget final
{
public:
    explicit RequestBudget(int limit = 0, qint64 windowMs = 1000);

    // How long until one more request fits; 0 when it fits now.
    qint64 waitMs(qint64 nowMs) const;
    void spend(qint64 nowMs);

    int limit() const { return m_limit; }
    qint64 windowMs() const { return m_windowMs; }
    int used(qint64 nowMs) const;

private:
    void expire(qint64 nowMs) const;

    int m_limit;
    qint64 m_windowMs;
    mutable QList<qint64> m_sent; // send times inside the window, oldest first
};
