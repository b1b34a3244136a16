#pragma once

#include "dataissue.h"
#include "instrument.h"
#include "jsonscanner.h"
#include "quotebatch.h"

#include "market/decimal.h"
#include "market/quoteresult.h"

#include <initializer_list>
#include <optional>

// What the adapters share to turn the rows of an all-coins reply into quotes as the scanner walks
// them: numbers read from the digits the venue wrote, the best live level of each book side, and
// the issue of one bad row. A bad value is its row's issue, never the reply's error: the other
// rows stand.
namespace QuoteRows {

// A scalar as the venue wrote it; nullopt when the field is missing or not a scalar.
using Raw = std::optional<QByteArrayView>;

// A string's bytes; an object or array is skipped and gives nullopt, as a number does.
Raw text(JsonScanner &scanner);
// A JSON number or a numeric string ("89277.10", "1,432.60", "1.29779E8").
std::optional<Decimal> decimal(Raw raw);
// A price of one coin: positive and below any real quote; nullopt for anything else ("NaN",
// -1, 1e308, null, missing).
std::optional<Decimal> price(Raw raw);
// A size or volume: zero or more; nullopt when it is not a number or negative.
std::optional<Decimal> amount(Raw raw);
// A signed ratio such as a 24 h change; nullopt when it is not a number.
std::optional<Decimal> ratio(Raw raw);
// How a raw value looks in an issue's detail: "NaN", "-1", "missing".
QString shown(Raw raw);

// The best live level of one side of a book, as the venue quotes it.
struct Level
{
    Decimal price;
    Decimal size;
};

// One side of a row's book, level by level: the first level whose price and size are both above
// zero is the best (venues list levels of size 0, since Bithumb prints sizes with 4 decimals, and
// pad thin sides with 0/0 levels, as Upbit does). A level that is not a number, negative or absurd
// before it makes the side unreadable.
struct Side
{
    bool readable = true;
    std::optional<Level> best;

    bool settled() const { return !readable || best.has_value(); }
    void offer(Raw levelPrice, Raw levelSize);
};

// Which fields of a level object carry one side's price and size.
struct SideKeys
{
    QByteArrayView price;
    QByteArrayView size;
    Side *side;
};

// Reads an array of level objects, offering each level to the sides (two at most: bids and asks)
// until all are settled; the rest is skipped. False, with the value skipped, when the value is not an array.
bool readLevels(JsonScanner &scanner, std::initializer_list<SideKeys> sides);

// An empty batch answering `request`, stamped with our receive time.
QuoteBatch batchFor(const QString &venue, const QString &request, const ReplyContext &context);
// A quote of one instrument with its ids set and nothing else.
MarketQuote quoteFor(const Instrument &instrument, const ReplyContext &context);
// A quote of one row from its last trade price; nullopt, and the row's issue in `issues`, when the
// row has no usable price (missing: Malformed; "NaN", -1, 1e308: Absurd).
std::optional<MarketQuote> lastTrade(Raw raw, QStringView field, const Instrument &instrument,
                                     const ReplyContext &context, QList<DataIssue> &issues);
DataIssue issue(DataIssue::Kind kind, const QString &venue, const QString &coin, const QString &instrument,
                const QString &detail);
DataIssue issue(DataIssue::Kind kind, const Instrument &instrument, const QString &detail);

// The book of one row from the best level of each side, per coin and in coins, into `quote`. Adds
// the row's issue when a side is unreadable or the book is crossed; a side without a live level
// leaves the book unset without an issue (a thin or halted market is not bad data).
void setBook(MarketQuote &quote, const Instrument &instrument, const Side &bids, const Side &asks,
             QList<DataIssue> &issues);

} // namespace QuoteRows
