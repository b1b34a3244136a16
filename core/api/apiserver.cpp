#include "apiserver.h"

#include "apilistener.h"

ApiServer::ApiServer(const ApiDataSource *source, const ApiServerConfig &config, QObject *parent)
    : QObject(parent)
    , m_listener(new ApiListener(source, config))
{
    m_thread.setObjectName(QStringLiteral("api-server"));
    m_listener->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_listener, &QObject::deleteLater);
    connect(m_listener, &ApiListener::listening, this, [this](quint16 port) {
        m_port = port;
        Q_EMIT listening(port);
    });
    connect(m_listener, &ApiListener::failed, this, &ApiServer::failed);
}

ApiServer::~ApiServer()
{
    if (!m_thread.isRunning()) {
        delete m_listener;
        return;
    }
    // The listener and its connections are deleted on their thread as its loop ends.
    m_thread.quit();
    m_thread.wait();
}

void ApiServer::start()
{
    m_thread.start();
    QMetaObject::invokeMethod(m_listener, &ApiListener::listen, Qt::QueuedConnection);
}
