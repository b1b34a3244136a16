#include "upbitvenue.h"

#include "upbitstyle.h"

#include <QJsonObject>

namespace {

const QString kCaution = QStringLiteral("caution");

VenueRequest marketList(const QString &name)
{
    VenueRequest request;
    request.name = name;
    request.path = QStringLiteral("/v1/market/all");
    request.query.addQueryItem(QStringLiteral("is_details"), QStringLiteral("true"));
    return request;
}

// `market_event.warning` (designated caution, 유의) and the booleans of `market_event.caution` (주의):
// any of them flags the coin, each true one is a reason in Upbit's words.
void readEvent(const QJsonObject &row, CoinStatus &status)
{
    const QJsonValue event = row.value(u"market_event");
    if (!event.isObject())
        return;
    const QJsonObject flags = event.toObject();
    if (flags.value(u"warning").toBool())
        status.cautionReasons.append(QStringLiteral("WARNING"));
    const QJsonObject cautions = flags.value(u"caution").toObject();
    for (auto it = cautions.begin(); it != cautions.end(); ++it) {
        if (it.value().toBool())
            status.cautionReasons.append(it.key());
    }
    status.caution = !status.cautionReasons.isEmpty();
}

} // namespace

QString UpbitVenue::id() const
{
    return QStringLiteral("upbit");
}

QString UpbitVenue::displayName() const
{
    return QStringLiteral("Upbit");
}

VenueSide UpbitVenue::side() const
{
    return VenueSide::KoreanSpot;
}

QUrl UpbitVenue::defaultBaseUrl() const
{
    return QUrl(QStringLiteral("https://api.upbit.com"));
}

VenueLimits UpbitVenue::limits() const
{
    // Upbit allows 10 requests a second per IP and group, then answers 429 and blocks with 418.
    VenueLimits limits;
    limits.requestsPerSecond = 10;
    return limits;
}

VenueRequest UpbitVenue::listingRequest() const
{
    return marketList(QStringLiteral("listing"));
}

ListingResult UpbitVenue::parseListing(const QByteArray &body, const ReplyContext &context) const
{
    return UpbitStyle::parseListing(id(), body, context);
}

QList<VenueRequest> UpbitVenue::quoteRequests(const InstrumentSet &followed) const
{
    if (followed.isEmpty())
        return {};
    VenueRequest tickers;
    tickers.name = UpbitStyle::kTickerRequest;
    tickers.path = QStringLiteral("/v1/ticker/all");
    tickers.query.addQueryItem(QStringLiteral("quote_currencies"), QStringLiteral("KRW"));
    QUrlQuery levels;
    levels.addQueryItem(QStringLiteral("count"), QString::number(kBookLevels));
    return QList<VenueRequest> { tickers }
    + UpbitStyle::chunkedRequests(UpbitStyle::kBookRequest, QStringLiteral("/v1/orderbook"), followed, kBooksPerRequest,
                                  levels);
}

BatchResult UpbitVenue::parseQuotes(const VenueRequest &request, const QByteArray &body, const ReplyContext &context,
                                    const InstrumentSet &followed) const
{
    return UpbitStyle::parseQuotes(id(), request, body, context, followed);
}

QList<VenueRequest> UpbitVenue::statusRequests() const
{
    return { marketList(kCaution) };
}

StatusResult UpbitVenue::parseStatus(const VenueRequest &request, const QByteArray &body,
                                     const ReplyContext &context) const
{
    if (request.name == kCaution)
        return UpbitStyle::parseCautions(body, context, readEvent);
    return VenueAdapter::parseStatus(request, body, context);
}
