#include "apilistener.h"

#include "apiconnection.h"

#include <QTcpServer>
#include <QTcpSocket>

ApiListener::ApiListener(const ApiDataSource *source, const ApiServerConfig &config)
    : m_config(config)
    , m_router(source, config.token)
{
}

void ApiListener::listen()
{
    if (const auto problem = m_config.problem()) {
        Q_EMIT failed(ApiFailure { *problem, m_config.endpoint(), QString() });
        return;
    }
    // Created here, on this thread, so that its socket notifiers belong to it.
    m_server = new QTcpServer(this);
    connect(m_server, &QTcpServer::newConnection, this, &ApiListener::acceptPending);
    if (!m_server->listen(m_config.address, m_config.port)) {
        Q_EMIT failed(ApiFailure { ApiFailure::Kind::CannotListen, m_config.endpoint(), m_server->errorString() });
        return;
    }
    Q_EMIT listening(m_server->serverPort());
}

void ApiListener::acceptPending()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        auto *connection = new ApiConnection(socket, &m_router, m_config.limits, m_config.clientTimeoutMs, this);
        ++m_connections;
        connect(connection, &ApiConnection::closed, this, [this, connection] {
            --m_connections;
            connection->deleteLater();
        });
        if (m_connections > m_config.maxConnections)
            connection->refuse(503, QStringLiteral("too many connections; try again"));
    }
}
