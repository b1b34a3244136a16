#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>

// A reply copied out of hiredis, so that it outlives the callback it arrived in.
struct RedisReply
{
    enum class Type { Nil, Status, Error, Integer, String, Array };

    Type type = Type::Nil;
    qint64 integer = 0;
    QByteArray text;  // the bytes of a String, Status or Error
    QList<RedisReply> elements;

    static RedisReply error(const QByteArray &message);

    bool isError() const { return type == Type::Error; }
    bool isNil() const { return type == Type::Nil; }
    // An Integer, or a String that holds one; `fallback` for anything else.
    qint64 toInteger(qint64 fallback = 0) const;
    // HGETALL's flat [field, value, field, value …]; empty for anything else (a missing key too).
    QHash<QByteArray, QByteArray> toHash() const;
    // Element `index` of an Array, Nil when there is none.
    RedisReply at(qsizetype index) const;
};
