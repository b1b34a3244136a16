#include "ratelimitparsers.h"

#include "jsonreply.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

std::optional<qint64> intervalUnitMs(const QString &unit)
{
    if (unit == u"SECOND")
        return 1000;
    if (unit == u"MINUTE")
        return 60'000;
    if (unit == u"HOUR")
        return 3'600'000;
    if (unit == u"DAY")
        return 86'400'000;
    return std::nullopt;
}

} // namespace

namespace RateLimitParsers {

std::variant<QList<RateLimit>, FetchError> parseBinanceExchangeInfo(const QByteArray &body, int httpStatus)
{
    auto parsed = JsonReply::document(body, httpStatus);
    if (auto *error = std::get_if<FetchError>(&parsed))
        return *error;
    const QJsonObject object = std::get<QJsonDocument>(parsed).object();
    if (object.contains(u"code") && object.contains(u"msg"))
        return FetchError { FetchError::Kind::ApiError, httpStatus == 200 ? 0 : httpStatus,
                            JsonReply::scalarText(object.value(u"code")) + QStringLiteral(": ")
                                + object.value(u"msg").toString(),
                            std::nullopt };

    QList<RateLimit> limits;
    for (const QJsonValue &entry : object.value(u"rateLimits").toArray()) {
        const QJsonObject item = entry.toObject();
        const auto unit = intervalUnitMs(item.value(u"interval").toString());
        const qint64 count = item.value(u"intervalNum").toInteger(1);
        const qint64 limit = item.value(u"limit").toInteger(0);
        if (!unit || count < 1 || count > 1000 || limit < 1 || limit > 1'000'000'000)
            continue;
        limits.append(RateLimit { item.value(u"rateLimitType").toString(), *unit * count, static_cast<int>(limit) });
    }
    if (limits.isEmpty())
        return FetchError { FetchError::Kind::Malformed, httpStatus == 200 ? 0 : httpStatus,
                            QStringLiteral("no rateLimits"), std::nullopt };
    return limits;
}

std::optional<RateLimit> requestWeight(const QList<RateLimit> &limits)
{
    for (const RateLimit &limit : limits) {
        if (limit.type == u"REQUEST_WEIGHT")
            return limit;
    }
    return std::nullopt;
}

} // namespace RateLimitParsers
