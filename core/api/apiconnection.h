#pragma once

#include "httprequest.h"

#include <QObject>
#include <QTimer>

class ApiRouter;
class QTcpSocket;

// One client of the API server: reads one request, writes one reply, closes. A deadline covers
// the whole exchange, so a client that sends slowly or never reads cannot hold a connection.
class ApiConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiConnection)

public:
    ApiConnection(QTcpSocket *socket, const ApiRouter *router, const HttpRequest::Limits &limits, int timeoutMs,
                  QObject *parent = nullptr);

    // Answers `status` with a JSON error body and closes (the server is full, the client too slow).
    void refuse(int status, const QString &message);

Q_SIGNALS:
    // Once, when the socket is gone: the owner deletes the connection (later).
    void closed();

private:
    void onReadyRead();
    void onTimeout();
    void reply(const QByteArray &bytes);
    void close();

    QTcpSocket *m_socket;
    const ApiRouter *m_router;
    HttpRequest::Limits m_limits;
    QByteArray m_received;
    QTimer m_deadline;
    bool m_replied = false;
    bool m_closed = false;
};
