#pragma once

#include "instrumentset.h"
#include "streamdecoder.h"
#include "streamkeepalive.h"
#include "streamsocketplan.h"

#include <QList>
#include <QUrl>

#include <memory>

// Everything the app knows about one venue's push API, and with its VenueAdapter the only place
// that knows it: the sockets to open for a set of instruments, what keeps them alive, and how to
// read their messages. One subclass per venue, one file each; the sockets themselves are the
// transport's (StreamConnection), so this stays pure and testable without a network.
class VenueStream
{
public:
    VenueStream() = default;
    virtual ~VenueStream() = default;
    Q_DISABLE_COPY_MOVE(VenueStream)

    virtual QString id() const = 0; // the VenueAdapter's id: "bithumb"

    // The sockets for these instruments. `restBaseUrl` is the REST address the app was given: the
    // venue's default (or empty) means the real socket host; another one (a test server, a proxy)
    // puts the venue's socket path on that host, http giving ws and https wss.
    virtual QList<StreamSocketPlan> plan(const QUrl &restBaseUrl, const InstrumentSet &followed) const = 0;
    virtual StreamKeepAlive keepAlive() const = 0;
    // A socket is replaced (the new one opened first) before the venue closes it: Binance after
    // 24 h. 0: no planned limit.
    virtual qint64 maxConnectionAgeMs() const { return 0; }
    // New connections the venue accepts per second from one address (Upbit 5, OKX 3...).
    virtual int connectionsPerSecond() const = 0;
    // A new subscription on an open socket replaces the socket's old one (Upbit, Bithumb): other
    // coins are then asked on the same socket with the whole new list. Otherwise a new socket,
    // opened before the old one closes, carries them.
    virtual bool resubscribeReplaces() const { return false; }
    virtual std::unique_ptr<StreamDecoder> decoder(const InstrumentSet &followed) const = 0;

protected:
    // Where a socket of the venue is for plan(): at `path` (and `query`) on `socketHost` (the real
    // socket's scheme, host and port, "wss://ws.okx.com:8443") when `restBaseUrl` is empty or the
    // venue's default REST base `defaultRestBaseUrl`; else on the host and port of `restBaseUrl`,
    // with ws for http and wss for https.
    static QUrl socketUrl(const QUrl &restBaseUrl, const QUrl &defaultRestBaseUrl, const QUrl &socketHost,
                          const QString &path, const QString &query = {});
};
