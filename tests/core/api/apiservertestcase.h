#pragma once

#include "api/apiserver.h"
#include "api/apisnapshot.h"
#include "observability/metricsregistry.h"

#include <QByteArray>
#include <QHash>

#include <memory>

#include <gtest/gtest.h>

// A reply as a client reads it off the socket.
struct RawReply
{
    int status = 0;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    bool closed = false; // the server closed the connection after the reply
};

// Parses what the server sent: status line, headers, body of Content-Length bytes.
RawReply parseReply(const QByteArray &bytes);

// A real ApiServer on a free loopback port, asked over real TCP connections. The server runs on
// its own thread, so the blocking socket calls of the test thread do not hold it up.
class ApiServerTestCase : public ::testing::Test
{
protected:
    // Starts a server with `config` (port 0) on `snapshot`; false with the reason if it failed.
    ::testing::AssertionResult startServer(ApiServerConfig config = {});

    // Sends `request` as it is and reads until the server closes.
    RawReply exchange(const QByteArray &request, int timeoutMs = 5000) const;
    // A well-formed GET of `target` with the given extra header lines (CRLF-terminated each).
    RawReply get(const QByteArray &target, const QByteArray &extraHeaders = {}) const;

    // Declared before the server, which reads them until destroyed.
    MetricsRegistry registry;
    ApiSnapshot snapshot;
    std::unique_ptr<ApiServer> server;
    quint16 port = 0;
};
