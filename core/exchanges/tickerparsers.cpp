#include "tickerparsers.h"

#include "jsonreply.h"

namespace TickerParsers {

QuoteResult parseMarketTicker(const QByteArray &body, const ReplyContext &context)
{
    auto entry = JsonReply::marketEntry(body, context);
    if (auto *error = std::get_if<FetchError>(&entry))
        return *error;
    const QJsonObject ticker = std::get<QJsonObject>(entry);
    return JsonReply::quoteFrom(ticker.value(u"trade_price"), context, ticker.value(u"timestamp").toInteger());
}

QuoteResult parseFuturesTickerPrice(const QByteArray &body, const ReplyContext &context)
{
    auto parsed = JsonReply::futuresObject(body, context);
    if (auto *error = std::get_if<FetchError>(&parsed))
        return *error;
    const QJsonObject object = std::get<QJsonObject>(parsed);
    return JsonReply::quoteFrom(object.value(u"price"), context, object.value(u"time").toInteger());
}

} // namespace TickerParsers
