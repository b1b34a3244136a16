#pragma once

#include <QByteArray>
#include <QList>

// One command as its arguments. A script call is sent as EVALSHA and carries its body so that the
// client can fall back to EVAL when the server does not know it yet (after a restart or a flush).
struct RedisCommand
{
    QList<QByteArray> arguments;
    QByteArray scriptBody;

    RedisCommand() = default;
    // Implicit on purpose: client.send({"GET", key}, …) reads like the command it is.
    RedisCommand(QList<QByteArray> args)
        : arguments(std::move(args))
    {
    }
    RedisCommand(std::initializer_list<QByteArray> args)
        : arguments(args)
    {
    }
};
