#pragma once

#include "fixtureresponse.h"
#include "recordedrequest.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>

class FixtureConnection;
class QTcpServer;
class QTcpSocket;

// A real HTTP/1.1 server on 127.0.0.1 that plays an exchange API from fixture files, so the network
// code is tested against actual sockets: keep-alive, pipelining, slow and missing replies, refused
// connections. Everything runs on the owning thread's event loop; nothing blocks.
class FixtureServer : public QObject
{
    Q_OBJECT

public:
    // Computes a reply from the request; for replies that depend on the query or on server state.
    using Handler = std::function<FixtureResponse(const RecordedRequest &request)>;

    explicit FixtureServer(QObject *parent = nullptr);
    ~FixtureServer() override;

    // Listens on 127.0.0.1 only; 0 picks a free port. After stop(), listen(port()) brings the same
    // address back, for "the venue recovers" tests. Returns false if the port is taken or the server
    // is already listening.
    bool listen(quint16 port = 0);
    bool isListening() const;
    // The port last listened on; still valid after stop() so a test can aim at the dead address.
    quint16 port() const;
    // http://127.0.0.1:PORT
    QUrl baseUrl() const;
    // baseUrl() plus a path and optional query, e.g. url(u"/v1/ticker?markets=KRW-BTC"_s).
    QUrl url(const QString &pathAndQuery) const;

    // Routes match the request path exactly (no query). Each setter replaces whatever the path had,
    // effective from the next request, also while clients are connected.
    void setRoute(const QString &path, const FixtureResponse &response);
    // Served in order, one per request; the last one repeats. An empty list clears the route.
    void setRouteSequence(const QString &path, const QList<FixtureResponse> &sequence);
    void setRouteHandler(const QString &path, Handler handler);
    // An unknown path answers 404 {"name":"not_found","message":"No Route matched with those values"}.
    void clearRoute(const QString &path);

    // A connection whose request asks to upgrade (a WebSocket handshake) goes to `handler` with its
    // request unread, instead of being answered here: one port serves a venue's REST API and its
    // sockets, as the app's --*-url options expect. `path` is the request's path.
    using UpgradeHandler = std::function<void(QTcpSocket *socket, const QString &path)>;
    void setUpgradeHandler(UpgradeHandler handler);

    // Closes the listening socket and drops every open connection at once, so clients see their
    // replies cut off and new connections refused.
    void stop();

    QList<RecordedRequest> requests() const;
    int requestCount(const QString &path) const;
    void clearRequests();

    // Absolute path of tests/data, fixed at build time.
    static QString dataDir();

Q_SIGNALS:
    // Emitted as soon as a request is complete and before its route is looked up, so a slot connected
    // directly can still change what this very request gets.
    void requestReceived(const RecordedRequest &request);

private:
    struct Route
    {
        QList<FixtureResponse> sequence;
        qsizetype served = 0;
        Handler handler;
    };

    void acceptPendingConnections();
    void serve(QTcpSocket *socket);
    // Reads a new connection's request head and hands the connection on by what it asks.
    void route(QTcpSocket *socket);
    FixtureResponse respond(const RecordedRequest &request);

    QTcpServer *m_server = nullptr;
    QHash<QString, Route> m_routes;
    UpgradeHandler m_upgradeHandler;
    QList<RecordedRequest> m_requests;
    QList<QPointer<FixtureConnection>> m_connections;
    quint16 m_port = 0;
};
