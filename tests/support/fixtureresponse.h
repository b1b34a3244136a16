#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

// What FixtureServer answers on one route. An aggregate on purpose, so tests can spell a reply with
// designated initialisers: FixtureResponse{.status = 429, .headers = {{"Retry-After", "3"}}}. Every
// member has a default initialiser because GCC 12's -Wextra warns about skipped members without one.
struct FixtureResponse
{
    int status = 200;
    QByteArray body{};
    // Sent after the standard headers, in this order; e.g. {"Retry-After", "3"}.
    QList<std::pair<QByteArray, QByteArray>> headers{};
    QByteArray contentType = "application/json";
    // Nothing at all is written before this many milliseconds have passed.
    int delayMs = 0;
    // The request is read and recorded but never answered, so only a client-side timeout ends it.
    bool neverReply = false;
    // When trickleChunkBytes > 0 the body leaves in chunks of that size, one every trickleIntervalMs;
    // the first chunk goes out together with the headers.
    int trickleChunkBytes = 0;
    int trickleIntervalMs = 0;
    // The request is read, then the connection is reset (RST) without a byte of reply.
    bool closeWithoutReply = false;

    // Reads a fixture file. A relative path is taken relative to FixtureServer::dataDir(), so
    // fromFile(u"binance/fapi-ticker-price-btcusdt.json"_s) works from any working directory.
    // ".html" and ".txt" files get a matching Content-Type. An unreadable file yields a 500 with a
    // plain-text body naming it (and a warning), so a typo fails the test instead of passing silently.
    static FixtureResponse fromFile(const QString &path, int status = 200);
};
