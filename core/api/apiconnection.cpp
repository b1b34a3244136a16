#include "apiconnection.h"

#include "apirouter.h"

#include <QTcpSocket>

ApiConnection::ApiConnection(QTcpSocket *socket, const ApiRouter *router, const HttpRequest::Limits &limits,
                             int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_router(router)
    , m_limits(limits)
{
    m_socket->setParent(this);
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(timeoutMs);
    connect(&m_deadline, &QTimer::timeout, this, &ApiConnection::onTimeout);
    connect(m_socket, &QTcpSocket::readyRead, this, &ApiConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &ApiConnection::close);
    m_deadline.start();
}

void ApiConnection::refuse(int status, const QString &message)
{
    reply(ApiResponse::error(status, message).toBytes());
}

void ApiConnection::onReadyRead()
{
    if (m_replied) {
        // Whatever comes after the request is not read: drop it so that it does not pile up.
        m_socket->readAll();
        return;
    }
    m_received += m_socket->readAll();
    HttpRequest request;
    const HttpRequest::ReadResult result = HttpRequest::read(m_received, m_limits, &request);
    switch (result.kind) {
    case HttpRequest::ReadResult::Kind::Incomplete:
        return;
    case HttpRequest::ReadResult::Kind::Invalid:
        refuse(result.status, result.error);
        return;
    case HttpRequest::ReadResult::Kind::Complete:
        reply(m_router->respond(request).toBytes());
        return;
    }
}

void ApiConnection::onTimeout()
{
    if (!m_replied) {
        refuse(408, QStringLiteral("the request did not arrive in time"));
        return;
    }
    // The reply was not taken in time: the client stops reading.
    m_socket->abort();
    close();
}

void ApiConnection::close()
{
    if (m_closed)
        return;
    m_closed = true;
    Q_EMIT closed();
}

void ApiConnection::reply(const QByteArray &bytes)
{
    m_replied = true;
    m_received.clear();
    m_socket->write(bytes);
    // The deadline starts again for the reply; disconnectFromHost() closes once it is written.
    m_deadline.start();
    m_socket->disconnectFromHost();
}
