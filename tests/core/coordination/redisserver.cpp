#include "redisserver.h"

#include "coordination/redisclient.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QTcpServer>

#include <csignal>

namespace {

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace

RedisServer::RedisServer(QStringList extraArguments)
    : m_extraArguments(std::move(extraArguments))
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

RedisServer::~RedisServer()
{
    delete m_client;
    kill();
}

bool RedisServer::start(quint16 port)
{
    m_port = port != 0 ? port : freePort();
    if (m_port == 0 || !m_dir.isValid())
        return false;
    QStringList arguments{QStringLiteral("--port"), QString::number(m_port),
                          QStringLiteral("--bind"), QStringLiteral("127.0.0.1"),
                          QStringLiteral("--save"), QString(),
                          QStringLiteral("--appendonly"), QStringLiteral("no"),
                          QStringLiteral("--dir"), m_dir.path(),
                          QStringLiteral("--daemonize"), QStringLiteral("no"),
                          QStringLiteral("--loglevel"), QStringLiteral("notice")};
    arguments += m_extraArguments;
    m_process.start(QStringLiteral("redis-server"), arguments);
    if (!m_process.waitForStarted(5000))
        return false;
    const QDeadlineTimer deadline(5000);
    QByteArray output;
    while (m_process.state() == QProcess::Running && !deadline.hasExpired()) {
        // What already arrived first: waitForReadyRead() only wakes up for more.
        output += m_process.readAll();
        if (output.contains("Ready to accept connections"))
            return true;
        m_process.waitForReadyRead(static_cast<int>(deadline.remainingTime()));
    }
    qWarning("redis-server did not start: %s", output.constData());
    return false;
}

void RedisServer::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    resume();
    m_process.kill();
    m_process.waitForFinished(5000);
}

bool RedisServer::restart()
{
    kill();
    return start(m_port);
}

void RedisServer::pause()
{
    if (m_process.state() != QProcess::NotRunning)
        ::kill(static_cast<pid_t>(m_process.processId()), SIGSTOP);
}

void RedisServer::resume()
{
    if (m_process.state() != QProcess::NotRunning)
        ::kill(static_cast<pid_t>(m_process.processId()), SIGCONT);
}

bool RedisServer::isRunning() const
{
    return m_process.state() == QProcess::Running;
}

RedisAddress RedisServer::address() const
{
    RedisAddress address;
    address.host = QStringLiteral("127.0.0.1");
    address.port = m_port;
    return address;
}

RedisReply RedisServer::command(const RedisCommand &command, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    if (!m_client) {
        m_client = new RedisClient;
        m_client->setReconnectDelays(20, 100);
    }
    if (m_client->state() == RedisClient::State::Disconnected && m_client->reconnectInMs() < 0)
        m_client->connectToServer(address());
    while (!m_client->isConnected() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
    std::optional<RedisReply> reply;
    QObject context;
    m_client->send(command, &context, [&reply](const RedisReply &r) { reply = r; });
    while (!reply && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
    return reply ? *reply : RedisReply::error(QByteArrayLiteral("fixture: no reply in time"));
}
