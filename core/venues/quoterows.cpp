#include "quoterows.h"

#include <algorithm>

namespace {

// No quote in any currency we read comes near this; 1e308 and friends are corruption, not prices.
const Decimal kMaxPrice = Decimal::fromInteger(1'000'000'000'000'000LL);

} // namespace

namespace QuoteRows {

Raw text(JsonScanner &scanner)
{
    if (scanner.peek() == JsonScanner::Kind::String)
        return scanner.scalar();
    scanner.skipValue();
    return std::nullopt;
}

std::optional<Decimal> decimal(Raw raw)
{
    // Longer than any number Decimal holds, with room for zeros and an exponent.
    constexpr qsizetype longest = 64;
    if (!raw || raw->isEmpty() || raw->size() > longest)
        return std::nullopt;
    char16_t wide[longest];
    for (qsizetype i = 0; i < raw->size(); ++i)
        wide[i] = static_cast<unsigned char>((*raw)[i]);
    return Decimal::fromString(QStringView(wide, raw->size()));
}

std::optional<Decimal> price(Raw raw)
{
    const std::optional<Decimal> value = decimal(raw);
    if (!value || !value->isPositive() || *value >= kMaxPrice)
        return std::nullopt;
    return value->normalized();
}

std::optional<Decimal> amount(Raw raw)
{
    const std::optional<Decimal> value = decimal(raw);
    if (!value || value->isNegative())
        return std::nullopt;
    return value->normalized();
}

std::optional<Decimal> ratio(Raw raw)
{
    const std::optional<Decimal> value = decimal(raw);
    if (!value)
        return std::nullopt;
    return value->normalized();
}

QString shown(Raw raw)
{
    // Enough of it to recognise in a log line.
    return raw ? QString::fromUtf8(raw->first(std::min<qsizetype>(raw->size(), 40))) : QStringLiteral("missing");
}

void Side::offer(Raw levelPrice, Raw levelSize)
{
    if (settled())
        return;
    const std::optional<Decimal> value = decimal(levelPrice);
    const std::optional<Decimal> size = amount(levelSize);
    if (!value || value->isNegative() || *value >= kMaxPrice || !size) {
        readable = false;
        return;
    }
    if (value->isPositive() && size->isPositive())
        best = Level { value->normalized(), *size };
}

bool readLevels(JsonScanner &scanner, std::initializer_list<SideKeys> sides)
{
    if (!scanner.beginArray()) {
        scanner.skipValue();
        return false;
    }
    const auto settled = [&] {
        return std::all_of(sides.begin(), sides.end(), [](const SideKeys &keys) { return keys.side->settled(); });
    };
    while (scanner.nextElement()) {
        if (settled()) {
            scanner.skipValue();
            continue;
        }
        Raw values[2][2]; // price and size of the first two sides
        scanner.readObject([&](QByteArrayView key) {
            Raw *into = nullptr;
            for (qsizetype i = 0; i < std::min<qsizetype>(2, sides.size()); ++i) {
                const SideKeys &keys = sides.begin()[i];
                into = key == keys.price ? &values[i][0] : key == keys.size ? &values[i][1] : into;
            }
            if (into)
                *into = scanner.scalar();
            return into != nullptr;
        });
        // A value that is no level object leaves every field missing: the side is unreadable.
        for (qsizetype i = 0; i < std::min<qsizetype>(2, sides.size()); ++i)
            sides.begin()[i].side->offer(values[i][0], values[i][1]);
    }
    return true;
}

QuoteBatch batchFor(const QString &venue, const QString &request, const ReplyContext &context)
{
    QuoteBatch batch;
    batch.venue = venue;
    batch.request = request;
    batch.receivedAtMs = context.receivedAtMs;
    return batch;
}

MarketQuote quoteFor(const Instrument &instrument, const ReplyContext &context)
{
    MarketQuote quote;
    quote.venue = instrument.venue;
    quote.coin = instrument.coin;
    quote.instrument = instrument.symbol;
    quote.receivedAtMs = context.receivedAtMs;
    return quote;
}

std::optional<MarketQuote> lastTrade(Raw raw, QStringView field, const Instrument &instrument,
                                     const ReplyContext &context, QList<DataIssue> &issues)
{
    const std::optional<Decimal> last = price(raw);
    const std::optional<Decimal> perCoin = last ? instrument.perCoin(*last) : std::nullopt;
    if (!perCoin || !perCoin->isPositive()) {
        const auto kind = !raw ? DataIssue::Kind::Malformed : DataIssue::Kind::Absurd;
        issues.append(issue(kind, instrument, field.toString() + u' ' + shown(raw)));
        return std::nullopt;
    }
    MarketQuote quote = quoteFor(instrument, context);
    quote.last = perCoin;
    return quote;
}

DataIssue issue(DataIssue::Kind kind, const QString &venue, const QString &coin, const QString &instrument,
                const QString &detail)
{
    DataIssue result;
    result.kind = kind;
    result.venue = venue;
    result.coin = coin;
    result.instrument = instrument;
    result.detail = detail;
    return result;
}

DataIssue issue(DataIssue::Kind kind, const Instrument &instrument, const QString &detail)
{
    return issue(kind, instrument.venue, instrument.coin, instrument.symbol, detail);
}

void setBook(MarketQuote &quote, const Instrument &instrument, const Side &bids, const Side &asks,
             QList<DataIssue> &issues)
{
    if (!bids.readable || !asks.readable) {
        issues.append(issue(DataIssue::Kind::Absurd, instrument, QStringLiteral("a book level is not a number")));
        return;
    }
    if (!bids.best || !asks.best)
        return;
    const std::optional<Decimal> bid = instrument.perCoin(bids.best->price);
    const std::optional<Decimal> ask = instrument.perCoin(asks.best->price);
    if (!bid || !ask || !bid->isPositive() || !ask->isPositive()) {
        issues.append(issue(DataIssue::Kind::Absurd, instrument, QStringLiteral("no price per coin in the book")));
        return;
    }
    // A crossed book is a broken snapshot, not a price anyone can trade at.
    if (*bid >= *ask) {
        issues.append(issue(DataIssue::Kind::CrossedBook, instrument,
                            QStringLiteral("bid %1 ask %2").arg(bid->toString(), ask->toString())));
        return;
    }
    quote.book = BookTop { *bid, instrument.coins(bids.best->size), *ask, instrument.coins(asks.best->size) };
}

} // namespace QuoteRows
