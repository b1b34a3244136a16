#pragma once

#include "market/quoteresult.h"

#include <QJsonDocument>
#include <QJsonValue>

#include <variant>

// Shared first steps of every JSON parser: turn bytes into a document or a typed error, and read
// a price field whichever way the venue encodes it.
namespace JsonReply {

// Empty bodies, HTML error pages and broken JSON become errors that say which it was.
std::variant<QJsonDocument, FetchError> document(const QByteArray &body, int httpStatus);

// A JSON number or a numeric string ("89277.10", "1,432.60"); nullopt for anything else.
std::optional<Decimal> decimal(const QJsonValue &value);

// A usable price: positive and below any real quote. nullopt when fine, else the Absurd error.
std::optional<FetchError> checkPrice(const QJsonValue &raw, const std::optional<Decimal> &price);

// A venue error object's name or code, which arrives as a number or a string.
QString scalarText(const QJsonValue &value);

// A quote for this context, or the Absurd error when the raw value is not a usable price.
QuoteResult quoteFrom(const QJsonValue &raw, const ReplyContext &context, qint64 venueTimeMs);

} // namespace JsonReply
