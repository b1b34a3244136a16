#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>

class QWebSocket;
class QWebSocketServer;
class FixtureServer;

// A real WebSocket server on 127.0.0.1 that plays one venue's push API from the ws-*.json fixtures
// of tests/data (tests/data/README.md, "Sockets at a glance"), so that the stream transport is
// tested over actual sockets: it reads the subscriptions as the venue does (Upbit's and Bithumb's
// new request replaces the old code list; the others add to it; Binance's streams are in the URL),
// acknowledges them as the venue does, answers the keep-alives, sends Upbit's and Bithumb's
// messages in binary frames, and plays Bybit's snapshot then deltas. A test pushes a coin's message
// on demand, silences a coin, closes idle sockets, drops sockets mid-stream, or pings the clients.
class WebSocketFixtureServer : public QObject
{
    Q_OBJECT

public:
    struct Frame
    {
        int socket = 0; // the connection's number, from 1 in order of arrival
        QByteArray payload;
        qint64 atMs = 0; // wall clock
    };

    // `venue` is the venue id whose protocol it speaks: "upbit", "bithumb", "coinone", "binance",
    // "okx", "bybit".
    explicit WebSocketFixtureServer(const QString &venue, QObject *parent = nullptr);
    ~WebSocketFixtureServer() override;

    // 127.0.0.1 only; 0 picks a free port.
    bool listen(quint16 port = 0);
    // Serves the sockets on the port of `http` instead, beside the venues' REST fixtures: each
    // handshake goes to the first of `servers` whose venue has a socket at its path. That is what
    // the app's --*-url options and VenueStream::plan() expect: the REST address's host and port.
    static void attach(FixtureServer &http, const QList<WebSocketFixtureServer *> &servers);
    // Whether the venue has a socket at this path ("/websocket/v1", "/ws/v5/public"...).
    bool servesPath(const QString &path) const;
    quint16 port() const;
    // http://127.0.0.1:PORT: the REST address a venue's stream turns into its socket address here.
    QUrl baseUrl() const;

    // Whether a coin's first message goes out as soon as it is subscribed (true unless set).
    void setPushOnSubscribe(bool push);
    // A silent code gets no message, whatever is asked.
    void setSilent(const QString &code, bool silent);
    // Closes a socket that sent nothing for this long, as Upbit and Bithumb do after 60 s; 0 never.
    void setIdleCloseMs(int idleMs);
    // Whether keep-alives are answered (true unless set).
    void setAnswerKeepAlive(bool answer);

    // One message of every channel the code is subscribed to, to every open socket subscribed to
    // it: Bybit's first one a snapshot, the next ones deltas. Returns the messages sent.
    int push(const QString &code);
    // Any message, as the venue's frame type, to every open socket (an error, a notice).
    void sendToAll(const QByteArray &message);
    // push() for every code some open socket is subscribed to.
    int pushSubscribed();
    // Aborts every open socket at once, mid-stream.
    void dropAll();
    // Stops listening and drops every socket: the venue is gone.
    void close();
    // A protocol ping to every open socket (Binance pings its clients).
    void pingClients();

    QList<Frame> frames() const { return m_frames; }
    // The frames received on one socket.
    QList<QByteArray> framesOf(int socket) const;
    int connectionCount() const { return m_accepted; }
    int openCount() const;
    // The sockets open now, by number.
    QList<int> openSockets() const;
    // When each connection was accepted, on the wall clock, in order.
    QList<qint64> acceptedAtMs() const { return m_acceptedAtMs; }
    // The request path and query of a socket ("/websocket/v1").
    QString pathOf(int socket) const;
    // The codes a socket is subscribed to now, sorted.
    QStringList codesOf(int socket) const;
    int pongsReceived() const { return m_pongs; }

Q_SIGNALS:
    void connectionOpened(int socket);
    void connectionClosed(int socket);
    void frameReceived(int socket, const QByteArray &payload);
    void subscribed(int socket, const QStringList &codes);
    void pongReceived(int socket);

private:
    struct Channel
    {
        QString type; // the venue's channel or stream name: "ticker", "bookTicker", "tickers"
        QString file; // relative to tests/data
        QString code; // the code the fixture is about, replaced by the pushed one
        QString deltaFile; // Bybit: the messages after the first
        bool arrayOfOne = false; // Binance's all-market array: its first element, for one code
    };
    struct Client
    {
        QWebSocket *socket = nullptr;
        QString path;
        QHash<QString, QStringList> codes; // by channel type
        QSet<QString> pushed; // "type|code" that had their first message
        qint64 heardAtMs = 0;
    };

    void onNewConnection();
    void onFrame(int id, const QByteArray &payload);
    bool answerKeepAlive(Client &client, const QByteArray &payload);
    void subscribe(int id, const QHash<QString, QStringList> &codes, bool replace);
    void readSubscription(int id, const QByteArray &payload);
    void readPathSubscription(int id);
    int pushTo(Client &client, const QString &type, const QString &code);
    void send(Client &client, const QByteArray &message);
    QByteArray message(const Channel &channel, const QString &code, bool first, bool combined) const;
    const Channel *channel(const QString &type) const;
    void closeIdle();

    QString m_venue;
    QList<Channel> m_channels;
    QStringList m_pathPrefixes; // where the venue's sockets are
    bool m_binary = false;
    QWebSocketServer *m_server;
    QHash<int, Client> m_clients;
    QList<Frame> m_frames;
    QList<qint64> m_acceptedAtMs;
    QHash<int, QString> m_paths;
    int m_accepted = 0;
    int m_pongs = 0;
    bool m_pushOnSubscribe = true;
    bool m_answerKeepAlive = true;
    QSet<QString> m_silent;
    int m_idleCloseMs = 0;
    QTimer m_idleTimer;
};
