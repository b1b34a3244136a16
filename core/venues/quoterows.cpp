#include "quoterows.h"

#include "exchanges/jsonreply.h"

#include <QJsonObject>

namespace {

// No quote in any currency we read comes near this; 1e308 and friends are corruption, not prices.
const Decimal kMaxPrice = Decimal::fromInteger(1'000'000'000'000'000LL);

} // namespace

namespace QuoteRows {

std::optional<Decimal> price(const QJsonValue &raw)
{
    const std::optional<Decimal> value = JsonReply::decimal(raw);
    if (!value || !value->isPositive() || *value >= kMaxPrice)
        return std::nullopt;
    return value->normalized();
}

std::optional<Decimal> amount(const QJsonValue &raw)
{
    const std::optional<Decimal> value = JsonReply::decimal(raw);
    if (!value || value->isNegative())
        return std::nullopt;
    return value->normalized();
}

std::optional<Decimal> ratio(const QJsonValue &raw)
{
    const std::optional<Decimal> value = JsonReply::decimal(raw);
    if (!value)
        return std::nullopt;
    return value->normalized();
}

QString shown(const QJsonValue &raw)
{
    if (raw.isString())
        return raw.toString();
    if (raw.isDouble())
        return QString::number(raw.toDouble());
    return raw.isUndefined() ? QStringLiteral("missing") : QStringLiteral("not a number");
}

Side bestLevel(const QJsonArray &levels, QStringView priceKey, QStringView sizeKey)
{
    Side side;
    for (const QJsonValue &entry : levels) {
        const QJsonObject level = entry.toObject();
        const std::optional<Decimal> levelPrice = JsonReply::decimal(level.value(priceKey));
        const std::optional<Decimal> levelSize = amount(level.value(sizeKey));
        if (!levelPrice || levelPrice->isNegative() || *levelPrice >= kMaxPrice || !levelSize) {
            side.readable = false;
            return side;
        }
        if (levelPrice->isPositive() && levelSize->isPositive()) {
            side.best = Level { levelPrice->normalized(), *levelSize };
            return side;
        }
    }
    return side;
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

std::optional<MarketQuote> lastTrade(const QJsonValue &raw, QStringView field, const Instrument &instrument,
                                     const ReplyContext &context, QList<DataIssue> &issues)
{
    const std::optional<Decimal> last = price(raw);
    const std::optional<Decimal> perCoin = last ? instrument.perCoin(*last) : std::nullopt;
    if (!perCoin || !perCoin->isPositive()) {
        const auto kind = raw.isUndefined() ? DataIssue::Kind::Malformed : DataIssue::Kind::Absurd;
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
