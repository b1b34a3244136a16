#pragma once

#include "venuestream.h"

// Coinone's public socket, `wss://stream.coinone.co.kr`: one TICKER subscription per market (its
// last trade, best bid and ask, 24 h volume), acknowledged one by one; a PING message every 20 s
// (it closes a socket after 30 minutes without one).
class CoinoneStream final : public VenueStream
{
public:
    CoinoneStream() = default;

    QString id() const override;
    // The socket lives at the root of its host: a test server or proxy given as the REST base gets
    // `ws://host:port/` (Coinone's socket has no path of its own).
    QList<StreamSocketPlan> plan(const QUrl &restBaseUrl, const InstrumentSet &followed) const override;
    StreamKeepAlive keepAlive() const override;
    int connectionsPerSecond() const override;
    std::unique_ptr<StreamDecoder> decoder(const InstrumentSet &followed) const override;
};
