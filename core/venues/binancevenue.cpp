#include "binancevenue.h"

#include "exchanges/ratelimitparsers.h"

#include "venuereply.h"

#include "exchanges/jsonreply.h"

using namespace Qt::StringLiterals;

namespace {

const QString kVenue = QStringLiteral("binance");

// -1003: too many requests (or, with HTTP 418, the ban that follows them).
constexpr qint64 kTooManyRequests = -1003;

VenueRequest request(const QString &name, const QString &path, int weight, int everyCycles = 1)
{
    VenueRequest result;
    result.name = name;
    result.path = path;
    result.weight = weight;
    result.everyCycles = everyCycles;
    return result;
}

// The JSON of a reply, or Binance's {"code","msg"} error, or why neither.
std::variant<FlatJson, FetchError> reply(const QByteArray &body, const ReplyContext &context)
{
    auto parsed = VenueReply::document(body, context);
    if (auto *error = std::get_if<FetchError>(&parsed))
        return *error;
    const FlatJson &json = std::get<FlatJson>(parsed);
    const qsizetype code = json.member(0, "code"_L1);
    const qsizetype message = json.member(0, "msg"_L1);
    if (code != FlatJson::None && message != FlatJson::None) {
        return VenueReply::venueError(context, json.scalarText(code), json.string(message),
                                      json.integer(code) == kTooManyRequests);
    }
    if (context.httpStatus != 200)
        return VenueReply::refused(JsonReply::shapeError(context, QStringLiteral("unexpected body")), context);
    return parsed;
}

std::optional<Instrument> perpetual(const FlatJson &json, qsizetype symbol)
{
    if (!VenueReply::hasStrings(
            json, symbol,
            { { "contractType"_L1, u"PERPETUAL" }, { "status"_L1, u"TRADING" }, { "quoteAsset"_L1, u"USDT" } }))
        return std::nullopt;
    // No field states the multiplier; sizes and volumes count the same multiplied units as prices.
    return VenueReply::contract(kVenue, json.string(json.member(symbol, "symbol"_L1)),
                                VenueReply::prefixMultiplier(json.string(json.member(symbol, "baseAsset"_L1))));
}

void readBook(QuoteRow &row)
{
    row.readBook("bidPrice"_L1, "bidQty"_L1, "askPrice"_L1, "askQty"_L1);
}

void readFunding(QuoteRow &row)
{
    row.readFunding("markPrice"_L1, "lastFundingRate"_L1, "nextFundingTime"_L1);
}

void readLast(QuoteRow &row)
{
    row.readLast("price"_L1);
}

void readStatistics(QuoteRow &row)
{
    row.readLast("lastPrice"_L1);
    row.readVolume("volume"_L1, QuoteRow::VolumeUnit::Venue);
    row.readChange("priceChangePercent"_L1, QuoteRow::ChangeUnit::Percent);
}

} // namespace

QString BinanceVenue::id() const
{
    return kVenue;
}

QString BinanceVenue::displayName() const
{
    return QString::fromUtf8(QT_TRANSLATE_NOOP("Venue", "Binance USDⓈ-M"));
}

VenueSide BinanceVenue::side() const
{
    return VenueSide::Perpetual;
}

QUrl BinanceVenue::defaultBaseUrl() const
{
    return QUrl(QStringLiteral("https://fapi.binance.com"));
}

VenueLimits BinanceVenue::limits() const
{
    // The seed's budget: 20 requests/s, and the request weight Binance publishes in exchangeInfo
    // (2,400 a minute until it is read), tracked through the used-weight header of every reply.
    VenueLimits limits;
    limits.requestsPerSecond = 20;
    limits.weightPerMinute = 2400;
    limits.usedWeightHeader = "X-MBX-USED-WEIGHT-1M";
    return limits;
}

VenueRequest BinanceVenue::listingRequest() const
{
    return request(QStringLiteral("listing"), QStringLiteral("/fapi/v1/exchangeInfo"), 1);
}

ListingResult BinanceVenue::parseListing(const QByteArray &body, const ReplyContext &context) const
{
    auto parsed = reply(body, context);
    if (auto *error = std::get_if<FetchError>(&parsed))
        return *error;
    const FlatJson &json = std::get<FlatJson>(parsed);
    const qsizetype symbols = json.member(0, "symbols"_L1);
    if (!json.is(symbols, FlatJson::Type::Array))
        return JsonReply::shapeError(context, QStringLiteral("no symbols"));
    QList<Instrument> instruments;
    for (qsizetype symbol = json.firstElement(symbols); symbol != FlatJson::None;
         symbol = json.nextElement(symbols, symbol)) {
        if (auto instrument = perpetual(json, symbol))
            instruments.append(*instrument);
    }
    return VenueReply::onePerCoin(instruments);
}

QList<VenueRequest> BinanceVenue::quoteRequests(const InstrumentSet &followed) const
{
    if (followed.isEmpty())
        return {};
    // Weights without a symbol, per Binance's reference. Per one-second cycle: 5 + 10 + 2 = 17, and
    // the 24 h statistics (40) once a minute: 1,060 of the 2,400 a minute, 3 requests a second.
    return {
        request(QStringLiteral("book"), QStringLiteral("/fapi/v1/ticker/bookTicker"), 5),
        request(QStringLiteral("funding"), QStringLiteral("/fapi/v1/premiumIndex"), 10),
        request(QStringLiteral("last"), QStringLiteral("/fapi/v1/ticker/price"), 2),
        request(QStringLiteral("statistics"), QStringLiteral("/fapi/v1/ticker/24hr"), 40, 60),
    };
}

BatchResult BinanceVenue::parseQuotes(const VenueRequest &request, const QByteArray &body, const ReplyContext &context,
                                      const InstrumentSet &followed) const
{
    void (*read)(QuoteRow &) = nullptr;
    if (request.name == u"book")
        read = readBook;
    else if (request.name == u"funding")
        read = readFunding;
    else if (request.name == u"last")
        read = readLast;
    else if (request.name == u"statistics")
        read = readStatistics;
    else
        return JsonReply::shapeError(context, QStringLiteral("no parser for ") + request.name);

    auto parsed = reply(body, context);
    if (auto *error = std::get_if<FetchError>(&parsed))
        return *error;
    const FlatJson &json = std::get<FlatJson>(parsed);
    if (!json.is(0, FlatJson::Type::Array))
        return JsonReply::shapeError(context, QStringLiteral("object where an array was expected"));
    return VenueReply::collect(json, 0, "symbol"_L1, followed, request.name, context, read);
}

std::optional<RateLimit> BinanceVenue::publishedWeightLimit(const QByteArray &listingBody) const
{
    const auto limits = RateLimitParsers::parseBinanceExchangeInfo(listingBody, 200);
    if (const auto *parsed = std::get_if<QList<RateLimit>>(&limits))
        return RateLimitParsers::requestWeight(*parsed);
    return std::nullopt;
}
