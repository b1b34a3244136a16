#include "bybitvenue.h"

#include "venuereply.h"

#include "exchanges/jsonreply.h"

namespace {

const QString kVenue = QStringLiteral("bybit");
// The largest page instruments-info gives.
const QString kPageSize = QStringLiteral("1000");

VenueRequest request(const QString &name, const QString &path)
{
    VenueRequest result;
    result.name = name;
    result.path = path;
    result.query.addQueryItem(QStringLiteral("category"), QStringLiteral("linear"));
    return result;
}

// Bybit answers an IP over its limit with HTTP 403 ("access too frequent") for at least ten
// minutes, whatever the body.
FetchError refused(FetchError error, const ReplyContext &context)
{
    if (context.httpStatus == 403)
        error.kind = FetchError::Kind::RateLimited;
    return VenueReply::refused(error, context);
}

// The `result` of Bybit's envelope {"retCode","retMsg","result",...}, or its error: any retCode
// but 0 is one, even with HTTP 200; 10006 and 10018 are its rate limits.
std::variant<QJsonObject, FetchError> result(const QByteArray &body, const ReplyContext &context)
{
    auto parsed = VenueReply::document(body, context);
    if (auto *error = std::get_if<FetchError>(&parsed))
        return refused(*error, context);
    const QJsonObject envelope = std::get<QJsonDocument>(parsed).object();
    const QJsonValue code = envelope.value(u"retCode");
    if (!code.isDouble() && !code.isString())
        return refused(JsonReply::shapeError(context, QStringLiteral("no retCode")), context);
    const QString codeText = JsonReply::scalarText(code);
    if (codeText != u"0") {
        const bool rateLimited = codeText == u"10006" || codeText == u"10018";
        return refused(VenueReply::venueError(context, codeText, envelope.value(u"retMsg").toString(), rateLimited),
                       context);
    }
    if (context.httpStatus != 200)
        return refused(JsonReply::shapeError(context, QStringLiteral("unexpected body")), context);
    return envelope.value(u"result").toObject();
}

std::variant<QJsonArray, FetchError> list(const QByteArray &body, const ReplyContext &context)
{
    auto parsed = result(body, context);
    if (auto *error = std::get_if<FetchError>(&parsed))
        return *error;
    const QJsonValue rows = std::get<QJsonObject>(parsed).value(u"list");
    if (!rows.isArray())
        return JsonReply::shapeError(context, QStringLiteral("no list"));
    return rows.toArray();
}

std::optional<Instrument> perpetual(const QJsonObject &row)
{
    if (row.value(u"contractType").toString() != u"LinearPerpetual" || row.value(u"status").toString() != u"Trading"
        || row.value(u"quoteCoin").toString() != u"USDT")
        return std::nullopt;
    const QString code = row.value(u"symbol").toString();
    const QString base = row.value(u"baseCoin").toString();
    // The multiplier comes behind the coin (SHIB1000) or in front of it (1000PEPE).
    auto [coin, multiplier] = VenueReply::suffixMultiplier(base);
    if (multiplier == 1)
        std::tie(coin, multiplier) = VenueReply::prefixMultiplier(base);
    if (code.isEmpty() || coin.isEmpty())
        return std::nullopt;
    Instrument instrument;
    instrument.venue = kVenue;
    instrument.coin = coin;
    instrument.symbol = code;
    instrument.priceMultiplier = Decimal::fromInteger(multiplier);
    instrument.sizeMultiplier = instrument.priceMultiplier;
    // Minutes; a week at most, so that the milliseconds always fit.
    const qint64 minutes = row.value(u"fundingInterval").toInteger();
    if (minutes > 0 && minutes <= 7 * 24 * 60)
        instrument.fundingIntervalMs = minutes * 60'000;
    return instrument;
}

void readTicker(QuoteRow &row)
{
    row.readLast(u"lastPrice");
    row.readBook(u"bid1Price", u"bid1Size", u"ask1Price", u"ask1Size");
    row.readVolume(u"volume24h", QuoteRow::VolumeUnit::Venue);
    row.readChange(u"price24hPcnt", QuoteRow::ChangeUnit::Ratio);
    row.readFunding(u"markPrice", u"fundingRate", u"nextFundingTime");
}

} // namespace

QString BybitVenue::id() const
{
    return kVenue;
}

QString BybitVenue::displayName() const
{
    return QStringLiteral("Bybit");
}

VenueSide BybitVenue::side() const
{
    return VenueSide::Perpetual;
}

QUrl BybitVenue::defaultBaseUrl() const
{
    return QUrl(QStringLiteral("https://api.bybit.com"));
}

VenueLimits BybitVenue::limits() const
{
    // Bybit allows 600 requests per 5 s per IP (120 a second) and punishes more with ten minutes
    // of 403s. A cycle asks once, so 20 a second is ample and stays far from the edge even with
    // the listing and retries.
    VenueLimits limits;
    limits.requestsPerSecond = 20;
    return limits;
}

VenueRequest BybitVenue::listingRequest() const
{
    VenueRequest listing = request(QStringLiteral("listing"), QStringLiteral("/v5/market/instruments-info"));
    listing.query.addQueryItem(QStringLiteral("limit"), kPageSize);
    return listing;
}

ListingResult BybitVenue::parseListing(const QByteArray &body, const ReplyContext &context) const
{
    auto rows = list(body, context);
    if (auto *error = std::get_if<FetchError>(&rows))
        return *error;
    QList<Instrument> instruments;
    for (const QJsonValue &row : std::get<QJsonArray>(rows)) {
        if (auto instrument = perpetual(row.toObject()))
            instruments.append(*instrument);
    }
    return VenueReply::onePerCoin(instruments);
}

std::optional<VenueRequest> BybitVenue::nextListingRequest(const QByteArray &body, const ReplyContext &context) const
{
    auto parsed = result(body, context);
    if (std::holds_alternative<FetchError>(parsed))
        return std::nullopt;
    const QString cursor = std::get<QJsonObject>(parsed).value(u"nextPageCursor").toString();
    if (cursor.isEmpty())
        return std::nullopt;
    VenueRequest next = listingRequest();
    next.query.addQueryItem(QStringLiteral("cursor"), cursor);
    return next;
}

QList<VenueRequest> BybitVenue::quoteRequests(const InstrumentSet &followed) const
{
    if (followed.isEmpty())
        return {};
    return {request(QStringLiteral("ticker"), QStringLiteral("/v5/market/tickers"))};
}

BatchResult BybitVenue::parseQuotes(const VenueRequest &request, const QByteArray &body, const ReplyContext &context,
                                    const InstrumentSet &followed) const
{
    if (request.name != u"ticker")
        return JsonReply::shapeError(context, QStringLiteral("no parser for ") + request.name);
    auto rows = list(body, context);
    if (auto *error = std::get_if<FetchError>(&rows))
        return *error;
    return VenueReply::collect(std::get<QJsonArray>(rows), u"symbol", followed, request.name, context, readTicker);
}
