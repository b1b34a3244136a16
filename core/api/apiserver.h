#pragma once

#include "apifailure.h"
#include "apiserverconfig.h"

#include <QObject>
#include <QThread>

class ApiDataSource;
class ApiListener;

// The local read-only HTTP API (docs/api.md). It runs on its own thread, so that no client, slow
// or many, ever delays the thread that computes the premium; the data comes from an
// ApiDataSource, which must be thread-safe.
class ApiServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiServer)

public:
    // `source` must outlive the server.
    ApiServer(const ApiDataSource *source, const ApiServerConfig &config, QObject *parent = nullptr);
    ~ApiServer() override;

    // Listens; ends in listening() or failed(), never blocks.
    void start();
    // The port listened on, once listening() came; 0 before.
    quint16 port() const { return m_port; }

Q_SIGNALS:
    void listening(quint16 port);
    void failed(const ApiFailure &failure);

private:
    QThread m_thread;
    ApiListener *m_listener;
    quint16 m_port = 0;
};
