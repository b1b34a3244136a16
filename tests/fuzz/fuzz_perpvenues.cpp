#include "venues/binancevenue.h"
#include "venues/bybitvenue.h"
#include "venues/flatjson.h"
#include "venues/okxvenue.h"

#include "fuzzcontext.h"

// Every parser of the perpetual venue adapters (listings, the next listing page, every quote
// reply) and the FlatJson reader beneath them, on the same bytes. Beyond "no crash, no UB":
// a quote holds only usable values (positive prices, sizes and volumes of zero or more, funding
// rates below 100 %, a funding time), a listing only coins with a positive multiplier.

namespace {

// The instruments of the fixtures, so that the fixtures in the corpus reach every row reader.
const InstrumentSet &followed(const QString &venue)
{
    static const InstrumentSet binance({ fuzzInstrument("binance", "BTC", "BTCUSDT", 1, "1"),
                                         fuzzInstrument("binance", "ETH", "ETHUSDT", 1, "1"),
                                         fuzzInstrument("binance", "SHIB", "1000SHIBUSDT", 1000, "1000"),
                                         fuzzInstrument("binance", "ORDI", "ORDIUSDT", 1, "1") });
    static const InstrumentSet okx({ fuzzInstrument("okx", "BTC", "BTC-USDT-SWAP", 1, "0.01"),
                                     fuzzInstrument("okx", "ETH", "ETH-USDT-SWAP", 1, "0.1"),
                                     fuzzInstrument("okx", "SHIB", "SHIB-USDT-SWAP", 1, "1000000"),
                                     fuzzInstrument("okx", "ORDI", "ORDI-USDT-SWAP", 1, "0.1") });
    static const InstrumentSet bybit({ fuzzInstrument("bybit", "BTC", "BTCUSDT", 1, "1"),
                                       fuzzInstrument("bybit", "ETH", "ETHUSDT", 1, "1"),
                                       fuzzInstrument("bybit", "SHIB", "SHIB1000USDT", 1000, "1000"),
                                       fuzzInstrument("bybit", "ORDI", "ORDIUSDT", 1, "1") });
    return venue == u"binance" ? binance : venue == u"okx" ? okx : bybit;
}

void checkBatch(const BatchResult &result)
{
    const auto *batch = std::get_if<QuoteBatch>(&result);
    if (!batch)
        return;
    for (const MarketQuote &quote : batch->quotes)
        checkQuoteValues(quote);
}

void checkListing(const ListingResult &result)
{
    const auto *instruments = std::get_if<QList<Instrument>>(&result);
    if (!instruments)
        return;
    for (const Instrument &instrument : *instruments) {
        fuzzCheck(!instrument.coin.isEmpty() && !instrument.symbol.isEmpty());
        fuzzCheck(instrument.priceMultiplier.isPositive() && instrument.sizeMultiplier.isPositive());
        fuzzCheck(instrument.fundingIntervalMs >= 0);
    }
}

// Walks every token as a reader would: every element of a container comes after it.
void checkFlatJson(const QByteArray &body)
{
    const auto json = FlatJson::parse(body);
    if (!json)
        return;
    for (qsizetype token = 0; token < json->tokenCount(); ++token) {
        (void)json->string(token);
        (void)json->decimal(token);
        (void)json->integer(token);
        (void)json->scalarText(token);
        (void)json->member(token, QLatin1StringView("symbol"));
        for (qsizetype e = json->firstElement(token); e != FlatJson::None; e = json->nextElement(token, e))
            fuzzCheck(e > token);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const BinanceVenue binance;
    static const OkxVenue okx;
    static const BybitVenue bybit;
    const QByteArray body = fuzzBytes(data, size);
    checkFlatJson(body);
    for (const VenueAdapter *adapter :
         { static_cast<const VenueAdapter *>(&binance), static_cast<const VenueAdapter *>(&okx),
           static_cast<const VenueAdapter *>(&bybit) }) {
        const InstrumentSet &instruments = followed(adapter->id());
        for (const int status : { 200, 403 }) {
            ReplyContext context = fuzzContext("", "listing", "", status);
            context.venue = adapter->id();
            checkListing(adapter->parseListing(body, context));
            (void)adapter->nextListingRequest(body, context);
            for (const VenueRequest &request : adapter->quoteRequests(instruments)) {
                context.market = request.name;
                checkBatch(adapter->parseQuotes(request, body, context, instruments));
            }
        }
    }
    return 0;
}
