#pragma once

#include "rediscommand.h"
#include "redisreply.h"

#include <QList>
#include <QString>

class HttpPoller;
class RedisLock;

// The venues' request budgets counted in Redis, so that all instances together stay within them
// (each instance's own VenueGate only sees its own requests). One counter per venue and window
// (`ratelimit:{venue}:s:{epoch second}`, `ratelimit:{venue}:d:{epoch day}`), in the server's clock,
// spent by a Lua script: one request from every listed budget, or none when any is used up.
// Only the lock's holder spends through take(), so that instances which end up following spend
// nothing for the cycles they skip; requests outside those cycles (listings, wallet status, a
// cycle's further requests) are added by whoever sends them through count(), so that the holder's
// next take() sees every request any instance sent to the venue.
class SharedRequestBudget final
{
public:
    struct Limit
    {
        QString venue;
        int perSecond = 0;  // 0: none
        int perDay = 0;     // 0: none
    };

    enum class Outcome { Granted, Exhausted, NotHolder, Failed };

    static RedisCommand take(const RedisLock &lock, const QList<Limit> &limits);
    static Outcome outcome(const RedisReply &reply);
    // Adds `requests` sent to the venue to its counters, whoever holds the lock; the reply is the
    // count in the first window.
    static RedisCommand count(const QList<Limit> &limits, int requests = 1);
    static QByteArray keyPrefix(const QString &venue);  // ratelimit:{venue}
    // The budgets of a poller's primary venue: fallbacks are asked only when it fails, and their
    // own gates still hold them to each instance's share.
    static QList<Limit> limitsOf(const HttpPoller *poller);
};
