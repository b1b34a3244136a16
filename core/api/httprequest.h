#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

// One HTTP/1.x request head as the API server reads it, and the reader: a pure function from the
// bytes received so far to "need more", a request, or the status that refuses it. The body, when
// a client sends one, is waited for (so that closing the connection does not reset the reply)
// and dropped: no route takes one.
struct HttpRequest
{
    struct Limits
    {
        qsizetype maxHeaderBytes = 8 * 1024; // request line and headers
        qsizetype maxBodyBytes = 64 * 1024;
    };

    struct ReadResult
    {
        enum class Kind { Incomplete, Complete, Invalid };
        Kind kind = Kind::Incomplete;
        int status = 0; // Invalid: 400, 413, 431, 501 or 505
        QString error; // Invalid: why, for the JSON error body
    };

    QByteArray method;
    QByteArray path; // before `?`, as sent (not decoded)
    QByteArray query; // after `?`, as sent; empty without one
    QList<std::pair<QByteArray, QByteArray>> headers; // names in lower case, values trimmed

    // The value of the first header with this (lower-case) name, or a null array.
    QByteArray header(const QByteArray &lowerName) const;

    static ReadResult read(const QByteArray &received, const Limits &limits, HttpRequest *request);
};
