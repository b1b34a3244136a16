#include "redisclient.h"

#include "rediseventadapter.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QHostInfo>
#include <QLoggingCategory>
#include <QRandomGenerator>

#include <hiredis/async.h>

#include <algorithm>

Q_LOGGING_CATEGORY(lcRedis, "ps.redis", QtInfoMsg)

namespace {

qint64 monotonicMs()
{
    return QDeadlineTimer::current().deadline();
}

RedisReply copyReply(const redisReply *reply)
{
    RedisReply copy;
    switch (reply->type) {
    case REDIS_REPLY_STRING:
        copy.type = RedisReply::Type::String;
        break;
    case REDIS_REPLY_STATUS:
        copy.type = RedisReply::Type::Status;
        break;
    case REDIS_REPLY_ERROR:
        copy.type = RedisReply::Type::Error;
        break;
    case REDIS_REPLY_INTEGER:
        copy.type = RedisReply::Type::Integer;
        copy.integer = reply->integer;
        return copy;
    case REDIS_REPLY_ARRAY:
        copy.type = RedisReply::Type::Array;
        copy.elements.reserve(static_cast<qsizetype>(reply->elements));
        for (size_t i = 0; i < reply->elements; ++i)
            copy.elements.append(copyReply(reply->element[i]));
        return copy;
    default:
        return copy;
    }
    copy.text = QByteArray(reply->str, static_cast<qsizetype>(reply->len));
    return copy;
}

} // namespace

RedisClient::RedisClient(QObject *parent)
    : QObject(parent)
{
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &RedisClient::startConnect);
}

RedisClient::~RedisClient()
{
    m_destroying = true;
    m_wanted = false;
    if (m_context) {
        m_adapter->disconnect(this);
        // Runs every pending reply callback with no reply; onReply only frees them now.
        redisAsyncFree(m_context);
    }
}

void RedisClient::setTimeoutMs(int timeoutMs)
{
    m_timeoutMs = std::max(1, timeoutMs);
}

void RedisClient::setReconnectDelays(int firstMs, int maxMs)
{
    m_firstDelayMs = std::max(1, firstMs);
    m_maxDelayMs = std::max(m_firstDelayMs, maxMs);
}

void RedisClient::connectToServer(const RedisAddress &address)
{
    disconnectFromServer();
    m_address = address;
    m_wanted = true;
    m_failedAttempts = 0;
    startConnect();
}

void RedisClient::disconnectFromServer()
{
    m_wanted = false;
    m_reconnectTimer.stop();
    ++m_lookup;
    if (m_context)
        abortConnection(QStringLiteral("disconnected on request"));
    else
        setState(State::Disconnected);
}

int RedisClient::reconnectInMs() const
{
    return m_reconnectTimer.isActive() ? m_reconnectTimer.remainingTime() : -1;
}

quint64 RedisClient::writeFlushes() const
{
    return m_earlierFlushes + (m_adapter ? m_adapter->writeFlushes() : 0);
}

void RedisClient::startConnect()
{
    if (!m_wanted || m_context)
        return;
    setState(State::Connecting);
    const QHostAddress literal(m_address.host);
    if (!literal.isNull()) {
        connectToIp(literal.toString());
        return;
    }
    // hiredis would call getaddrinfo(), which blocks: resolve on Qt's lookup thread instead.
    const quint64 lookup = ++m_lookup;
    QHostInfo::lookupHost(m_address.host, this, [this, lookup](const QHostInfo &info) {
        if (lookup != m_lookup || !m_wanted)
            return;
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            m_lastError = info.errorString();
            qCWarning(lcRedis).noquote() << "cannot resolve" << m_address.host << ':' << m_lastError;
            setState(State::Disconnected);
            scheduleReconnect();
            return;
        }
        connectToIp(info.addresses().constFirst().toString());
    });
}

void RedisClient::connectToIp(const QString &ip)
{
    redisAsyncContext *context = redisAsyncConnect(ip.toLatin1().constData(), m_address.port);
    if (!context || context->err) {
        m_lastError = context ? QString::fromLocal8Bit(context->errstr) : QStringLiteral("out of memory");
        if (context)
            redisAsyncFree(context);
        setState(State::Disconnected);
        scheduleReconnect();
        return;
    }
    m_context = context;
    m_connectionLost = false;
    context->data = this;
    redisAsyncSetConnectCallback(context, &RedisClient::onConnect);
    redisAsyncSetDisconnectCallback(context, &RedisClient::onDisconnect);
    m_adapter = new RedisEventAdapter(context, this);
    connect(m_adapter, &RedisEventAdapter::contextReleased, this, &RedisClient::onContextReleased);
    connect(m_adapter, &RedisEventAdapter::deadlinePassed, this, [this] {
        abortConnection(QStringLiteral("no answer from Redis within %1 ms").arg(m_timeoutMs));
    });
    handshake();
}

void RedisClient::handshake()
{
    // Queued before the socket is even connected; hiredis sends them first, in this order.
    QList<RedisCommand> steps;
    if (!m_address.password.isEmpty()) {
        RedisCommand auth{QByteArrayLiteral("AUTH")};
        if (!m_address.user.isEmpty())
            auth.arguments.append(m_address.user.toUtf8());
        auth.arguments.append(m_address.password.toUtf8());
        steps.append(auth);
    }
    if (m_address.database != 0)
        steps.append(RedisCommand{QByteArrayLiteral("SELECT"), QByteArray::number(m_address.database)});
    steps.append(RedisCommand{QByteArrayLiteral("PING")});

    for (qsizetype i = 0; i < steps.size(); ++i) {
        auto pending = std::make_unique<Pending>();
        pending->client = this;
        pending->command = steps.at(i);
        pending->context = this;
        const bool last = i + 1 == steps.size();
        pending->callback = [this, last](const RedisReply &reply) {
            if (reply.isError()) {
                if (!m_connectionLost)
                    abortConnection(QString::fromUtf8(reply.text));
                return;
            }
            if (!last || m_connectionLost)
                return;
            m_failedAttempts = 0;
            m_lastError.clear();
            qCInfo(lcRedis).noquote() << "connected to" << m_address.toUrl();
            setState(State::Connected);
            Q_EMIT connected();
        };
        if (!enqueue(std::move(pending)))
            return;
    }
}

bool RedisClient::enqueue(std::unique_ptr<Pending> pending)
{
    QList<const char *> argv;
    QList<size_t> lengths;
    argv.reserve(pending->command.arguments.size());
    lengths.reserve(pending->command.arguments.size());
    for (const QByteArray &argument : pending->command.arguments) {
        argv.append(argument.constData());
        lengths.append(static_cast<size_t>(argument.size()));
    }
    Pending *raw = pending.get();
    if (redisAsyncCommandArgv(m_context, &RedisClient::onReply, raw, static_cast<int>(argv.size()), argv.data(), lengths.data()) != REDIS_OK) {
        failLater(raw->context, std::move(raw->callback), "connection lost");
        return false;
    }
    pending.release();  // owned by hiredis until onReply
    m_deadlines.push_back(monotonicMs() + m_timeoutMs);
    if (m_deadlines.size() == 1)
        rearmDeadline();
    return true;
}

void RedisClient::send(const RedisCommand &command, QObject *context, Callback callback)
{
    Q_ASSERT(context);
    if (m_state != State::Connected || m_connectionLost || !m_context) {
        failLater(context, std::move(callback), "not connected");
        return;
    }
    auto pending = std::make_unique<Pending>();
    pending->client = this;
    pending->command = command;
    pending->context = context;
    pending->callback = std::move(callback);
    enqueue(std::move(pending));
}

void RedisClient::pipeline(const QList<RedisCommand> &commands, QObject *context, PipelineCallback callback)
{
    struct Collected
    {
        QList<RedisReply> replies;
        qsizetype missing = 0;
    };
    auto collected = std::make_shared<Collected>();
    collected->replies.resize(commands.size());
    collected->missing = commands.size();
    auto done = std::make_shared<PipelineCallback>(std::move(callback));
    for (qsizetype i = 0; i < commands.size(); ++i) {
        // By index, not by arrival: a script resent as EVAL answers after the commands behind it.
        send(commands.at(i), context, [collected, done, i](const RedisReply &reply) {
            collected->replies[i] = reply;
            if (--collected->missing == 0)
                (*done)(collected->replies);
        });
    }
}

void RedisClient::onReply(redisAsyncContext *context, void *reply, void *privdata)
{
    std::unique_ptr<Pending> pending(static_cast<Pending *>(privdata));
    RedisClient *client = pending->client;
    if (client->m_destroying)
        return;
    if (!reply) {
        if (!client->m_connectionLost && context->err)
            client->m_lastError = QString::fromLocal8Bit(context->errstr);
        client->m_connectionLost = true;
        client->handleReply(std::move(pending), RedisReply::error(QByteArrayLiteral("connection lost")));
        return;
    }
    client->handleReply(std::move(pending), copyReply(static_cast<redisReply *>(reply)));
}

void RedisClient::onConnect(const redisAsyncContext *context, int status)
{
    auto *client = static_cast<RedisClient *>(context->data);
    if (status != REDIS_OK && !client->m_destroying)
        client->m_lastError = QString::fromLocal8Bit(context->errstr);
}

void RedisClient::onDisconnect(const redisAsyncContext *context, int status)
{
    auto *client = static_cast<RedisClient *>(context->data);
    if (status != REDIS_OK && !client->m_destroying && context->errstr[0] != '\0')
        client->m_lastError = QString::fromLocal8Bit(context->errstr);
}

void RedisClient::handleReply(std::unique_ptr<Pending> pending, const RedisReply &reply)
{
    if (!m_deadlines.empty())
        m_deadlines.pop_front();
    rearmDeadline();

    if (reply.isError() && reply.text.startsWith("NOSCRIPT") && !pending->command.scriptBody.isEmpty()
        && !pending->retriedAsEval && !m_connectionLost) {
        pending->command.arguments[0] = QByteArrayLiteral("EVAL");
        pending->command.arguments[1] = pending->command.scriptBody;
        pending->retriedAsEval = true;
        enqueue(std::move(pending));
        return;
    }
    if (pending->context)
        pending->callback(reply);
}

void RedisClient::rearmDeadline()
{
    if (!m_adapter)
        return;
    if (m_deadlines.empty()) {
        m_adapter->disarmDeadline();
        return;
    }
    m_adapter->armDeadline(static_cast<int>(std::max<qint64>(0, m_deadlines.front() - monotonicMs())));
}

void RedisClient::abortConnection(const QString &reason)
{
    if (!m_context || m_connectionLost)
        return;
    m_lastError = reason;
    m_connectionLost = true;
    qCWarning(lcRedis).noquote() << "dropping the connection to" << m_address.toUrl() << ':' << reason;
    // Immediate outside hiredis; from inside one of its callbacks hiredis defers it to the return.
    redisAsyncFree(m_context);
}

void RedisClient::onContextReleased()
{
    m_context = nullptr;
    if (m_adapter) {
        m_earlierFlushes += m_adapter->writeFlushes();
        m_adapter->deleteLater();
        m_adapter = nullptr;
    }
    m_deadlines.clear();
    const bool wasConnected = m_state == State::Connected;
    if (m_lastError.isEmpty())
        m_lastError = QStringLiteral("connection closed");
    setState(State::Disconnected);
    if (wasConnected) {
        qCWarning(lcRedis).noquote() << "lost" << m_address.toUrl() << ':' << m_lastError;
        Q_EMIT disconnected(m_lastError);
    }
    if (m_wanted)
        scheduleReconnect();
}

void RedisClient::scheduleReconnect()
{
    if (!m_wanted)
        return;
    const int exponent = std::min(m_failedAttempts, 16);
    const qint64 ceiling = std::min<qint64>(m_maxDelayMs, static_cast<qint64>(m_firstDelayMs) << exponent);
    ++m_failedAttempts;
    // Several instances that lost the same server should not all knock at the same moment.
    const int delay = static_cast<int>(ceiling / 2 + QRandomGenerator::global()->bounded(ceiling / 2 + 1));
    qCDebug(lcRedis).noquote() << "reconnecting in" << delay << "ms";
    m_reconnectTimer.start(delay);
}

void RedisClient::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void RedisClient::failLater(QObject *context, Callback callback, const QByteArray &message)
{
    if (!context)
        return;
    QMetaObject::invokeMethod(context, [callback = std::move(callback), message] {
        callback(RedisReply::error(message));
    }, Qt::QueuedConnection);
}
