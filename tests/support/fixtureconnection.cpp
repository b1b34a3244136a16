#include "fixtureconnection.h"

#include <QDateTime>
#include <QLocale>
#include <QPointer>
#include <QTcpSocket>
#include <QUrl>

#include <algorithm>
#include <utility>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace {

// Generous for any client under test, small enough that a runaway client cannot eat the machine.
constexpr qsizetype kMaxHeaderBytes = 64 * 1024;
constexpr qsizetype kMaxBodyBytes = 16 * 1024 * 1024;

struct ParseResult
{
    enum Kind { NeedMore, Complete, Malformed } kind = NeedMore;
    RecordedRequest request;
    qsizetype consumed = 0;
    bool keepAlive = true;
    bool http10 = false;
    int errorStatus = 0;
};

ParseResult malformed(int status)
{
    ParseResult result;
    result.kind = ParseResult::Malformed;
    result.errorStatus = status;
    return result;
}

bool hasToken(const QByteArray &headerValue, QByteArrayView token)
{
    const QList<QByteArray> parts = headerValue.split(',');
    return std::any_of(parts.cbegin(), parts.cend(), [token](const QByteArray &part) {
        return part.trimmed().compare(token, Qt::CaseInsensitive) == 0;
    });
}

ParseResult parseRequest(const QByteArray &buffer)
{
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return buffer.size() > kMaxHeaderBytes ? malformed(431) : ParseResult{};
    if (headerEnd > kMaxHeaderBytes)
        return malformed(431);

    QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }

    const QList<QByteArray> requestLine = lines.constFirst().split(' ');
    if (requestLine.size() != 3 || requestLine.at(0).isEmpty() || !requestLine.at(2).startsWith("HTTP/1."))
        return malformed(400);

    ParseResult result;
    result.request.method = requestLine.at(0);
    result.http10 = requestLine.at(2) == "HTTP/1.0";

    QByteArray target = requestLine.at(1);
    // Absolute-form is what a client sends when it believes it talks to a proxy; serve it anyway.
    if (target.startsWith("http://") || target.startsWith("https://")) {
        const qsizetype pathStart = target.indexOf('/', target.indexOf("//") + 2);
        target = pathStart < 0 ? QByteArray("/") : target.mid(pathStart);
    }
    const qsizetype queryStart = target.indexOf('?');
    result.request.path = QUrl::fromPercentEncoding(queryStart < 0 ? target : target.left(queryStart));
    if (queryStart >= 0)
        result.request.query = QString::fromUtf8(target.mid(queryStart + 1));

    qsizetype contentLength = 0;
    QByteArray connection;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return malformed(400);
        const QByteArray name = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        result.request.headers.append({name, value});

        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            bool ok = false;
            contentLength = value.toLongLong(&ok);
            if (!ok || contentLength < 0)
                return malformed(400);
            if (contentLength > kMaxBodyBytes)
                return malformed(413);
        } else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
            // No client under test uploads chunked; refusing loudly beats misframing the stream.
            return malformed(501);
        } else if (name.compare("Connection", Qt::CaseInsensitive) == 0) {
            connection = value;
        }
    }

    const qsizetype bodyStart = headerEnd + 4;
    if (buffer.size() - bodyStart < contentLength)
        return ParseResult{};

    result.request.body = buffer.mid(bodyStart, contentLength);
    result.consumed = bodyStart + contentLength;
    result.keepAlive = result.http10 ? hasToken(connection, "keep-alive") : !hasToken(connection, "close");
    result.kind = ParseResult::Complete;
    return result;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 304: return "Not Modified";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 413: return "Content Too Large";
    case 418: return "I'm a teapot";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "Status";
    }
}

QByteArray httpDate()
{
    // RFC 9110 IMF-fixdate; the C locale keeps day and month names English whatever the machine says.
    return QLocale::c()
        .toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

} // namespace

FixtureConnection::FixtureConnection(QTcpSocket *socket, Responder responder, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_responder(std::move(responder))
{
    m_socket->setParent(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &FixtureConnection::readRequests);
    connect(m_socket, &QTcpSocket::disconnected, this, &FixtureConnection::onDisconnected);
    // Delays and intervals promise "not before"; a coarse timer may fire up to 5 % early.
    m_trickleTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_trickleTimer, &QTimer::timeout, this, &FixtureConnection::sendTrickleChunk);

    // A connection handed over after its request was peeked at has it waiting already.
    if (m_socket->bytesAvailable() > 0)
        QTimer::singleShot(0, this, &FixtureConnection::readRequests);
    // A client that closed before we even got to it never emits disconnected() again.
    if (m_socket->state() != QAbstractSocket::ConnectedState) {
        m_dead = true;
        deleteLater();
    }
}

FixtureConnection::~FixtureConnection()
{
    // Destroying the socket emits disconnected(); this object must not hear it half-destroyed.
    m_socket->disconnect(this);
}

void FixtureConnection::abort()
{
    m_dead = true;
    m_trickleTimer.stop();
    m_pending.clear();
    m_current.reset();
    m_socket->abort();
    deleteLater();
}

void FixtureConnection::readRequests()
{
    if (m_dead || m_readingStopped) {
        m_socket->readAll();
        return;
    }
    m_buffer += m_socket->readAll();

    while (!m_readingStopped) {
        ParseResult parsed = parseRequest(m_buffer);
        if (parsed.kind == ParseResult::NeedMore)
            break;

        if (parsed.kind == ParseResult::Malformed) {
            m_readingStopped = true;
            m_buffer.clear();
            m_pending.append(Exchange{
                .response = FixtureResponse{.status = parsed.errorStatus,
                                            .body = reasonPhrase(parsed.errorStatus) + '\n',
                                            .contentType = "text/plain; charset=utf-8"},
                .connectionHeader = "close",
                .closeAfter = true,
            });
            break;
        }

        m_buffer.remove(0, parsed.consumed);
        parsed.request.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
        if (!parsed.keepAlive) {
            m_readingStopped = true;
            m_buffer.clear();
        }

        const QPointer<FixtureConnection> alive(this);
        FixtureResponse response = m_responder(parsed.request);
        // The responder emits requestReceived; a slot there may stop or even delete the server.
        if (!alive || m_dead)
            return;

        QByteArray connectionHeader;
        if (!parsed.keepAlive)
            connectionHeader = "close";
        else if (parsed.http10)
            connectionHeader = "keep-alive";
        m_pending.append(Exchange{
            .response = std::move(response),
            .connectionHeader = connectionHeader,
            .closeAfter = !parsed.keepAlive,
            .headOnly = parsed.request.method == "HEAD",
        });
    }
    answerNext();
}

void FixtureConnection::answerNext()
{
    if (m_dead || m_current || m_pending.isEmpty())
        return;
    m_current = m_pending.takeFirst();
    const FixtureResponse &response = m_current->response;
    // Staying "current" forever is the point: HTTP/1.1 answers in order, so whatever was pipelined
    // behind a hung reply hangs too, as it would behind a stuck upstream.
    if (response.neverReply)
        return;
    if (response.delayMs > 0)
        QTimer::singleShot(response.delayMs, Qt::PreciseTimer, this, &FixtureConnection::sendCurrent);
    else
        sendCurrent();
}

void FixtureConnection::sendCurrent()
{
    if (m_dead || !m_current)
        return;
    if (m_current->response.closeWithoutReply) {
        resetConnection();
        return;
    }

    m_socket->write(responseHead(*m_current));
    const QByteArray &body = m_current->response.body;
    if (m_current->headOnly || body.isEmpty()) {
        finishCurrent();
        return;
    }
    if (m_current->response.trickleChunkBytes > 0) {
        m_trickleOffset = 0;
        m_trickleTimer.start(std::max(0, m_current->response.trickleIntervalMs));
        sendTrickleChunk();
        return;
    }
    m_socket->write(body);
    finishCurrent();
}

void FixtureConnection::sendTrickleChunk()
{
    if (m_dead || !m_current) {
        m_trickleTimer.stop();
        return;
    }
    const QByteArray &body = m_current->response.body;
    const qsizetype size = std::min<qsizetype>(m_current->response.trickleChunkBytes, body.size() - m_trickleOffset);
    m_socket->write(body.constData() + m_trickleOffset, size);
    // Hand each chunk to the kernel now, so it leaves as its own segment instead of merging with the
    // next one in Qt's write buffer.
    m_socket->flush();
    m_trickleOffset += size;
    if (m_trickleOffset >= body.size()) {
        m_trickleTimer.stop();
        finishCurrent();
    }
}

void FixtureConnection::finishCurrent()
{
    const bool close = m_current->closeAfter;
    m_current.reset();
    if (close) {
        m_dead = true;
        // Unlike abort(), this lets the queued reply bytes drain before the FIN.
        m_socket->disconnectFromHost();
        return;
    }
    answerNext();
}

void FixtureConnection::resetConnection()
{
#ifdef Q_OS_UNIX
    // With a zero linger time close() sends RST instead of FIN: the client sees "connection reset by
    // peer", like behind a crashing load balancer, not an orderly end of stream.
    const linger noLinger{1, 0};
    ::setsockopt(int(m_socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &noLinger, sizeof noLinger);
#endif
    abort();
}

void FixtureConnection::onDisconnected()
{
    m_dead = true;
    m_trickleTimer.stop();
    deleteLater();
}

QByteArray FixtureConnection::responseHead(const Exchange &exchange) const
{
    const FixtureResponse &response = exchange.response;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status)
        + "\r\nDate: " + httpDate() + "\r\nContent-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    if (!response.contentType.isEmpty())
        head += "Content-Type: " + response.contentType + "\r\n";
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    if (!exchange.connectionHeader.isEmpty())
        head += "Connection: " + exchange.connectionHeader + "\r\n";
    head += "\r\n";
    return head;
}
