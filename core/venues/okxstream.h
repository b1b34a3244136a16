#pragma once

#include "venuestream.h"

// OKX's public socket, `wss://ws.okx.com:8443/ws/v5/public`: per swap a `tickers` subscription
// (last, book, volume) and a `funding-rate` one (the rate and the next settlement), which arrive as
// separate messages, each quote filling what its message carries. The text `ping` when the socket
// was quiet for 25 s (OKX closes one quiet for 30 s).
class OkxStream final : public VenueStream
{
public:
    OkxStream() = default;

    QString id() const override;
    QList<StreamSocketPlan> plan(const QUrl &restBaseUrl, const InstrumentSet &followed) const override;
    StreamKeepAlive keepAlive() const override;
    int connectionsPerSecond() const override;
    std::unique_ptr<StreamDecoder> decoder(const InstrumentSet &followed) const override;

    // OKX refuses a request whose arguments pass 64 KB: a subscription frame stays at or below.
    static constexpr qsizetype kMaxFrameBytes = 64 * 1024;
};
