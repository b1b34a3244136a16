#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QMetaType>
#include <QString>

#include <utility>

// One request as FixtureServer parsed it off the wire, so tests can assert what a client really sent.
struct RecordedRequest
{
    QByteArray method{};
    // Percent-decoded, without the query; this is what routes are matched against.
    QString path{};
    // Exactly as sent (still percent-encoded), without the leading '?'.
    QString query{};
    // In arrival order, names spelled as the client spelled them.
    QList<std::pair<QByteArray, QByteArray>> headers{};
    // Local wall clock (ms since the epoch) when the request was complete.
    qint64 receivedAtMs = 0;
    // Request body (Content-Length framed); empty for GET.
    QByteArray body{};

    // HTTP header names are case-insensitive; returns the first match or an empty array.
    QByteArray headerValue(QByteArrayView name) const
    {
        for (const auto &[headerName, value] : headers) {
            if (headerName.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

Q_DECLARE_METATYPE(RecordedRequest)
