#pragma once

#include "market/quoteresult.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <variant>

// Shared first steps of every JSON parser: turn bytes into a document or a typed error, and read
// a price field whichever way the venue encodes it.
namespace JsonReply {

// Empty bodies, HTML error pages and broken JSON become errors that say which it was.
std::variant<QJsonDocument, FetchError> document(const QByteArray &body, int httpStatus);

// A JSON number or a numeric string ("89277.10", "1,432.60"); nullopt for anything else.
std::optional<Decimal> decimal(const QJsonValue &value);

// Positive and below any real quote in any currency we read: 1e308 and friends are corruption.
bool isUsablePrice(const Decimal &price);

// A usable price: positive and below any real quote. nullopt when fine, else the Absurd error.
std::optional<FetchError> checkPrice(const QJsonValue &raw, const std::optional<Decimal> &price);

// A venue error object's name or code, which arrives as a number or a string.
QString scalarText(const QJsonValue &value);

// A venue's own error message (name or code, and text) as an ApiError.
FetchError apiError(const ReplyContext &context, const QString &name, const QString &message);
// A reply in an unexpected shape: Malformed, or HttpStatus when the status already said so.
FetchError shapeError(const ReplyContext &context, const QString &what);

// The bare array of Bithumb's current API and Upbit, or the error either wraps in an object
// ({"error":{"name","message"}}, or {"name","message"} for unknown paths).
std::variant<QJsonArray, FetchError> marketArray(const QByteArray &body, const ReplyContext &context);
// The object of the entry for context.market in such an array.
std::variant<QJsonObject, FetchError> marketEntry(const QByteArray &body, const ReplyContext &context);
// A Binance USDⓈ-M object for context.market, or its {"code","msg"} error.
std::variant<QJsonObject, FetchError> futuresObject(const QByteArray &body, const ReplyContext &context);

// A quote for this context, or the Absurd error when the raw value is not a usable price.
QuoteResult quoteFrom(const QJsonValue &raw, const ReplyContext &context, qint64 venueTimeMs);

} // namespace JsonReply
