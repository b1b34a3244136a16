#pragma once

#include "streamevent.h"

#include <QByteArrayView>

// Reads one socket's messages. One decoder per socket: a venue that sends deltas (Bybit) keeps
// each coin's last state here and merges every delta into it, so every quote it returns is whole.
class StreamDecoder
{
public:
    StreamDecoder() = default;
    virtual ~StreamDecoder() = default;
    Q_DISABLE_COPY_MOVE(StreamDecoder)

    // `payload` is a whole text or binary message (Upbit and Bithumb send UTF-8 JSON in binary
    // frames); `receivedAtMs` is our clock at its arrival and becomes every quote's receivedAtMs.
    // Never throws; garbage is an Error event.
    virtual StreamEvent decode(QByteArrayView payload, qint64 receivedAtMs) = 0;
};
