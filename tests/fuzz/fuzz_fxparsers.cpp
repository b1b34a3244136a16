#include "fx/fxparsers.h"

#include "fuzzcontext.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzzBytes(data, size);
    for (const int status : { 200, 403, 502 }) {
        checkResult(FxParsers::parseDunamuRecent(body, fuzzContext("dunamu", "FRX.KRWUSD", "USD/KRW", status)));
        checkResult(FxParsers::parseOpenErApiLatest(body, fuzzContext("open-er-api", "KRW", "USD/KRW", status)));
        checkResult(
            FxParsers::parseExchangeRateApiPair(body, fuzzContext("exchangerate-api", "KRW", "USD/KRW", status)));
        checkResult(FxParsers::parseKoreaEximDaily(body, fuzzContext("koreaexim", "USD", "USD/KRW", status)));
        checkResult(FxParsers::parseKoreaEximDaily(body, fuzzContext("koreaexim", "JPY", "JPY/KRW", status)));
    }
    return 0;
}
