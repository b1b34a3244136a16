#include "fetcherror.h"

QString FetchError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::ConnectionRefused: return QStringLiteral("connection refused");
    case Kind::Timeout: return QStringLiteral("timeout");
    case Kind::Network: return QStringLiteral("network error");
    case Kind::HttpStatus: return QStringLiteral("HTTP error");
    case Kind::RateLimited: return QStringLiteral("rate limited");
    case Kind::Banned: return QStringLiteral("banned");
    case Kind::ApiError: return QStringLiteral("API error");
    case Kind::Malformed: return QStringLiteral("malformed reply");
    case Kind::Empty: return QStringLiteral("empty reply");
    case Kind::Absurd: return QStringLiteral("absurd value");
    case Kind::NoData: return QStringLiteral("no data published yet");
    }
    return QString();
}

QString FetchError::describe() const
{
    QString text = kindName(kind);
    if (httpStatus != 0)
        text += QStringLiteral(" (HTTP ") + QString::number(httpStatus) + u')';
    if (!detail.isEmpty())
        text += QStringLiteral(": ") + detail;
    return text;
}
