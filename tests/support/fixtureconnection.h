#pragma once

#include "fixtureresponse.h"
#include "recordedrequest.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

class QTcpSocket;

// One accepted connection of FixtureServer (internal). Parses HTTP/1.1 requests as bytes arrive,
// however the client splits them, and answers them strictly in arrival order, which keep-alive and
// pipelining clients depend on. Deletes itself once the socket is gone.
class FixtureConnection : public QObject
{
    Q_OBJECT

public:
    // Called once per complete request, in order; returns what to answer.
    using Responder = std::function<FixtureResponse(const RecordedRequest &request)>;

    // Takes ownership of socket.
    FixtureConnection(QTcpSocket *socket, Responder responder, QObject *parent = nullptr);
    ~FixtureConnection() override;

    // Drops the connection now, whatever is pending or half-sent.
    void abort();

private:
    struct Exchange
    {
        FixtureResponse response{};
        QByteArray connectionHeader{}; // "close", "keep-alive" or empty
        bool closeAfter = false;
        bool headOnly = false;
    };

    void readRequests();
    void answerNext();
    void sendCurrent();
    void sendTrickleChunk();
    void finishCurrent();
    void resetConnection();
    void onDisconnected();
    QByteArray responseHead(const Exchange &exchange) const;

    QTcpSocket *m_socket = nullptr;
    Responder m_responder;
    QByteArray m_buffer;
    QList<Exchange> m_pending;
    std::optional<Exchange> m_current;
    qsizetype m_trickleOffset = 0;
    QTimer m_trickleTimer;
    // Set after a request that ends the connection (Connection: close, HTTP/1.0, malformed): bytes
    // after it are not requests this server may answer.
    bool m_readingStopped = false;
    bool m_dead = false;
};
