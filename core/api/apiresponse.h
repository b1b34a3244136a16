#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

// One reply of the API server. Every reply closes the connection: clients are scripts and
// scrapers that ask once a second at most, and no connection outlives its request.
struct ApiResponse
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers; // beyond the ones every reply has

    static ApiResponse json(const QByteArray &body, int status = 200);
    // {"error":"..."} with the status.
    static ApiResponse error(int status, const QString &message);

    // Status line, headers and body, ready for the socket.
    QByteArray toBytes() const;
};
