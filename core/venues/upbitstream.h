#pragma once

#include "upbitstylestream.h"

// Upbit's quotation socket, `wss://api.upbit.com/websocket/v1`. Large prices come in exponent form
// (`1.29779E8`), which the number reader takes as it comes.
class UpbitStream final : public UpbitStyleStream
{
public:
    UpbitStream();

    QString id() const override;
    int connectionsPerSecond() const override;
};
