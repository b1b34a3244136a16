#pragma once

#include "venuestream.h"

// Binance USDⓈ-M's sockets: each followed symbol's `bookTicker` on `/public/` (the subscription is
// the URL's combined-stream list, at most kStreamsPerSocket a socket), and on `/market/` every
// symbol's mark price and funding (`!markPrice@arr@1s`) and last trade and 24 h volume
// (`!miniTicker@arr`) once a second, of which only the followed USDⓈ-M symbols are kept: COIN-M
// ones, `st` 2, ride along since 2026. Binance pings and Qt answers, so nothing is sent; a
// connection lives at most 24 h.
class BinanceStream final : public VenueStream
{
public:
    BinanceStream() = default;

    QString id() const override;
    QList<StreamSocketPlan> plan(const QUrl &restBaseUrl, const InstrumentSet &followed) const override;
    StreamKeepAlive keepAlive() const override;
    qint64 maxConnectionAgeMs() const override;
    int connectionsPerSecond() const override;
    std::unique_ptr<StreamDecoder> decoder(const InstrumentSet &followed) const override;

    // A mirror of the reference says 200 streams a connection, the reference 1,024: the lower one.
    static constexpr int kStreamsPerSocket = 200;
};
