#pragma once

#include "rediscommand.h"

// A Lua script run atomically by the server. Its SHA-1 is computed here, so that the first call
// can already be an EVALSHA.
class RedisScript final
{
public:
    explicit RedisScript(QByteArray body);

    const QByteArray &sha1() const { return m_sha1; }
    RedisCommand call(const QList<QByteArray> &keys, const QList<QByteArray> &arguments) const;

private:
    QByteArray m_body;
    QByteArray m_sha1;
};
