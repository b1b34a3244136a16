#include "bybitvenue.h"

#include "venuereply.h"

#include "exchanges/jsonreply.h"

using namespace Qt::StringLiterals;

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

// The JSON of a reply and a member of the `result` of Bybit's envelope
// {"retCode","retMsg","result",...}, or its error: any retCode but 0 is one, even with HTTP 200;
// 10006 and 10018 are its rate limits.
struct Result
{
    FlatJson json;
    qsizetype member;
};

std::variant<Result, FetchError> result(const QByteArray &body, const ReplyContext &context, QLatin1StringView member)
{
    auto parsed = VenueReply::document(body, context);
    if (auto *error = std::get_if<FetchError>(&parsed))
        return refused(*error, context);
    FlatJson &json = std::get<FlatJson>(parsed);
    const qsizetype code = json.member(0, "retCode"_L1);
    if (!json.is(code, FlatJson::Type::Number) && !json.is(code, FlatJson::Type::String))
        return refused(JsonReply::shapeError(context, QStringLiteral("no retCode")), context);
    const QString codeText = json.scalarText(code);
    if (codeText != u"0") {
        const bool rateLimited = codeText == u"10006" || codeText == u"10018";
        return refused(VenueReply::venueError(context, codeText, json.string(json.member(0, "retMsg"_L1)), rateLimited),
                       context);
    }
    if (context.httpStatus != 200)
        return refused(JsonReply::shapeError(context, QStringLiteral("unexpected body")), context);
    const qsizetype found = json.member(json.member(0, "result"_L1), member);
    return Result { std::move(json), found };
}

std::variant<Result, FetchError> list(const QByteArray &body, const ReplyContext &context)
{
    auto parsed = result(body, context, "list"_L1);
    if (auto *error = std::get_if<FetchError>(&parsed))
        return *error;
    const Result &rows = std::get<Result>(parsed);
    if (!rows.json.is(rows.member, FlatJson::Type::Array))
        return JsonReply::shapeError(context, QStringLiteral("no list"));
    return parsed;
}

std::optional<Instrument> perpetual(const FlatJson &json, qsizetype row)
{
    if (!VenueReply::hasStrings(
            json, row,
            { { "contractType"_L1, u"LinearPerpetual" }, { "status"_L1, u"Trading" }, { "quoteCoin"_L1, u"USDT" } }))
        return std::nullopt;
    const QString base = json.string(json.member(row, "baseCoin"_L1));
    // The multiplier comes behind the coin (SHIB1000) or in front of it (1000PEPE).
    auto coin = VenueReply::suffixMultiplier(base);
    if (coin.second == 1)
        coin = VenueReply::prefixMultiplier(base);
    auto instrument = VenueReply::contract(kVenue, json.string(json.member(row, "symbol"_L1)), coin);
    if (!instrument)
        return std::nullopt;
    // Minutes; a week at most, so that the milliseconds always fit.
    const qint64 minutes = json.integer(json.member(row, "fundingInterval"_L1)).value_or(0);
    if (minutes > 0 && minutes <= 7 * 24 * 60)
        instrument->fundingIntervalMs = minutes * 60'000;
    return instrument;
}

} // namespace

QString BybitVenue::id() const
{
    return kVenue;
}

QString BybitVenue::displayName() const
{
    return QString::fromUtf8(QT_TRANSLATE_NOOP("Venue", "Bybit"));
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
    auto parsed = list(body, context);
    if (auto *error = std::get_if<FetchError>(&parsed))
        return *error;
    const auto &[json, rows] = std::get<Result>(parsed);
    QList<Instrument> instruments;
    for (qsizetype row = json.firstElement(rows); row != FlatJson::None; row = json.nextElement(rows, row)) {
        if (auto instrument = perpetual(json, row))
            instruments.append(*instrument);
    }
    return VenueReply::onePerCoin(instruments);
}

std::optional<VenueRequest> BybitVenue::nextListingRequest(const QByteArray &body, const ReplyContext &context) const
{
    auto parsed = result(body, context, "nextPageCursor"_L1);
    if (std::holds_alternative<FetchError>(parsed))
        return std::nullopt;
    const auto &[json, cursorToken] = std::get<Result>(parsed);
    const QString cursor = json.string(cursorToken);
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
    return { request(QStringLiteral("ticker"), QStringLiteral("/v5/market/tickers")) };
}

BatchResult BybitVenue::parseQuotes(const VenueRequest &request, const QByteArray &body, const ReplyContext &context,
                                    const InstrumentSet &followed) const
{
    if (request.name != u"ticker")
        return JsonReply::shapeError(context, QStringLiteral("no parser for ") + request.name);
    auto parsed = list(body, context);
    if (auto *error = std::get_if<FetchError>(&parsed))
        return *error;
    const auto &[json, rows] = std::get<Result>(parsed);
    return VenueReply::collect(json, rows, "symbol"_L1, followed, request.name, context, BybitVenue::readTicker);
}

void BybitVenue::readTicker(QuoteRow &row)
{
    row.readLast("lastPrice"_L1);
    row.readBook("bid1Price"_L1, "bid1Size"_L1, "ask1Price"_L1, "ask1Size"_L1);
    row.readVolume("volume24h"_L1, QuoteRow::VolumeUnit::Venue);
    row.readChange("price24hPcnt"_L1, QuoteRow::ChangeUnit::Ratio);
    row.readFunding("markPrice"_L1, "fundingRate"_L1, "nextFundingTime"_L1);
}
