#include "exchanges/ratelimitparsers.h"

#include "fuzzcontext.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto parsed = RateLimitParsers::parseBinanceExchangeInfo(fuzzBytes(data, size), 200);
    if (const auto *limits = std::get_if<QList<RateLimit>>(&parsed)) {
        // What is handed to the weight budget is always a usable limit.
        for (const RateLimit &limit : *limits) {
            if (limit.limit <= 0 || limit.intervalMs <= 0)
                __builtin_trap();
        }
        RateLimitParsers::requestWeight(*limits);
    }
    return 0;
}
