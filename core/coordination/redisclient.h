#pragma once

#include "redisaddress.h"
#include "rediscommand.h"
#include "redisreply.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <functional>
#include <memory>

struct redisAsyncContext;
class RedisEventAdapter;

// An asynchronous Redis connection on the Qt event loop (hiredis underneath, driven by
// RedisEventAdapter). Nothing here blocks: host names are resolved with QHostInfo, connecting,
// sending and reading happen when the socket is ready.
//
// Commands sent in one pass of the event loop leave in one write and their replies come back in
// order: that is Redis pipelining, one round trip for the lot. Every command has a deadline; a
// server that does not answer in time is treated like a lost connection. After any loss the
// client reconnects by itself with exponential backoff and jitter until disconnectFromServer().
//
// Callbacks run on the event loop with a reply or an error reply (connection lost, not
// connected, timed out); never from inside send() itself. Do not delete the client from one of
// its callbacks: use deleteLater().
class RedisClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RedisClient)

public:
    enum class State { Disconnected, Connecting, Connected };
    Q_ENUM(State)

    using Callback = std::function<void(const RedisReply &reply)>;
    using PipelineCallback = std::function<void(const QList<RedisReply> &replies)>;

    explicit RedisClient(QObject *parent = nullptr);
    ~RedisClient() override;

    // Connecting and every command must finish within this; default 1000 ms.
    void setTimeoutMs(int timeoutMs);
    // Reconnection waits first..max ms, doubling, each wait drawn between half and all of it.
    void setReconnectDelays(int firstMs, int maxMs);

    void connectToServer(const RedisAddress &address);
    void disconnectFromServer();

    State state() const { return m_state; }
    bool isConnected() const { return m_state == State::Connected; }
    const RedisAddress &address() const { return m_address; }
    const QString &lastError() const { return m_lastError; }
    // Until the next connection attempt; -1 when none is scheduled.
    int reconnectInMs() const;
    // Writes to the socket so far (see RedisEventAdapter::writeFlushes), over all connections.
    quint64 writeFlushes() const;

    // `callback` runs only while `context` is alive.
    void send(const RedisCommand &command, QObject *context, Callback callback);
    // The replies in command order, once the last has arrived.
    void pipeline(const QList<RedisCommand> &commands, QObject *context, PipelineCallback callback);

Q_SIGNALS:
    void stateChanged(RedisClient::State state);
    void connected();
    void disconnected(const QString &reason);

private:
    struct Pending
    {
        RedisClient *client = nullptr;
        RedisCommand command;
        QPointer<QObject> context;
        Callback callback;
        bool retriedAsEval = false;
    };

    static void onReply(redisAsyncContext *context, void *reply, void *privdata);
    static void onConnect(const redisAsyncContext *context, int status);
    static void onDisconnect(const redisAsyncContext *context, int status);

    void startConnect();
    void connectToIp(const QString &ip);
    void handshake();
    bool enqueue(std::unique_ptr<Pending> pending);
    void handleReply(std::unique_ptr<Pending> pending, const RedisReply &reply);
    void rearmDeadline();
    void abortConnection(const QString &reason);
    void onContextReleased();
    void scheduleReconnect();
    void setState(State state);
    void failLater(QObject *context, Callback callback, const QByteArray &message);

    RedisAddress m_address;
    redisAsyncContext *m_context = nullptr;
    RedisEventAdapter *m_adapter = nullptr;
    State m_state = State::Disconnected;
    QString m_lastError;
    QTimer m_reconnectTimer;
    std::deque<qint64> m_deadlines;  // one per command in flight, monotonic ms, oldest first
    int m_timeoutMs = 1000;
    int m_firstDelayMs = 250;
    int m_maxDelayMs = 4000;
    int m_failedAttempts = 0;
    quint64 m_earlierFlushes = 0;
    quint64 m_lookup = 0;  // bumps to forget a host lookup still running
    bool m_wanted = false;
    bool m_connectionLost = false;
    bool m_destroying = false;
};
