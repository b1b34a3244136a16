#include "fxparsers.h"

#include "exchanges/jsonreply.h"

#include <QJsonArray>
#include <QJsonObject>

#include <limits>

namespace {

FetchError error(FetchError::Kind kind, const ReplyContext &context, const QString &detail)
{
    FetchError e;
    e.kind = kind;
    e.httpStatus = context.httpStatus == 200 ? 0 : context.httpStatus;
    e.detail = detail;
    return e;
}

// open.er-api and exchangerate-api v6 are one vendor: {"result":"success",...} or
// {"result":"error","error-type":...}, where "quota-reached" is a rate limit.
std::variant<QJsonObject, FetchError> exchangeRateApiEnvelope(const QByteArray &body, const ReplyContext &context)
{
    auto parsed = JsonReply::document(body, context.httpStatus);
    if (auto *e = std::get_if<FetchError>(&parsed))
        return *e;
    const QJsonObject object = std::get<QJsonDocument>(parsed).object();
    if (object.value(u"result").toString() == u"success")
        return object;
    const QString type = object.value(u"error-type").toString();
    const auto kind = type == u"quota-reached" ? FetchError::Kind::RateLimited : FetchError::Kind::ApiError;
    return error(kind, context, type.isEmpty() ? QStringLiteral("result is not success") : type);
}

// "JPY(100)" -> ("JPY", 100); "USD" -> ("USD", 1).
std::optional<std::pair<QString, Decimal>> currencyUnit(const QString &text)
{
    const qsizetype open = text.indexOf(u'(');
    if (open < 0)
        return std::pair{text.trimmed(), Decimal::fromInteger(1)};
    if (!text.endsWith(u')'))
        return std::nullopt;
    const std::optional<Decimal> unit = Decimal::fromString(QStringView(text).sliced(open + 1, text.size() - open - 2));
    if (!unit || !unit->isPositive())
        return std::nullopt;
    return std::pair{text.left(open).trimmed(), *unit};
}

// A rate quoted per `unit` units ("JPY(100)") as KRW per one unit, to 8 places. A rate that rounds
// to zero there is absurd, not a free currency; one that grows past any price on division too.
QuoteResult perUnitQuote(const QJsonValue &raw, const Decimal &unit, const ReplyContext &context, qint64 venueTimeMs)
{
    QuoteResult result = JsonReply::quoteFrom(raw, context, venueTimeMs);
    if (auto *quote = std::get_if<Quote>(&result)) {
        const std::optional<Decimal> price = quote->price.dividedBy(unit, 8);
        if (auto absurd = JsonReply::checkPrice(raw, price))
            return *absurd;
        quote->price = price->normalized();
    }
    return result;
}

// Unix seconds as milliseconds; 0 (unknown) when that would not fit, rather than a wrapped time.
qint64 unixSecondsMs(const QJsonValue &seconds)
{
    const qint64 value = seconds.toInteger();
    return value > 0 && value <= std::numeric_limits<qint64>::max() / 1000 ? value * 1000 : 0;
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
        const std::optional<Decimal> unit = JsonReply::decimal(rate.value(u"currencyUnit"));
        if (!unit || !unit->isPositive())
            return error(FetchError::Kind::Malformed, context, QStringLiteral("bad currencyUnit"));
        return perUnitQuote(rate.value(u"basePrice"), *unit, context, rate.value(u"timestamp").toInteger());
    }
    if (doc.array().isEmpty())
        return error(FetchError::Kind::Empty, context, QStringLiteral("no rates"));
    return error(FetchError::Kind::Malformed, context, QStringLiteral("no rate for ") + context.market);
}

QuoteResult parseOpenErApiLatest(const QByteArray &body, const ReplyContext &context)
{
    const auto envelope = exchangeRateApiEnvelope(body, context);
    if (const auto *e = std::get_if<FetchError>(&envelope))
        return *e;
    const QJsonObject object = std::get<QJsonObject>(envelope);
    const QJsonValue raw = object.value(u"rates").toObject().value(context.market);
    if (raw.isUndefined())
        return error(FetchError::Kind::Malformed, context, QStringLiteral("no rate for ") + context.market);
    return JsonReply::quoteFrom(raw, context, unixSecondsMs(object.value(u"time_last_update_unix")));
}

QuoteResult parseExchangeRateApiPair(const QByteArray &body, const ReplyContext &context)
{
    const auto envelope = exchangeRateApiEnvelope(body, context);
    if (const auto *e = std::get_if<FetchError>(&envelope))
        return *e;
    const QJsonObject object = std::get<QJsonObject>(envelope);
    const QJsonValue target = object.value(u"target_code");
    if (!target.isUndefined() && target.toString() != context.market)
        return error(FetchError::Kind::Malformed, context, QStringLiteral("no rate for ") + context.market);
    return JsonReply::quoteFrom(object.value(u"conversion_rate"), context,
                                unixSecondsMs(object.value(u"time_last_update_unix")));
}

QuoteResult parseKoreaEximDaily(const QByteArray &body, const ReplyContext &context)
{
    auto parsed = JsonReply::document(body, context.httpStatus);
    if (auto *e = std::get_if<FetchError>(&parsed))
        return *e;
    const QJsonDocument doc = std::get<QJsonDocument>(parsed);
    if (!doc.isArray())
        return error(context.httpStatus >= 400 ? FetchError::Kind::HttpStatus : FetchError::Kind::Malformed, context,
                     QStringLiteral("array expected"));
    const QJsonArray rates = doc.array();
    if (rates.isEmpty())
        return error(FetchError::Kind::NoData, context, QStringLiteral("no rates published yet"));

    for (const QJsonValue &entry : rates) {
        const QJsonObject rate = entry.toObject();
        const qint64 result = rate.value(u"result").toInteger(-1);
        if (result == 3)
            return error(FetchError::Kind::ApiError, context, QStringLiteral("invalid authkey"));
        if (result == 4)
            return error(FetchError::Kind::RateLimited, context, QStringLiteral("daily request limit reached"));
        if (result != 1)
            return error(FetchError::Kind::ApiError, context, QStringLiteral("result %1").arg(result));
        const auto unit = currencyUnit(rate.value(u"cur_unit").toString());
        if (!unit || unit->first != context.market)
            continue;
        return perUnitQuote(rate.value(u"deal_bas_r"), unit->second, context, 0);
    }
    return error(FetchError::Kind::Malformed, context, QStringLiteral("no rate for ") + context.market);
}

} // namespace FxParsers
