#include "venues/binancestream.h"
#include "venues/bithumbstream.h"
#include "venues/bybitstream.h"
#include "venues/coinonestream.h"
#include "venues/okxstream.h"
#include "venues/upbitstream.h"

#include "fuzzcontext.h"

#include <QList>

// The six venues' stream decoders. An input is one socket's messages, separated by the byte 0x1e
// (ASCII record separator), fed in order to a fresh decoder of each venue, so that Bybit's deltas
// merge into the snapshots before them. Beyond "no crash, no UB": every quote is of a followed
// coin of that venue, marked as streamed, stamped with our clock and holds only usable values; an
// Error says why; a Quotes event holds quotes.

namespace {

constexpr qint64 kReceivedAtMs = 1'796'025'600'321;

// The instruments of the ws fixtures in the corpus, so that they reach every row reader.
InstrumentSet followed(const QString &venue)
{
    if (venue == u"binance")
        return InstrumentSet({ fuzzInstrument("binance", "BTC", "BTCUSDT", 1, "1"),
                               fuzzInstrument("binance", "SHIB", "1000SHIBUSDT", 1000, "1000"),
                               fuzzInstrument("binance", "ORDI", "ORDIUSDT", 1, "1") });
    if (venue == u"okx")
        return InstrumentSet({ fuzzInstrument("okx", "BTC", "BTC-USDT-SWAP", 1, "0.01"),
                               fuzzInstrument("okx", "SHIB", "SHIB-USDT-SWAP", 1, "1000000") });
    if (venue == u"bybit")
        return InstrumentSet({ fuzzInstrument("bybit", "BTC", "BTCUSDT", 1, "1"),
                               fuzzInstrument("bybit", "SHIB", "SHIB1000USDT", 1000, "1000") });
    if (venue == u"coinone")
        return InstrumentSet(
            { fuzzInstrument("coinone", "BTC", "BTC", 1, "1"), fuzzInstrument("coinone", "SHIB", "SHIB", 1, "1") });
    return InstrumentSet({ fuzzInstrument(qPrintable(venue), "BTC", "KRW-BTC", 1, "1"),
                           fuzzInstrument(qPrintable(venue), "SHIB", "KRW-SHIB", 1, "1") });
}

void checkEvent(const StreamEvent &event, const QString &venue, const InstrumentSet &coins)
{
    fuzzCheck(event.kind != StreamEvent::Kind::Error || !event.error.isEmpty());
    fuzzCheck(event.kind != StreamEvent::Kind::Quotes || !event.batch.quotes.isEmpty());
    for (const MarketQuote &quote : event.batch.quotes) {
        fuzzCheck(quote.venue == venue && quote.origin == QuoteOrigin::Stream && quote.receivedAtMs == kReceivedAtMs);
        const Instrument *known = coins.byCoin(quote.coin);
        fuzzCheck(known && known->symbol == quote.instrument);
        checkQuoteValues(quote);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const BithumbStream bithumb;
    static const UpbitStream upbit;
    static const CoinoneStream coinone;
    static const BinanceStream binance;
    static const OkxStream okx;
    static const BybitStream bybit;
    static const QList<const VenueStream *> streams { &bithumb, &upbit, &coinone, &binance, &okx, &bybit };
    static const QList<InstrumentSet> coins = [] {
        QList<InstrumentSet> result;
        for (const VenueStream *stream : streams)
            result.append(followed(stream->id()));
        return result;
    }();

    const QList<QByteArray> messages = fuzzBytes(data, size).split('\x1e');
    for (qsizetype i = 0; i < streams.size(); ++i) {
        const std::unique_ptr<StreamDecoder> decoder = streams[i]->decoder(coins[i]);
        for (const QByteArray &message : messages)
            checkEvent(decoder->decode(message, kReceivedAtMs), streams[i]->id(), coins[i]);
    }
    return 0;
}
