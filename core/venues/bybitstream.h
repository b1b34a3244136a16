#pragma once

#include "venuestream.h"

// Bybit's linear socket, `wss://stream.bybit.com/v5/public/linear`: one `tickers.<symbol>` topic
// per perpetual, answered by a snapshot and then deltas carrying only the fields that changed,
// which the decoder merges into each symbol's state so that every quote it gives is whole.
// `{"op":"ping"}` every 20 s.
class BybitStream final : public VenueStream
{
public:
    BybitStream() = default;

    QString id() const override;
    QList<StreamSocketPlan> plan(const QUrl &restBaseUrl, const InstrumentSet &followed) const override;
    StreamKeepAlive keepAlive() const override;
    int connectionsPerSecond() const override;
    std::unique_ptr<StreamDecoder> decoder(const InstrumentSet &followed) const override;

    // The topics of one connection may total 21,000 characters.
    static constexpr qsizetype kTopicCharsPerSocket = 21'000;
    // Topics per subscribe frame: Bybit refuses more than 10 on spot, and one refused topic fails
    // every topic of its frame, so a frame of 10 keeps a delisted symbol from taking many along.
    static constexpr qsizetype kTopicsPerFrame = 10;
};
