#include "fxparsers.h"

#include "exchanges/jsonreply.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

FetchError error(FetchError::Kind kind, const ReplyContext &context, const QString &detail)
{
    FetchError e;
    e.kind = kind;
    e.httpStatus = context.httpStatus == 200 ? 0 : context.httpStatus;
    e.detail = detail;
    return e;
}

} // namespace

namespace FxParsers {

QuoteResult parseDunamuRecent(const QByteArray &body, const ReplyContext &context)
{
    auto parsed = JsonReply::document(body, context.httpStatus);
    if (auto *e = std::get_if<FetchError>(&parsed))
        return *e;
    const QJsonDocument doc = std::get<QJsonDocument>(parsed);
    if (context.httpStatus != 200)
        return error(FetchError::Kind::HttpStatus, context, QStringLiteral("unexpected body"));
    if (!doc.isArray())
        return error(FetchError::Kind::Malformed, context, QStringLiteral("array expected"));

    for (const QJsonValue &entry : doc.array()) {
        const QJsonObject rate = entry.toObject();
        if (rate.value(u"code").toString() != context.market)
            continue;
        const QJsonValue raw = rate.value(u"basePrice");
        const std::optional<Decimal> basePrice = JsonReply::decimal(raw);
        if (auto absurd = JsonReply::checkPrice(raw, basePrice))
            return *absurd;
        const std::optional<Decimal> unit = JsonReply::decimal(rate.value(u"currencyUnit"));
        if (!unit || !unit->isPositive())
            return error(FetchError::Kind::Malformed, context, QStringLiteral("bad currencyUnit"));
        Quote quote;
        quote.venue = context.venue;
        quote.symbol = context.symbol;
        quote.price = basePrice->dividedBy(*unit, 8)->normalized();
        quote.receivedAtMs = context.receivedAtMs;
        quote.venueTimeMs = rate.value(u"timestamp").toInteger();
        return quote;
    }
    if (doc.array().isEmpty())
        return error(FetchError::Kind::Empty, context, QStringLiteral("no rates"));
    return error(FetchError::Kind::Malformed, context, QStringLiteral("no rate for ") + context.market);
}

QuoteResult parseOpenErApiLatest(const QByteArray &body, const ReplyContext &context)
{
    auto parsed = JsonReply::document(body, context.httpStatus);
    if (auto *e = std::get_if<FetchError>(&parsed))
        return *e;
    const QJsonObject object = std::get<QJsonDocument>(parsed).object();
    if (object.value(u"result").toString() != u"success") {
        const QString type = object.value(u"error-type").toString();
        return error(FetchError::Kind::ApiError, context, type.isEmpty() ? QStringLiteral("result is not success") : type);
    }
    const QJsonValue raw = object.value(u"rates").toObject().value(context.market);
    if (raw.isUndefined())
        return error(FetchError::Kind::Malformed, context, QStringLiteral("no rate for ") + context.market);
    return JsonReply::quoteFrom(raw, context, object.value(u"time_last_update_unix").toInteger() * 1000);
}

} // namespace FxParsers
