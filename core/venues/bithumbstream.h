#pragma once

#include "upbitstylestream.h"

// Bithumb's public socket, `wss://ws-api.bithumb.com/websocket/v1`: Upbit's protocol; its order
// book `timestamp` counts microseconds, which no quote reads (receive times are ours).
class BithumbStream final : public UpbitStyleStream
{
public:
    BithumbStream();

    QString id() const override;
    int connectionsPerSecond() const override;
};
