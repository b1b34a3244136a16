#pragma once

#include "venuestream.h"

// The socket Bithumb copies from Upbit (`/websocket/v1`): one subscription frame carrying every
// code, since a new request replaces the one before; tickers for the last trade and order books
// asked one level deep (`KRW-BTC.1`) for the best bid and ask; UTF-8 JSON in binary frames; the
// text `PING` within the minute after which an idle socket is closed. What differs (hosts and
// connection rates) is each venue's subclass.
class UpbitStyleStream : public VenueStream
{
public:
    QList<StreamSocketPlan> plan(const QUrl &restBaseUrl, const InstrumentSet &followed) const override;
    StreamKeepAlive keepAlive() const override;
    // A new request replaces the socket's codes: more coins are asked on the same socket.
    bool resubscribeReplaces() const override;
    std::unique_ptr<StreamDecoder> decoder(const InstrumentSet &followed) const override;

protected:
    // `defaultRestBaseUrl` is the venue adapter's; `socketHost` the real socket's scheme and host.
    UpbitStyleStream(QUrl defaultRestBaseUrl, QUrl socketHost);

private:
    QUrl m_defaultRestBaseUrl;
    QUrl m_socketHost;
};
