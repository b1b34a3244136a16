#pragma once

#include <QByteArray>

// What a venue's reply says about the venue itself, beside the quote: its status and the headers
// that ask us to slow down.
struct ReplyFacts
{
    int httpStatus = 0; // 0: no HTTP answer at all (refused, timed out, reset)
    QByteArray retryAfter; // raw `Retry-After`
    QByteArray usedWeight; // raw header named by VenueLimits::usedWeightHeader
};
