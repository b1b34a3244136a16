#pragma once

#include "dataissue.h"
#include "instrument.h"
#include "quotebatch.h"
#include "venuerequest.h"

#include "market/booktop.h"
#include "market/decimal.h"
#include "market/quoteresult.h"

#include <QJsonArray>
#include <QJsonValue>

#include <optional>

// What the adapters share to turn the rows of an all-coins reply into quotes: numbers read the way
// every venue writes them, the best live level of a book side, and the issue of one bad row. A bad
// value is the row's issue, never the reply's error: the other rows stand.
namespace QuoteRows {

// The best live level of one side of a book, as the venue quotes it.
struct Level
{
    Decimal price;
    Decimal size;
};

// One side of a row's book: its best live level, if any, and whether every level read was a
// number (a side with an unreadable level cannot be trusted).
struct Side
{
    bool readable = true;
    std::optional<Level> best;
};

// A price of one coin: positive and below any real quote; nullopt for anything else ("NaN",
// -1, 1e308, a missing field).
std::optional<Decimal> price(const QJsonValue &raw);
// A size or volume: zero or more; nullopt when it is not a number or negative.
std::optional<Decimal> amount(const QJsonValue &raw);
// A signed ratio such as a 24 h change; nullopt when it is not a number.
std::optional<Decimal> ratio(const QJsonValue &raw);
// How a raw value looks in an issue's detail: "NaN", "-1", "missing".
QString shown(const QJsonValue &raw);

// The first level of `levels` whose price and size are both above zero: venues list levels of size
// 0 (Bithumb prints sizes with 4 decimals) and pad thin sides with 0/0 levels (Upbit).
Side bestLevel(const QJsonArray &levels, QStringView priceKey, QStringView sizeKey);

// An empty batch answering `request`, stamped with our receive time.
QuoteBatch batchFor(const QString &venue, const QString &request, const ReplyContext &context);
// A quote of one instrument with its ids set and nothing else.
MarketQuote quoteFor(const Instrument &instrument, const ReplyContext &context);
// A quote of one row from its last trade price in `raw`; nullopt, and the row's issue in `issues`,
// when the row has no usable price (missing: Malformed; "NaN", -1, 1e308: Absurd).
std::optional<MarketQuote> lastTrade(const QJsonValue &raw, QStringView field, const Instrument &instrument,
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
