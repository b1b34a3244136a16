#include "exchanges/orderbookparsers.h"

#include "fuzzcontext.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzzBytes(data, size);
    for (const int status : { 200, 400 }) {
        checkResult(OrderBookParsers::parseMarketOrderbook(body, fuzzContext("bithumb", "KRW-BTC", "BTC", status)));
        checkResult(OrderBookParsers::parseFuturesBookTicker(body, fuzzContext("binance", "BTCUSDT", "BTC", status)));
    }
    return 0;
}
