#pragma once

#include "rediscommand.h"
#include "redisreply.h"

#include <QByteArray>
#include <QList>
#include <utility>

class RedisLock;

// A batch of cache writes made under a lock, applied by one Lua script in one round trip: all of
// them, or none when the lock's fencing number is older than its counter (someone acquired the
// lock after us). addHash() replaces a hash whole, so a reader never sees fields of two writes
// mixed; mergeHash() sets only the fields given, for values that arrive in parts (a venue's book
// and its funding come from two requests).
class FencedWrite final
{
public:
    using Fields = QList<std::pair<QByteArray, QByteArray>>;

    void addHash(const QByteArray &key, int ttlMs, const Fields &fields);
    void mergeHash(const QByteArray &key, int ttlMs, const Fields &fields);
    // SADD, and the set expires `ttlMs` after the last add.
    void addMembers(const QByteArray &key, int ttlMs, const QList<QByteArray> &members);
    void addString(const QByteArray &key, int ttlMs, const QByteArray &value);
    // ZADD to a time-scored sorted set, only while `conditionKey` holds "true"; members older than
    // `ttlMs` are trimmed and the set expires `ttlMs` after the last add.
    void addHistory(const QByteArray &key, const QByteArray &conditionKey, int ttlMs, qint64 scoreMs, const QByteArray &member);

    bool isEmpty() const { return m_keys.isEmpty(); }
    RedisCommand command(const RedisLock &lock) const;

    struct Outcome
    {
        bool accepted = false;
        qint64 currentFence = 0;  // the counter when the script ran
        QByteArray error;         // transport or script error; neither accepted nor refused
    };
    static Outcome outcome(const RedisReply &reply);

private:
    void addFields(const QByteArray &kind, const QByteArray &key, int ttlMs, const Fields &fields);

    QList<QByteArray> m_keys;
    QList<QByteArray> m_arguments;
};
