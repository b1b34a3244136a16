#include "exchanges/throttlehints.h"

#include "fuzzcontext.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzzBytes(data, size);
    // A wait the venue asks for is never negative and never beyond the longest we believe.
    if (const auto wait = ThrottleHints::retryAfterMs(bytes, 1'795'600'000'000)) {
        if (*wait < 0 || *wait > ThrottleHints::MaxHoldMs)
            __builtin_trap();
    }
    ThrottleHints::httpDateMs(bytes);
    ThrottleHints::bannedUntilMs(QString::fromUtf8(bytes));
    if (const auto used = ThrottleHints::usedWeight(bytes)) {
        if (*used < 0)
            __builtin_trap();
    }
    return 0;
}
