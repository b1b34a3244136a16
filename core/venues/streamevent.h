#pragma once

#include "quotebatch.h"

#include <QString>

// What one message of a venue's socket meant.
struct StreamEvent
{
    enum class Kind {
        Quotes, // `batch` holds the coins it carried (origin Stream, receivedAtMs ours)
        Pong, // the answer to our keep-alive
        Ack, // a subscription was acknowledged
        Ignored, // valid, but nothing for us (another contract type, a notice we do not act on)
        Error, // the venue's own error message (`error`), or a message in no known shape
    };

    Kind kind = Kind::Ignored;
    QuoteBatch batch;
    QString error;
    // The venue will close the socket or the subscription is refused: reconnect rather than wait.
    bool fatal = false;
};
