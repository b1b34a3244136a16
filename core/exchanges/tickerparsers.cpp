#include "tickerparsers.h"

#include "jsonreply.h"

namespace TickerParsers {

QuoteResult parseMarketTicker(const QByteArray &body, const ReplyContext &context)
{
    auto entry = JsonReply::marketEntry(body, context);
    if (auto *error = std::get_if<FetchError>(&entry))
        return *error;
    const QJsonObject ticker = std::get<QJsonObject>(entry);
    const qint64 venueTimeMs = ticker.value(u"timestamp").toInteger();
    QuoteResult result = JsonReply::quoteFrom(ticker.value(u"trade_price"), context, venueTimeMs);
    if (auto *quote = std::get_if<Quote>(&result))
        quote->volume24h = JsonReply::decimal(ticker.value(u"acc_trade_volume_24h"));
    return result;
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
