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

Instrument instrument(const char *venue, const char *coin, const char *symbol, int priceMultiplier,
                      const char *sizeMultiplier)
{
    Instrument result;
    result.venue = QString::fromLatin1(venue);
    result.coin = QString::fromLatin1(coin);
    result.symbol = QString::fromLatin1(symbol);
    result.priceMultiplier = Decimal::fromInteger(priceMultiplier);
    result.sizeMultiplier = *Decimal::fromString(QString::fromLatin1(sizeMultiplier));
    return result;
}

// The instruments of the fixtures, so that the fixtures in the corpus reach every row reader.
const InstrumentSet &followed(const QString &venue)
{
    static const InstrumentSet binance({ instrument("binance", "BTC", "BTCUSDT", 1, "1"),
                                         instrument("binance", "ETH", "ETHUSDT", 1, "1"),
                                         instrument("binance", "SHIB", "1000SHIBUSDT", 1000, "1000"),
                                         instrument("binance", "ORDI", "ORDIUSDT", 1, "1") });
    static const InstrumentSet okx({ instrument("okx", "BTC", "BTC-USDT-SWAP", 1, "0.01"),
                                     instrument("okx", "ETH", "ETH-USDT-SWAP", 1, "0.1"),
                                     instrument("okx", "SHIB", "SHIB-USDT-SWAP", 1, "1000000"),
                                     instrument("okx", "ORDI", "ORDI-USDT-SWAP", 1, "0.1") });
    static const InstrumentSet bybit(
        { instrument("bybit", "BTC", "BTCUSDT", 1, "1"), instrument("bybit", "ETH", "ETHUSDT", 1, "1"),
          instrument("bybit", "SHIB", "SHIB1000USDT", 1000, "1000"), instrument("bybit", "ORDI", "ORDIUSDT", 1, "1") });
    return venue == u"binance" ? binance : venue == u"okx" ? okx : bybit;
}

void check(bool condition)
{
    if (!condition)
        __builtin_trap();
}

bool positive(const std::optional<Decimal> &value)
{
    return !value || value->isPositive();
}

bool notNegative(const std::optional<Decimal> &value)
{
    return !value || !value->isNegative();
}

void checkBatch(const BatchResult &result)
{
    const auto *batch = std::get_if<QuoteBatch>(&result);
    if (!batch)
        return;
    for (const MarketQuote &quote : batch->quotes) {
        check(positive(quote.last) && notNegative(quote.volume24h));
        if (quote.book) {
            check(quote.book->bid.isPositive() && quote.book->ask.isPositive());
            check(!quote.book->bidSize.isNegative() && !quote.book->askSize.isNegative());
        }
        if (quote.funding) {
            // The mark alone (no funding time), the rate alone (no mark), or both.
            const FundingTerms &funding = *quote.funding;
            check(funding.markPrice.isPositive() || (funding.markPrice.isZero() && funding.nextFundingTimeMs > 0));
            check(funding.nextFundingTimeMs > 0 || (funding.nextFundingTimeMs == 0 && funding.rate.isZero()));
            check(funding.rate.abs() < Decimal::fromInteger(1));
        }
        if (quote.change24hRatio)
            check(*quote.change24hRatio >= Decimal::fromInteger(-1));
    }
}

void checkListing(const ListingResult &result)
{
    const auto *instruments = std::get_if<QList<Instrument>>(&result);
    if (!instruments)
        return;
    for (const Instrument &instrument : *instruments) {
        check(!instrument.coin.isEmpty() && !instrument.symbol.isEmpty());
        check(instrument.priceMultiplier.isPositive() && instrument.sizeMultiplier.isPositive());
        check(instrument.fundingIntervalMs >= 0);
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
            check(e > token);
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
