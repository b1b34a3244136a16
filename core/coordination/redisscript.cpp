#include "redisscript.h"

#include <QCryptographicHash>

RedisScript::RedisScript(QByteArray body)
    : m_body(std::move(body))
    , m_sha1(QCryptographicHash::hash(m_body, QCryptographicHash::Sha1).toHex())
{
}

RedisCommand RedisScript::call(const QList<QByteArray> &keys, const QList<QByteArray> &arguments) const
{
    RedisCommand command;
    command.arguments.reserve(3 + keys.size() + arguments.size());
    command.arguments << QByteArrayLiteral("EVALSHA") << m_sha1 << QByteArray::number(keys.size());
    command.arguments << keys << arguments;
    command.scriptBody = m_body;
    return command;
}
