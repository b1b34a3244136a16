#include "websocketfixtureserver.h"

#include "fixtureserver.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QUrlQuery>
#include <QWebSocket>
#include <QWebSocketServer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QByteArray compactJson(const QJsonValue &value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

QJsonValue readFixture(const QString &file)
{
    QFile in(FixtureServer::dataDir() + u'/' + file);
    if (!in.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file));
    const QJsonDocument document = QJsonDocument::fromJson(in.readAll());
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

// Upbit's and Bithumb's orderbook codes may carry a level suffix: "KRW-BTC.5".
QString withoutLevel(const QString &code)
{
    return code.section(u'.', 0, 0);
}

// A Binance stream name: "btcusdt@bookTicker" is one code's bookTicker, "!markPrice@arr@1s" every
// code's mark price ("*").
std::pair<QString, QString> binanceStream(const QString &stream)
{
    if (stream.startsWith(u'!'))
        return { stream.mid(1), u"*"_s };
    return { stream.section(u'@', 1), stream.section(u'@', 0, 0).toUpper() };
}

} // namespace

WebSocketFixtureServer::WebSocketFixtureServer(const QString &venue, QObject *parent)
    : QObject(parent)
    , m_venue(venue)
    , m_server(new QWebSocketServer(u"fixture"_s, QWebSocketServer::NonSecureMode, this))
{
    if (venue == u"upbit" || venue == u"bithumb") {
        m_binary = true;
        m_pathPrefixes = { u"/websocket/v1"_s };
        m_channels = { { u"ticker"_s, venue + u"/ws-ticker.json"_s, u"KRW-SHIB"_s, {}, false },
                       { u"orderbook"_s, venue + u"/ws-orderbook.json"_s, u"KRW-BTC"_s, {}, false } };
    } else if (venue == u"coinone") {
        m_pathPrefixes = { u"/"_s };
        m_channels = { { u"TICKER"_s, u"coinone/ws-ticker.json"_s, u"SHIB"_s, {}, false } };
    } else if (venue == u"binance") {
        m_pathPrefixes = { u"/public/"_s, u"/market/"_s };
        m_channels = { { u"bookTicker"_s, u"binance/ws-bookticker.json"_s, u"1000SHIBUSDT"_s, {}, false },
                       { u"markPrice@arr@1s"_s, u"binance/ws-markprice-arr.json"_s, u"BTCUSDT"_s, {}, true },
                       { u"miniTicker@arr"_s, u"binance/ws-miniticker-arr.json"_s, u"BTCUSDT"_s, {}, true } };
    } else if (venue == u"okx") {
        m_pathPrefixes = { u"/ws/v5/public"_s };
        m_channels = { { u"tickers"_s, u"okx/ws-tickers.json"_s, u"SHIB-USDT-SWAP"_s, {}, false },
                       { u"funding-rate"_s, u"okx/ws-funding-rate.json"_s, u"SHIB-USDT-SWAP"_s, {}, false } };
    } else if (venue == u"bybit") {
        m_pathPrefixes = { u"/v5/public/linear"_s };
        m_channels = { { u"tickers"_s, u"bybit/ws-tickers-snapshot.json"_s, u"SHIB1000USDT"_s,
                         u"bybit/ws-tickers-delta.json"_s, false } };
    } else {
        qFatal("no socket protocol for %s", qPrintable(venue));
    }
    connect(m_server, &QWebSocketServer::newConnection, this, &WebSocketFixtureServer::onNewConnection);
    connect(&m_idleTimer, &QTimer::timeout, this, &WebSocketFixtureServer::closeIdle);
}

WebSocketFixtureServer::~WebSocketFixtureServer()
{
    for (Client &client : m_clients)
        client.socket->disconnect(this);
}

bool WebSocketFixtureServer::listen(quint16 port)
{
    return m_server->listen(QHostAddress::LocalHost, port);
}

void WebSocketFixtureServer::attach(FixtureServer &http, const QList<WebSocketFixtureServer *> &servers)
{
    http.setUpgradeHandler([servers](QTcpSocket *socket, const QString &path) {
        for (WebSocketFixtureServer *server : servers) {
            if (server->servesPath(path)) {
                server->m_server->handleConnection(socket);
                return;
            }
        }
        socket->abort();
    });
}

bool WebSocketFixtureServer::servesPath(const QString &path) const
{
    // Coinone's socket is the host's root: nothing else may start with it.
    return std::any_of(m_pathPrefixes.cbegin(), m_pathPrefixes.cend(), [&path](const QString &prefix) {
        return prefix == u"/" ? path == prefix : path.startsWith(prefix);
    });
}

quint16 WebSocketFixtureServer::port() const
{
    return m_server->serverPort();
}

QUrl WebSocketFixtureServer::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(port()));
}

void WebSocketFixtureServer::setPushOnSubscribe(bool push)
{
    m_pushOnSubscribe = push;
}

void WebSocketFixtureServer::setSilent(const QString &code, bool silent)
{
    if (silent)
        m_silent.insert(code);
    else
        m_silent.remove(code);
}

void WebSocketFixtureServer::setIdleCloseMs(int idleMs)
{
    m_idleCloseMs = idleMs;
    if (idleMs > 0)
        m_idleTimer.start(std::clamp(idleMs / 10, 5, 100));
    else
        m_idleTimer.stop();
}

void WebSocketFixtureServer::setAnswerKeepAlive(bool answer)
{
    m_answerKeepAlive = answer;
}

QList<QByteArray> WebSocketFixtureServer::framesOf(int socket) const
{
    QList<QByteArray> payloads;
    for (const Frame &frame : m_frames) {
        if (frame.socket == socket)
            payloads.append(frame.payload);
    }
    return payloads;
}

int WebSocketFixtureServer::openCount() const
{
    return static_cast<int>(m_clients.size());
}

QList<int> WebSocketFixtureServer::openSockets() const
{
    QList<int> ids = m_clients.keys();
    std::sort(ids.begin(), ids.end());
    return ids;
}

QString WebSocketFixtureServer::pathOf(int socket) const
{
    return m_paths.value(socket);
}

QStringList WebSocketFixtureServer::codesOf(int socket) const
{
    QStringList codes;
    for (const QStringList &ofType : m_clients.value(socket).codes) {
        for (const QString &code : ofType) {
            if (!codes.contains(code))
                codes.append(code);
        }
    }
    std::sort(codes.begin(), codes.end());
    return codes;
}

void WebSocketFixtureServer::onNewConnection()
{
    while (QWebSocket *socket = m_server->nextPendingConnection()) {
        const int id = ++m_accepted;
        m_acceptedAtMs.append(nowMs());
        socket->setParent(this);
        const QUrl url = socket->requestUrl();
        Client client;
        client.socket = socket;
        client.path = url.path() + (url.hasQuery() ? QString(u'?' + url.query(QUrl::FullyDecoded)) : QString());
        client.heardAtMs = nowMs();
        m_paths.insert(id, client.path);
        m_clients.insert(id, client);
        connect(socket, &QWebSocket::textMessageReceived, this,
                [this, id](const QString &message) { onFrame(id, message.toUtf8()); });
        connect(socket, &QWebSocket::binaryMessageReceived, this,
                [this, id](const QByteArray &message) { onFrame(id, message); });
        connect(socket, &QWebSocket::pong, this, [this, id] {
            ++m_pongs;
            Q_EMIT pongReceived(id);
        });
        connect(socket, &QWebSocket::disconnected, this, [this, id, socket] {
            m_clients.remove(id);
            socket->deleteLater();
            Q_EMIT connectionClosed(id);
        });
        Q_EMIT connectionOpened(id);
        if (m_venue == u"binance")
            readPathSubscription(id);
    }
}

void WebSocketFixtureServer::onFrame(int id, const QByteArray &payload)
{
    auto client = m_clients.find(id);
    if (client == m_clients.end())
        return;
    m_frames.append(Frame { id, payload, nowMs() });
    client->heardAtMs = nowMs();
    Q_EMIT frameReceived(id, payload);
    if (!answerKeepAlive(*client, payload))
        readSubscription(id, payload);
}

bool WebSocketFixtureServer::answerKeepAlive(Client &client, const QByteArray &payload)
{
    const QByteArray text = payload.trimmed();
    const QJsonObject object = QJsonDocument::fromJson(text).object();
    QByteArray answer;
    if (m_binary && text == "PING")
        answer = R"({"status":"UP"})";
    else if (m_venue == u"okx" && text == "ping")
        answer = "pong";
    else if (m_venue == u"bybit" && object.value(u"op"_s).toString() == u"ping")
        answer = compactJson(QJsonObject { { u"success"_s, true },
                                           { u"ret_msg"_s, u"pong"_s },
                                           { u"conn_id"_s, u"fixture"_s },
                                           { u"req_id"_s, object.value(u"req_id"_s) },
                                           { u"op"_s, u"ping"_s } });
    else if (m_venue == u"coinone" && object.value(u"request_type"_s).toString() == u"PING")
        answer = R"({"response_type":"PONG"})";
    else
        return false;
    if (m_answerKeepAlive)
        send(client, answer);
    return true;
}

void WebSocketFixtureServer::readPathSubscription(int id)
{
    const QString path = m_paths.value(id);
    QStringList streams;
    if (path.contains(u"streams="))
        streams = QUrlQuery(path.section(u'?', 1)).queryItemValue(u"streams"_s, QUrl::FullyDecoded).split(u'/');
    else if (path.contains(u"/ws/"))
        streams = { path.section(u"/ws/"_s, 1) };
    QHash<QString, QStringList> codes;
    for (const QString &stream : std::as_const(streams)) {
        if (stream.isEmpty())
            continue;
        const auto [type, code] = binanceStream(stream);
        codes[type].append(code);
    }
    if (!codes.isEmpty())
        subscribe(id, codes, false);
}

void WebSocketFixtureServer::readSubscription(int id, const QByteArray &payload)
{
    Client &client = m_clients[id];
    const QJsonDocument document = QJsonDocument::fromJson(payload);
    const QJsonObject object = document.object();
    QHash<QString, QStringList> codes;
    if (m_binary) {
        // One request names every type and code the socket keeps: it replaces the last one.
        for (const QJsonValue &part : document.array()) {
            const QJsonObject field = part.toObject();
            if (!field.contains(u"type"_s))
                continue;
            QStringList &ofType = codes[field.value(u"type"_s).toString()];
            for (const QJsonValue &code : field.value(u"codes"_s).toArray())
                ofType.append(withoutLevel(code.toString()));
        }
        if (!codes.isEmpty())
            subscribe(id, codes, true);
        return;
    }
    if (m_venue == u"coinone" && object.value(u"request_type"_s).toString() == u"SUBSCRIBE") {
        const QString channel = object.value(u"channel"_s).toString();
        const QJsonObject topic = object.value(u"topic"_s).toObject();
        send(client,
             compactJson(QJsonObject {
                 { u"response_type"_s, u"SUBSCRIBED"_s }, { u"channel"_s, channel }, { u"data"_s, topic } }));
        codes[channel].append(topic.value(u"target_currency"_s).toString());
    } else if (m_venue == u"binance" && object.value(u"method"_s).toString() == u"SUBSCRIBE") {
        for (const QJsonValue &stream : object.value(u"params"_s).toArray()) {
            const auto [type, code] = binanceStream(stream.toString());
            codes[type].append(code);
        }
        send(client,
             compactJson(QJsonObject { { u"result"_s, QJsonValue::Null }, { u"id"_s, object.value(u"id"_s) } }));
    } else if (m_venue == u"okx" && object.value(u"op"_s).toString() == u"subscribe") {
        for (const QJsonValue &arg : object.value(u"args"_s).toArray()) {
            const QJsonObject channel = arg.toObject();
            codes[channel.value(u"channel"_s).toString()].append(channel.value(u"instId"_s).toString());
            send(client,
                 compactJson(QJsonObject {
                     { u"event"_s, u"subscribe"_s }, { u"arg"_s, channel }, { u"connId"_s, u"fixture"_s } }));
        }
    } else if (m_venue == u"bybit" && object.value(u"op"_s).toString() == u"subscribe") {
        for (const QJsonValue &topic : object.value(u"args"_s).toArray())
            codes[topic.toString().section(u'.', 0, 0)].append(topic.toString().section(u'.', 1));
        send(client,
             compactJson(QJsonObject { { u"success"_s, true },
                                       { u"ret_msg"_s, QString() },
                                       { u"conn_id"_s, u"fixture"_s },
                                       { u"req_id"_s, object.value(u"req_id"_s) },
                                       { u"op"_s, u"subscribe"_s } }));
    }
    if (!codes.isEmpty())
        subscribe(id, codes, false);
}

void WebSocketFixtureServer::subscribe(int id, const QHash<QString, QStringList> &codes, bool replace)
{
    Client &client = m_clients[id];
    if (replace)
        client.codes = codes;
    else {
        for (auto it = codes.cbegin(); it != codes.cend(); ++it)
            client.codes[it.key()].append(it.value());
    }
    Q_EMIT subscribed(id, codesOf(id));
    if (!m_pushOnSubscribe || !m_clients.contains(id))
        return;
    for (auto it = codes.cbegin(); it != codes.cend(); ++it) {
        for (const QString &code : it.value()) {
            if (code != u"*")
                pushTo(m_clients[id], it.key(), code);
        }
    }
}

int WebSocketFixtureServer::push(const QString &code)
{
    int sent = 0;
    for (Client &client : m_clients) {
        for (auto it = client.codes.cbegin(); it != client.codes.cend(); ++it) {
            if (it.value().contains(code) || it.value().contains(u"*"_s))
                sent += pushTo(client, it.key(), code);
        }
    }
    return sent;
}

void WebSocketFixtureServer::sendToAll(const QByteArray &message)
{
    for (Client &client : m_clients)
        send(client, message);
}

int WebSocketFixtureServer::pushSubscribed()
{
    QSet<QString> codes;
    for (const Client &client : std::as_const(m_clients)) {
        for (const QStringList &ofType : client.codes)
            codes.unite(QSet<QString>(ofType.cbegin(), ofType.cend()));
    }
    codes.remove(u"*"_s);
    int sent = 0;
    for (const QString &code : std::as_const(codes))
        sent += push(code);
    return sent;
}

int WebSocketFixtureServer::pushTo(Client &client, const QString &type, const QString &code)
{
    const Channel *found = channel(type);
    if (!found || m_silent.contains(code))
        return 0;
    const QString key = type + u'|' + code;
    const bool combined = m_venue == u"binance" && client.path.contains(u"/stream"_s);
    send(client, message(*found, code, !client.pushed.contains(key), combined));
    client.pushed.insert(key);
    return 1;
}

QByteArray WebSocketFixtureServer::message(const Channel &channel, const QString &code, bool first, bool combined) const
{
    QJsonValue value = readFixture(first || channel.deltaFile.isEmpty() ? channel.file : channel.deltaFile);
    // Binance wraps a message in its stream's name on a combined socket (/stream?streams=) only.
    const QJsonObject wrapped = value.toObject();
    if (wrapped.contains(u"stream"_s) && wrapped.contains(u"data"_s))
        value = wrapped.value(u"data"_s);
    if (channel.arrayOfOne)
        value = QJsonArray { value.toArray().first() };
    if (combined) {
        const QString stream
            = channel.arrayOfOne ? QString(u'!' + channel.type) : QString(channel.code.toLower() + u'@' + channel.type);
        value = QJsonObject { { u"stream"_s, stream }, { u"data"_s, value } };
    }
    QByteArray bytes = compactJson(value);
    bytes.replace(channel.code.toUtf8(), code.toUtf8());
    bytes.replace(channel.code.toLower().toUtf8(), code.toLower().toUtf8());
    return bytes;
}

const WebSocketFixtureServer::Channel *WebSocketFixtureServer::channel(const QString &type) const
{
    for (const Channel &channel : m_channels) {
        if (channel.type == type)
            return &channel;
    }
    return nullptr;
}

void WebSocketFixtureServer::send(Client &client, const QByteArray &message)
{
    if (m_binary)
        client.socket->sendBinaryMessage(message);
    else
        client.socket->sendTextMessage(QString::fromUtf8(message));
}

void WebSocketFixtureServer::dropAll()
{
    const QList<Client> clients = m_clients.values();
    for (const Client &client : clients)
        client.socket->abort();
}

void WebSocketFixtureServer::close()
{
    m_server->close();
    dropAll();
}

void WebSocketFixtureServer::pingClients()
{
    for (const Client &client : std::as_const(m_clients))
        client.socket->ping();
}

void WebSocketFixtureServer::closeIdle()
{
    const qint64 now = nowMs();
    const QList<Client> clients = m_clients.values();
    for (const Client &client : clients) {
        if (now - client.heardAtMs >= m_idleCloseMs)
            client.socket->close(QWebSocketProtocol::CloseCodeNormal, u"idle"_s);
    }
}
