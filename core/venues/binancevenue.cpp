#include "binancevenue.h"

#include "venuereply.h"

#include "exchanges/jsonreply.h"

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

// The document of a reply, or Binance's {"code","msg"} error, or why neither.
std::variant<QJsonDocument, FetchError> reply(const QByteArray &body, const ReplyContext &context)
{
    auto parsed = VenueReply::document(body, context);
    if (auto *error = std::get_if<FetchError>(&parsed))
        return *error;
    const QJsonDocument doc = std::get<QJsonDocument>(parsed);
    const QJsonObject object = doc.object();
    if (object.contains(u"code") && object.contains(u"msg")) {
        const QJsonValue code = object.value(u"code");
        return VenueReply::venueError(context, JsonReply::scalarText(code), object.value(u"msg").toString(),
                                      code.toInteger() == kTooManyRequests);
    }
    if (context.httpStatus != 200)
        return VenueReply::refused(JsonReply::shapeError(context, QStringLiteral("unexpected body")), context);
    return doc;
}

std::optional<Instrument> perpetual(const QJsonObject &symbol)
{
    if (symbol.value(u"contractType").toString() != u"PERPETUAL" || symbol.value(u"status").toString() != u"TRADING"
        || symbol.value(u"quoteAsset").toString() != u"USDT")
        return std::nullopt;
    const QString code = symbol.value(u"symbol").toString();
    const auto [coin, multiplier] = VenueReply::prefixMultiplier(symbol.value(u"baseAsset").toString());
    if (code.isEmpty() || coin.isEmpty())
        return std::nullopt;
    Instrument instrument;
    instrument.venue = kVenue;
    instrument.coin = coin;
    instrument.symbol = code;
    // No field states the multiplier; sizes and volumes count the same multiplied units as prices.
    instrument.priceMultiplier = Decimal::fromInteger(multiplier);
    instrument.sizeMultiplier = instrument.priceMultiplier;
    return instrument;
}

void readBook(QuoteRow &row)
{
    row.readBook(u"bidPrice", u"bidQty", u"askPrice", u"askQty");
}

void readFunding(QuoteRow &row)
{
    row.readFunding(u"markPrice", u"lastFundingRate", u"nextFundingTime");
}

void readLast(QuoteRow &row)
{
    row.readLast(u"price");
}

void readStatistics(QuoteRow &row)
{
    row.readLast(u"lastPrice");
    row.readVolume(u"volume", QuoteRow::VolumeUnit::Venue);
    row.readChange(u"priceChangePercent", QuoteRow::ChangeUnit::Percent);
}

} // namespace

QString BinanceVenue::id() const
{
    return kVenue;
}

QString BinanceVenue::displayName() const
{
    return QStringLiteral("Binance USDⓈ-M");
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
    const QJsonValue symbols = std::get<QJsonDocument>(parsed).object().value(u"symbols");
    if (!symbols.isArray())
        return JsonReply::shapeError(context, QStringLiteral("no symbols"));
    QList<Instrument> instruments;
    for (const QJsonValue &symbol : symbols.toArray()) {
        if (auto instrument = perpetual(symbol.toObject()))
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
    const QJsonDocument doc = std::get<QJsonDocument>(parsed);
    if (!doc.isArray())
        return JsonReply::shapeError(context, QStringLiteral("object where an array was expected"));
    return VenueReply::collect(doc.array(), u"symbol", followed, request.name, context, read);
}
