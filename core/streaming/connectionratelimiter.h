#pragma once

#include <QList>
#include <QtGlobal>

// A venue's limit on new connections per second from one address, shared by all of the venue's
// sockets: each opening asks for a slot, and gets the earliest time at which it keeps at most
// `perSecond` openings in any second.
class ConnectionRateLimiter final
{
public:
    explicit ConnectionRateLimiter(int perSecond);

    // Books the next slot at or after `nowMs` and returns its time.
    qint64 reserve(qint64 nowMs);
    int perSecond() const { return m_perSecond; }

private:
    int m_perSecond;
    QList<qint64> m_booked; // the last `perSecond` slots, oldest first
};
