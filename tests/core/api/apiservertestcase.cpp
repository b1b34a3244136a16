#include "apiservertestcase.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

RawReply parseReply(const QByteArray &bytes)
{
    RawReply reply;
    const qsizetype end = bytes.indexOf("\r\n\r\n");
    if (end < 0)
        return reply;
    QList<QByteArray> lines = bytes.left(end).split('\n');
    const QList<QByteArray> status = lines.takeFirst().trimmed().split(' ');
    if (status.size() < 2 || status[0] != "HTTP/1.1")
        return reply;
    reply.status = status[1].toInt();
    for (const QByteArray &line : std::as_const(lines)) {
        const qsizetype colon = line.indexOf(':');
        reply.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    reply.body = bytes.mid(end + 4);
    EXPECT_EQ(reply.body.size(), reply.headers.value("content-length").toLongLong()) << "Content-Length is wrong";
    return reply;
}

::testing::AssertionResult ApiServerTestCase::startServer(ApiServerConfig config)
{
    server = std::make_unique<ApiServer>(&snapshot, config);
    QSignalSpy listening(server.get(), &ApiServer::listening);
    QSignalSpy failed(server.get(), &ApiServer::failed);
    server->start();
    if (!QTest::qWaitFor([&] { return !listening.isEmpty() || !failed.isEmpty(); }, 5000) || listening.isEmpty()) {
        return ::testing::AssertionFailure()
            << "did not listen: "
            << (failed.isEmpty() ? QString() : failed.constFirst().constFirst().value<ApiFailure>().describe())
                   .toStdString();
    }
    port = server->port();
    return ::testing::AssertionSuccess();
}

RawReply ApiServerTestCase::exchange(const QByteArray &request, int timeoutMs) const
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(timeoutMs))
        return {};
    socket.write(request);
    socket.waitForBytesWritten(timeoutMs);
    QByteArray received;
    while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(timeoutMs))
        received += socket.readAll();
    received += socket.readAll();
    RawReply reply = parseReply(received);
    reply.closed = socket.state() != QAbstractSocket::ConnectedState;
    return reply;
}

RawReply ApiServerTestCase::get(const QByteArray &target, const QByteArray &extraHeaders) const
{
    return exchange("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extraHeaders + "\r\n");
}
