#pragma once

#include <QString>

// The local API as the user set it in Preferences. The token itself is a secret: it lives in the
// keychain (`api-token`), never here.
struct ApiSettings
{
    int port = 0; // 0: off
    QString address = QStringLiteral("127.0.0.1");
    // Every request must carry the token. Off loopback it is required whatever this says.
    bool requireToken = false;

    bool operator==(const ApiSettings &other) const = default;
};
