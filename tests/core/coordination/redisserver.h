#pragma once

#include "coordination/redisaddress.h"
#include "coordination/rediscommand.h"
#include "coordination/redisreply.h"

#include <QProcess>
#include <QTemporaryDir>

class RedisClient;

// A real redis-server for one test: a free loopback port, a temporary directory, no persistence.
// Killed (not shut down) when the object goes, like any crash the code must survive.
class RedisServer final
{
    Q_DISABLE_COPY_MOVE(RedisServer)

public:
    explicit RedisServer(QStringList extraArguments = {});
    ~RedisServer();

    // Starts on `port` (0: a free one) and waits until it accepts connections.
    bool start(quint16 port = 0);
    // SIGKILL: the connections drop at once, as when the machine running it dies.
    void kill();
    // Starts again on the same port, empty.
    bool restart();
    void pause();   // SIGSTOP: connected, but answers nothing
    void resume();  // SIGCONT

    bool isRunning() const;
    quint16 port() const { return m_port; }
    RedisAddress address() const;

    // One command over a connection of the fixture's own, waiting in the event loop; an error
    // reply on a timeout.
    RedisReply command(const RedisCommand &command, int timeoutMs = 2000);

private:
    QStringList m_extraArguments;
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    RedisClient *m_client = nullptr;
};
