#include "orderbookparsers.h"

#include "jsonreply.h"

#include <tuple>

namespace {

struct Side
{
    QJsonValue price;
    QJsonValue size;
};

std::variant<Decimal, FetchError> sideSize(const Side &side, const ReplyContext &context)
{
    const std::optional<Decimal> size = JsonReply::decimal(side.size);
    if (!size || size->isNegative())
        return JsonReply::shapeError(context, QStringLiteral("bad size in the book"));
    return *size;
}

// A quote from the two best levels, or why they are not a usable book.
QuoteResult bookQuote(const Side &bid, const Side &ask, const ReplyContext &context, qint64 venueTimeMs)
{
    BookTop top;
    for (const auto &[side, price, size] : {std::tuple{&bid, &top.bid, &top.bidSize}, std::tuple{&ask, &top.ask, &top.askSize}}) {
        if (side->price.isUndefined())
            return JsonReply::shapeError(context, QStringLiteral("no price in the book"));
        const std::optional<Decimal> value = JsonReply::decimal(side->price);
        if (auto error = JsonReply::checkPrice(side->price, value))
            return *error;
        auto parsedSize = sideSize(*side, context);
        if (auto *error = std::get_if<FetchError>(&parsedSize))
            return *error;
        *price = value->normalized();
        *size = std::get<Decimal>(parsedSize).normalized();
    }
    if (top.bidSize.isZero() || top.askSize.isZero())
        return FetchError{FetchError::Kind::Empty, 0, QStringLiteral("no liquidity on one side of the book"), std::nullopt};
    // A crossed book is a broken snapshot, not a price anyone can trade at.
    if (top.bid >= top.ask) {
        return FetchError{FetchError::Kind::Absurd, 0,
                          QStringLiteral("crossed book: bid %1 ask %2").arg(top.bid.toString(), top.ask.toString()), std::nullopt};
    }
    Quote quote;
    quote.venue = context.venue;
    quote.symbol = context.symbol;
    // From the bid, not (bid + ask) / 2: the sum of two prices at the last place Decimal keeps may
    // not fit, and its rounding could put the mid outside the book.
    quote.price = (top.bid + *(top.ask - top.bid).dividedBy(Decimal::fromInteger(2))).normalized();
    quote.receivedAtMs = context.receivedAtMs;
    quote.venueTimeMs = venueTimeMs;
    quote.book = top;
    return quote;
}

// The first level on one side whose size is positive; the last level seen when none is, so that
// the caller reports an empty side rather than a missing one.
std::variant<Side, FetchError> firstLiveLevel(const QJsonArray &units, QStringView priceKey, QStringView sizeKey,
                                              const ReplyContext &context)
{
    Side found;
    for (const QJsonValue &unit : units) {
        const QJsonObject level = unit.toObject();
        found = Side{level.value(priceKey), level.value(sizeKey)};
        auto size = sideSize(found, context);
        if (auto *error = std::get_if<FetchError>(&size))
            return *error;
        if (std::get<Decimal>(size).isPositive())
            return found;
    }
    if (units.isEmpty())
        return FetchError{FetchError::Kind::Empty, 0, QStringLiteral("empty order book"), std::nullopt};
    return found;
}

} // namespace

namespace OrderBookParsers {

QuoteResult parseMarketOrderbook(const QByteArray &body, const ReplyContext &context)
{
    auto entry = JsonReply::marketEntry(body, context);
    if (auto *error = std::get_if<FetchError>(&entry))
        return *error;
    const QJsonObject book = std::get<QJsonObject>(entry);
    const QJsonArray units = book.value(u"orderbook_units").toArray();

    auto bid = firstLiveLevel(units, u"bid_price", u"bid_size", context);
    if (auto *error = std::get_if<FetchError>(&bid))
        return *error;
    auto ask = firstLiveLevel(units, u"ask_price", u"ask_size", context);
    if (auto *error = std::get_if<FetchError>(&ask))
        return *error;
    return bookQuote(std::get<Side>(bid), std::get<Side>(ask), context, book.value(u"timestamp").toInteger());
}

QuoteResult parseFuturesBookTicker(const QByteArray &body, const ReplyContext &context)
{
    auto parsed = JsonReply::futuresObject(body, context);
    if (auto *error = std::get_if<FetchError>(&parsed))
        return *error;
    const QJsonObject object = std::get<QJsonObject>(parsed);
    return bookQuote(Side{object.value(u"bidPrice"), object.value(u"bidQty")},
                     Side{object.value(u"askPrice"), object.value(u"askQty")}, context,
                     object.value(u"time").toInteger());
}

} // namespace OrderBookParsers
