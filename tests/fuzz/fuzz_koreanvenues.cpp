#include "venues/bithumbvenue.h"
#include "venues/coinonevenue.h"
#include "venues/upbitvenue.h"

#include "fuzzcontext.h"

namespace {

const QStringList kCoins{QStringLiteral("BTC"),  QStringLiteral("ETH"),  QStringLiteral("XRP"), QStringLiteral("SOL"),
                         QStringLiteral("DOGE"), QStringLiteral("SHIB"), QStringLiteral("BORA")};

// The fixtures' coins as the venue lists them: "KRW-BTC" on Bithumb and Upbit, "BTC" on Coinone.
InstrumentSet followedOn(const VenueAdapter &venue)
{
    QList<Instrument> instruments;
    for (const QString &coin : kCoins) {
        Instrument instrument;
        instrument.venue = venue.id();
        instrument.coin = coin;
        instrument.symbol = venue.id() == u"coinone" ? coin : QStringLiteral("KRW-") + coin;
        instruments.append(instrument);
    }
    return InstrumentSet(instruments);
}

void check(bool condition)
{
    if (!condition)
        __builtin_trap();
}

// What a listing hands on names a coin and the venue's code for it, one coin per unit.
void checkListing(const ListingResult &result, const VenueAdapter &venue)
{
    if (const auto *instruments = std::get_if<QList<Instrument>>(&result)) {
        for (const Instrument &instrument : *instruments) {
            check(instrument.venue == venue.id() && !instrument.coin.isEmpty() && !instrument.symbol.isEmpty());
            check(instrument.priceMultiplier == Decimal::fromInteger(1));
        }
    }
}

// Every quote is of a followed coin at our receive time, with usable numbers: a positive last, a
// book with live sizes that is not crossed, a volume that is not negative.
void checkBatch(const BatchResult &result, const InstrumentSet &followed, const ReplyContext &context)
{
    const auto *batch = std::get_if<QuoteBatch>(&result);
    if (!batch)
        return;
    check(batch->receivedAtMs == context.receivedAtMs);
    for (const MarketQuote &quote : batch->quotes) {
        check(followed.byCoin(quote.coin) != nullptr && quote.receivedAtMs == context.receivedAtMs);
        check(!quote.last || quote.last->isPositive());
        check(!quote.volume24h || !quote.volume24h->isNegative());
        if (quote.book) {
            check(quote.book->bid.isPositive() && quote.book->bid < quote.book->ask);
            check(quote.book->bidSize.isPositive() && quote.book->askSize.isPositive());
        }
    }
    if (batch->listingStale) {
        check(batch->quotes.isEmpty() && batch->issues.size() == 1
              && batch->issues[0].kind == DataIssue::Kind::UnknownInstrument);
    }
}

void checkStatus(const StatusResult &result, const ReplyContext &context)
{
    if (const auto *statuses = std::get_if<QList<CoinStatus>>(&result)) {
        for (const CoinStatus &status : *statuses)
            check(!status.coin.isEmpty() && status.venue == context.venue);
    }
}

void feed(const VenueAdapter &venue, const InstrumentSet &followed, const QByteArray &body, int status)
{
    const auto context = [&](const QString &request) {
        return ReplyContext{venue.id(), request, QString(), status, 1'796'025'600'123};
    };
    const VenueRequest listing = venue.listingRequest();
    checkListing(venue.parseListing(body, context(listing.name)), venue);
    QStringList asked;
    for (const VenueRequest &request : venue.quoteRequests(followed)) {
        if (asked.contains(request.name))
            continue; // chunks of one request parse alike
        asked.append(request.name);
        checkBatch(venue.parseQuotes(request, body, context(request.name), followed), followed, context(request.name));
    }
    for (const VenueRequest &request : venue.statusRequests())
        checkStatus(venue.parseStatus(request, body, context(request.name)), context(request.name));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const BithumbVenue bithumb;
    static const UpbitVenue upbit;
    static const CoinoneVenue coinone;
    static const InstrumentSet bithumbCoins = followedOn(bithumb);
    static const InstrumentSet upbitCoins = followedOn(upbit);
    static const InstrumentSet coinoneCoins = followedOn(coinone);

    const QByteArray body = fuzzBytes(data, size);
    for (const int status : {200, 404, 502}) {
        feed(bithumb, bithumbCoins, body, status);
        feed(upbit, upbitCoins, body, status);
        feed(coinone, coinoneCoins, body, status);
    }
    return 0;
}
