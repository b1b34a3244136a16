#pragma once

#include "apirouter.h"
#include "apiserverconfig.h"

#include <QObject>

class QTcpServer;

// The API server's socket side. It lives on the server's own thread, with the connections it
// accepts: nothing it does runs on the thread that created the server.
class ApiListener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiListener)

public:
    ApiListener(const ApiDataSource *source, const ApiServerConfig &config);

    // Call on the listener's thread (a queued invocation).
    void listen();

Q_SIGNALS:
    void listening(quint16 port);
    void failed(const ApiFailure &failure);

private:
    void acceptPending();

    ApiServerConfig m_config;
    ApiRouter m_router;
    QTcpServer *m_server = nullptr;
    int m_connections = 0;
};
