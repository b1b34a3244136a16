#include "fundingparsers.h"

#include "jsonreply.h"

namespace {

// Venues cap funding far below this (Binance: a few percent per interval); a larger magnitude is
// corruption, and would swamp every position's PnL.
const Decimal kMaxFundingRate = Decimal::fromInteger(1);

} // namespace

namespace FundingParsers {

QuoteResult parseFuturesPremiumIndex(const QByteArray &body, const ReplyContext &context)
{
    auto parsed = JsonReply::futuresObject(body, context);
    if (auto *error = std::get_if<FetchError>(&parsed))
        return *error;
    const QJsonObject object = std::get<QJsonObject>(parsed);

    QuoteResult result = JsonReply::quoteFrom(object.value(u"markPrice"), context, object.value(u"time").toInteger());
    auto *quote = std::get_if<Quote>(&result);
    if (!quote)
        return result;

    const QJsonValue rawRate = object.value(u"lastFundingRate");
    const std::optional<Decimal> rate = JsonReply::decimal(rawRate);
    if (!rate || rate->abs() >= kMaxFundingRate)
        return FetchError{FetchError::Kind::Absurd, 0, QStringLiteral("funding rate ") + (rawRate.isString() ? rawRate.toString() : QString::number(rawRate.toDouble())), std::nullopt};
    const qint64 nextFundingTimeMs = object.value(u"nextFundingTime").toInteger();
    if (nextFundingTimeMs <= 0)
        return JsonReply::shapeError(context, QStringLiteral("no nextFundingTime"));
    quote->funding = FundingTerms{quote->price, rate->normalized(), nextFundingTimeMs};
    return result;
}

} // namespace FundingParsers
