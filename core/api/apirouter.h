#pragma once

#include "apiresponse.h"
#include "httprequest.h"

#include <QByteArray>

class ApiDataSource;

// Maps a request to its reply: the bearer token first (when one is required), then the path
// (404), the method (405 with Allow), the query (400), then the data source. Pure apart from
// reading the source, so it runs on the server's thread without touching the application.
class ApiRouter final
{
public:
    // An empty token means no token is asked for (loopback only; see ApiServerConfig).
    ApiRouter(const ApiDataSource *source, QByteArray token);

    ApiResponse respond(const HttpRequest &request) const;

private:
    bool authorized(const HttpRequest &request) const;
    ApiResponse premium(const QByteArray &query) const;

    const ApiDataSource *m_source;
    QByteArray m_tokenDigest; // SHA-256 of the token: compared in constant time, whatever the length
};
