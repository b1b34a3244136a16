#pragma once

#include "apifailure.h"
#include "httprequest.h"

#include <QByteArray>
#include <QHostAddress>
#include <QString>

#include <optional>

// How the API server listens. Loopback by default; any other address is served only with a token
// (kept in the keychain by the window), which every request must then carry as a bearer token.
struct ApiServerConfig
{
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0; // 0: a free port (tests)
    QByteArray token; // empty: none asked for; required off loopback
    // The user asked for the token on loopback too: not serving beats serving without it.
    bool tokenRequired = false;
    // A client that has not sent its whole request by then gets 408 and is closed; one that does
    // not read its reply is cut off after as long again.
    int clientTimeoutMs = 5000;
    // Connections beyond this are answered 503 at once and closed.
    int maxConnections = 64;
    HttpRequest::Limits limits;

    // Why this configuration must not be served, or nullopt.
    std::optional<ApiFailure::Kind> problem() const;
    // address:port, as a person writes it.
    QString endpoint() const;
};
