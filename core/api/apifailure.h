#pragma once

#include <QMetaType>
#include <QString>

// Why the API server is not serving. Core says which case it is; the window words it.
struct ApiFailure
{
    enum class Kind {
        NoAddress, // the configured address is not an IP address
        TokenMissing, // off loopback, or asked for, and no token is set
        CannotListen, // the system refused: port taken, not allowed...
    };

    Kind kind = Kind::CannotListen;
    QString address; // host:port as configured
    QString detail; // CannotListen: the system's words

    // One English line for logs and stderr.
    QString describe() const;
};

Q_DECLARE_METATYPE(ApiFailure)
