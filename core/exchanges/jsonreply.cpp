#include "jsonreply.h"

#include <QJsonParseError>

namespace {

// No quote in any currency we read comes near this; 1e308 and friends are corruption, not prices.
const Decimal kMaxPrice = Decimal::fromInteger(1'000'000'000'000'000LL);

FetchError makeError(FetchError::Kind kind, int httpStatus, const QString &detail)
{
    FetchError error;
    error.kind = kind;
    error.httpStatus = httpStatus == 200 ? 0 : httpStatus;
    error.detail = detail;
    return error;
}

} // namespace

namespace JsonReply {

std::variant<QJsonDocument, FetchError> document(const QByteArray &body, int httpStatus)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return makeError(FetchError::Kind::Empty, httpStatus, QStringLiteral("no body"));
    if (trimmed.startsWith('<')) {
        // Proxies and CDNs answer with HTML pages; their <title> is the most useful line.
        const qsizetype open = trimmed.indexOf("<title>");
        const qsizetype close = trimmed.indexOf("</title>");
        QString title = QStringLiteral("HTML page instead of JSON");
        if (open >= 0 && close > open)
            title += QStringLiteral(": ") + QString::fromUtf8(trimmed.mid(open + 7, close - open - 7)).trimmed();
        const auto kind = httpStatus >= 400 ? FetchError::Kind::HttpStatus : FetchError::Kind::Malformed;
        return makeError(kind, httpStatus, title);
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return makeError(FetchError::Kind::Malformed, httpStatus,
                         parseError.errorString() + QStringLiteral(" at byte ")
                             + QString::number(parseError.offset));
    }
    return doc;
}

std::optional<Decimal> decimal(const QJsonValue &value)
{
    if (value.isDouble())
        return Decimal::fromJsonDouble(value.toDouble());
    if (value.isString())
        return Decimal::fromString(value.toString());
    return std::nullopt;
}

bool isUsablePrice(const Decimal &price)
{
    return price.isPositive() && price < kMaxPrice;
}

std::optional<FetchError> checkPrice(const QJsonValue &raw, const std::optional<Decimal> &price)
{
    if (price && isUsablePrice(*price))
        return std::nullopt;
    QString shown = raw.isString() ? raw.toString() : raw.isDouble() ? QString::number(raw.toDouble()) : QStringLiteral("missing");
    return makeError(FetchError::Kind::Absurd, 200, QStringLiteral("price ") + shown);
}

QString scalarText(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(value.toInteger());
    return value.toString();
}

FetchError apiError(const ReplyContext &context, const QString &name, const QString &message)
{
    return makeError(FetchError::Kind::ApiError, context.httpStatus,
                     name.isEmpty() ? message : name + QStringLiteral(": ") + message);
}

FetchError shapeError(const ReplyContext &context, const QString &what)
{
    const auto kind = context.httpStatus >= 400 ? FetchError::Kind::HttpStatus : FetchError::Kind::Malformed;
    return makeError(kind, context.httpStatus, what);
}

std::variant<QJsonArray, FetchError> marketArray(const QByteArray &body, const ReplyContext &context)
{
    auto parsed = document(body, context.httpStatus);
    if (auto *error = std::get_if<FetchError>(&parsed))
        return *error;
    const QJsonDocument doc = std::get<QJsonDocument>(parsed);

    if (doc.isObject()) {
        const QJsonObject object = doc.object();
        const QJsonObject wrapped = object.value(u"error").toObject();
        const QJsonObject &error = wrapped.isEmpty() ? object : wrapped;
        if (error.contains(u"message"))
            return apiError(context, scalarText(error.value(u"name")), error.value(u"message").toString());
        return shapeError(context, QStringLiteral("object where an array was expected"));
    }
    if (context.httpStatus != 200)
        return shapeError(context, QStringLiteral("unexpected body"));
    return doc.array();
}

std::variant<QJsonObject, FetchError> marketEntry(const QByteArray &body, const ReplyContext &context)
{
    auto array = marketArray(body, context);
    if (auto *error = std::get_if<FetchError>(&array))
        return *error;
    for (const QJsonValue &entry : std::get<QJsonArray>(array)) {
        const QJsonObject object = entry.toObject();
        if (object.value(u"market").toString() == context.market)
            return object;
    }
    return shapeError(context, QStringLiteral("no entry for ") + context.market);
}

std::variant<QJsonObject, FetchError> futuresObject(const QByteArray &body, const ReplyContext &context)
{
    auto parsed = document(body, context.httpStatus);
    if (auto *error = std::get_if<FetchError>(&parsed))
        return *error;
    const QJsonObject object = std::get<QJsonDocument>(parsed).object();

    if (object.contains(u"code") && object.contains(u"msg"))
        return apiError(context, scalarText(object.value(u"code")), object.value(u"msg").toString());
    if (context.httpStatus != 200)
        return shapeError(context, QStringLiteral("unexpected body"));
    if (object.value(u"symbol").toString() != context.market)
        return shapeError(context, QStringLiteral("no entry for ") + context.market);
    return object;
}

QuoteResult quoteFrom(const QJsonValue &raw, const ReplyContext &context, qint64 venueTimeMs)
{
    if (raw.isUndefined())
        return makeError(FetchError::Kind::Malformed, context.httpStatus, QStringLiteral("no price field"));
    const std::optional<Decimal> price = decimal(raw);
    if (auto error = checkPrice(raw, price))
        return *error;
    Quote quote;
    quote.venue = context.venue;
    quote.symbol = context.symbol;
    quote.price = price->normalized();
    quote.receivedAtMs = context.receivedAtMs;
    quote.venueTimeMs = venueTimeMs;
    return quote;
}

} // namespace JsonReply
