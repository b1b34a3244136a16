#include "fixtureserver.h"

#include "fixtureconnection.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

FixtureServer::FixtureServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &FixtureServer::acceptPendingConnections);
}

// Connections are children and go with the server; declared here because FixtureConnection is only
// forward-declared in the header.
FixtureServer::~FixtureServer() = default;

bool FixtureServer::listen(quint16 port)
{
    if (m_server->isListening()) {
        qWarning("FixtureServer::listen: already listening on port %u", unsigned(m_port));
        return false;
    }
    if (!m_server->listen(QHostAddress::LocalHost, port)) {
        qWarning("FixtureServer::listen: port %u: %s", unsigned(port), qPrintable(m_server->errorString()));
        return false;
    }
    m_port = m_server->serverPort();
    return true;
}

bool FixtureServer::isListening() const
{
    return m_server->isListening();
}

quint16 FixtureServer::port() const
{
    return m_port;
}

QUrl FixtureServer::baseUrl() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_port);
    return url;
}

QUrl FixtureServer::url(const QString &pathAndQuery) const
{
    return QUrl(baseUrl().toString() + pathAndQuery);
}

void FixtureServer::setRoute(const QString &path, const FixtureResponse &response)
{
    m_routes.insert(path, Route{{response}, 0, {}});
}

void FixtureServer::setRouteSequence(const QString &path, const QList<FixtureResponse> &sequence)
{
    if (sequence.isEmpty()) {
        clearRoute(path);
        return;
    }
    m_routes.insert(path, Route{sequence, 0, {}});
}

void FixtureServer::setRouteHandler(const QString &path, Handler handler)
{
    if (!handler) {
        clearRoute(path);
        return;
    }
    m_routes.insert(path, Route{{}, 0, std::move(handler)});
}

void FixtureServer::clearRoute(const QString &path)
{
    m_routes.remove(path);
}

void FixtureServer::stop()
{
    m_server->close();
    // abort() may re-enter through slots on requestReceived; working on a detached copy keeps the
    // loop safe from that.
    const QList<QPointer<FixtureConnection>> connections = std::exchange(m_connections, {});
    for (const QPointer<FixtureConnection> &connection : connections) {
        if (connection)
            connection->abort();
    }
}

QList<RecordedRequest> FixtureServer::requests() const
{
    return m_requests;
}

int FixtureServer::requestCount(const QString &path) const
{
    return int(std::count_if(m_requests.cbegin(), m_requests.cend(),
                             [&path](const RecordedRequest &request) { return request.path == path; }));
}

void FixtureServer::clearRequests()
{
    m_requests.clear();
}

QString FixtureServer::dataDir()
{
    return QStringLiteral(PS_TEST_DATA_DIR);
}

void FixtureServer::setUpgradeHandler(UpgradeHandler handler)
{
    m_upgradeHandler = std::move(handler);
}

void FixtureServer::acceptPendingConnections()
{
    m_connections.removeIf([](const QPointer<FixtureConnection> &connection) { return connection.isNull(); });
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        if (!m_upgradeHandler) {
            serve(socket);
            continue;
        }
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { route(socket); });
    }
}

void FixtureServer::serve(QTcpSocket *socket)
{
    auto *connection = new FixtureConnection(
        socket, [this](const RecordedRequest &request) { return respond(request); }, this);
    m_connections.append(connection);
}

void FixtureServer::route(QTcpSocket *socket)
{
    const QByteArray head = socket->peek(socket->bytesAvailable());
    if (!head.contains("\r\n\r\n"))
        return;
    socket->disconnect(this);
    const QString requestLine = QString::fromLatin1(head.left(head.indexOf("\r\n")));
    const QString path = requestLine.section(u' ', 1, 1).section(u'?', 0, 0);
    if (head.toLower().contains("\r\nupgrade: websocket"))
        m_upgradeHandler(socket, path);
    else
        serve(socket);
}

FixtureResponse FixtureServer::respond(const RecordedRequest &request)
{
    m_requests.append(request);

    const QPointer<FixtureServer> alive(this);
    Q_EMIT requestReceived(request);
    if (!alive)
        return {};

    const auto route = m_routes.find(request.path);
    if (route == m_routes.end()) {
        return FixtureResponse{
            .status = 404,
            .body = R"({"name":"not_found","message":"No Route matched with those values"})",
        };
    }
    if (route->handler) {
        // The handler may replace its own route (the control routes do); calling a copy keeps the
        // std::function alive for the duration of the call.
        const Handler handler = route->handler;
        return handler(request);
    }
    const qsizetype index = std::min(route->served, route->sequence.size() - 1);
    if (route->served < route->sequence.size())
        ++route->served;
    return route->sequence.at(index);
}
