#include "redisreply.h"

RedisReply RedisReply::error(const QByteArray &message)
{
    RedisReply reply;
    reply.type = Type::Error;
    reply.text = message;
    return reply;
}

qint64 RedisReply::toInteger(qint64 fallback) const
{
    if (type == Type::Integer)
        return integer;
    if (type == Type::String || type == Type::Status) {
        bool ok = false;
        const qint64 value = text.toLongLong(&ok);
        return ok ? value : fallback;
    }
    return fallback;
}

QHash<QByteArray, QByteArray> RedisReply::toHash() const
{
    QHash<QByteArray, QByteArray> hash;
    if (type != Type::Array)
        return hash;
    for (qsizetype i = 0; i + 1 < elements.size(); i += 2)
        hash.insert(elements.at(i).text, elements.at(i + 1).text);
    return hash;
}

RedisReply RedisReply::at(qsizetype index) const
{
    if (type != Type::Array || index < 0 || index >= elements.size())
        return {};
    return elements.at(index);
}
