#include "tickerparsers.h"

#include "jsonreply.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

FetchError apiError(const ReplyContext &context, const QString &name, const QString &message)
{
    FetchError error;
    error.kind = FetchError::Kind::ApiError;
    error.httpStatus = context.httpStatus == 200 ? 0 : context.httpStatus;
    error.detail = name.isEmpty() ? message : name + QStringLiteral(": ") + message;
    return error;
}

FetchError shapeError(const ReplyContext &context, const QString &what)
{
    FetchError error;
    error.kind = context.httpStatus >= 400 ? FetchError::Kind::HttpStatus : FetchError::Kind::Malformed;
    error.httpStatus = context.httpStatus == 200 ? 0 : context.httpStatus;
    error.detail = what;
    return error;
}

} // namespace

namespace TickerParsers {

QuoteResult parseMarketTicker(const QByteArray &body, const ReplyContext &context)
{
    auto parsed = JsonReply::document(body, context.httpStatus);
    if (auto *error = std::get_if<FetchError>(&parsed))
        return *error;
    const QJsonDocument doc = std::get<QJsonDocument>(parsed);

    if (doc.isObject()) {
        const QJsonObject object = doc.object();
        const QJsonObject wrapped = object.value(u"error").toObject();
        const QJsonObject &error = wrapped.isEmpty() ? object : wrapped;
        if (error.contains(u"message"))
            return apiError(context, JsonReply::scalarText(error.value(u"name")), error.value(u"message").toString());
        return shapeError(context, QStringLiteral("object where a ticker array was expected"));
    }
    if (context.httpStatus != 200)
        return shapeError(context, QStringLiteral("unexpected body"));

    const QJsonArray tickers = doc.array();
    for (const QJsonValue &entry : tickers) {
        const QJsonObject ticker = entry.toObject();
        if (ticker.value(u"market").toString() != context.market)
            continue;
        return JsonReply::quoteFrom(ticker.value(u"trade_price"), context,
                                    ticker.value(u"timestamp").toInteger());
    }
    return shapeError(context, QStringLiteral("no ticker for ") + context.market);
}

QuoteResult parseFuturesTickerPrice(const QByteArray &body, const ReplyContext &context)
{
    auto parsed = JsonReply::document(body, context.httpStatus);
    if (auto *error = std::get_if<FetchError>(&parsed))
        return *error;
    const QJsonObject object = std::get<QJsonDocument>(parsed).object();

    if (object.contains(u"code") && object.contains(u"msg"))
        return apiError(context, JsonReply::scalarText(object.value(u"code")), object.value(u"msg").toString());
    if (context.httpStatus != 200)
        return shapeError(context, QStringLiteral("unexpected body"));
    if (object.value(u"symbol").toString() != context.market)
        return shapeError(context, QStringLiteral("no ticker for ") + context.market);
    return JsonReply::quoteFrom(object.value(u"price"), context, object.value(u"time").toInteger());
}

} // namespace TickerParsers
