#pragma once

#include "instrumentset.h"
#include "streamdecoder.h"

// The decoder of a venue whose every message stands alone (whole books, whole tickers): a pure
// function of the message and the followed instruments, so one class serves every such venue.
class StatelessStreamDecoder final : public StreamDecoder
{
public:
    using Decode = StreamEvent (*)(const QString &venue, QByteArrayView payload, qint64 receivedAtMs,
                                   const InstrumentSet &followed);

    StatelessStreamDecoder(QString venue, InstrumentSet followed, Decode decode);

    StreamEvent decode(QByteArrayView payload, qint64 receivedAtMs) override;

private:
    QString m_venue;
    InstrumentSet m_followed;
    Decode m_decode;
};
