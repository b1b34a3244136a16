#include "okxvenue.h"

#include "venuereply.h"

#include "exchanges/jsonreply.h"

namespace {

const QString kVenue = QStringLiteral("okx");

VenueRequest request(const QString &name, const QString &path, const QString &key, const QString &value,
                     int everyCycles = 1)
{
    VenueRequest result;
    result.name = name;
    result.path = path;
    result.query.addQueryItem(key, value);
    result.everyCycles = everyCycles;
    return result;
}

// The `data` array of OKX's envelope {"code","msg","data"}, or its error: any code but "0" is one,
// even with HTTP 200, and 50011 is its rate limit.
std::variant<QJsonArray, FetchError> data(const QByteArray &body, const ReplyContext &context)
{
    auto parsed = VenueReply::document(body, context);
    if (auto *error = std::get_if<FetchError>(&parsed))
        return *error;
    const QJsonObject envelope = std::get<QJsonDocument>(parsed).object();
    const QString code = JsonReply::scalarText(envelope.value(u"code"));
    if (!envelope.contains(u"code"))
        return VenueReply::refused(JsonReply::shapeError(context, QStringLiteral("no code")), context);
    if (code != u"0")
        return VenueReply::venueError(context, code, envelope.value(u"msg").toString(), code == u"50011");
    const QJsonValue rows = envelope.value(u"data");
    if (context.httpStatus != 200 || !rows.isArray())
        return VenueReply::refused(JsonReply::shapeError(context, QStringLiteral("no data")), context);
    return rows.toArray();
}

std::optional<Instrument> swap(const QJsonObject &row)
{
    if (row.value(u"state").toString() != u"live" || row.value(u"settleCcy").toString() != u"USDT"
        || row.value(u"instType").toString(QStringLiteral("SWAP")) != u"SWAP")
        return std::nullopt;
    const QString code = row.value(u"instId").toString();
    QString coin = row.value(u"ctValCcy").toString();
    if (coin.isEmpty())
        coin = code.section(u'-', 0, 0);
    const std::optional<Decimal> value = JsonReply::decimal(row.value(u"ctVal"));
    std::optional<Decimal> multiplier = Decimal::fromInteger(1);
    if (row.contains(u"ctMult"))
        multiplier = JsonReply::decimal(row.value(u"ctMult"));
    if (code.isEmpty() || coin.isEmpty() || !value || !value->isPositive() || !multiplier || !multiplier->isPositive())
        return std::nullopt;
    Instrument instrument;
    instrument.venue = kVenue;
    instrument.coin = coin;
    instrument.symbol = code;
    // Prices are per coin on every swap; a contract holds ctVal × ctMult coins.
    instrument.sizeMultiplier = (*value * *multiplier).normalized();
    return instrument;
}

void readTicker(QuoteRow &row)
{
    row.readLast(u"last");
    row.readBook(u"bidPx", u"bidSz", u"askPx", u"askSz");
    row.readVolume(u"volCcy24h", QuoteRow::VolumeUnit::Coins);
    row.readChangeSinceOpen(u"open24h");
}

void readMark(QuoteRow &row)
{
    row.readMark(u"markPx");
}

void readFunding(QuoteRow &row)
{
    // fundingTime is the next settlement; nextFundingTime the one after it.
    row.readFundingRate(u"fundingRate", u"fundingTime");
}

} // namespace

QString OkxVenue::id() const
{
    return kVenue;
}

QString OkxVenue::displayName() const
{
    return QStringLiteral("OKX");
}

VenueSide OkxVenue::side() const
{
    return VenueSide::Perpetual;
}

QUrl OkxVenue::defaultBaseUrl() const
{
    return QUrl(QStringLiteral("https://www.okx.com"));
}

VenueLimits OkxVenue::limits() const
{
    // OKX limits each endpoint per IP: 20 requests per 2 s for the tickers and the instruments, 10
    // per 2 s for mark-price and funding-rate. One budget for the venue cannot tell them apart, so
    // it sits under the busiest endpoints' 10 a second with room for the listing and for our
    // one-second windows straddling OKX's two-second ones; the cadence of quoteRequests() keeps
    // the 10-per-2 s endpoints far below theirs.
    VenueLimits limits;
    limits.requestsPerSecond = 8;
    return limits;
}

VenueRequest OkxVenue::listingRequest() const
{
    return request(QStringLiteral("listing"), QStringLiteral("/api/v5/public/instruments"), QStringLiteral("instType"),
                   QStringLiteral("SWAP"));
}

ListingResult OkxVenue::parseListing(const QByteArray &body, const ReplyContext &context) const
{
    auto rows = data(body, context);
    if (auto *error = std::get_if<FetchError>(&rows))
        return *error;
    QList<Instrument> instruments;
    for (const QJsonValue &row : std::get<QJsonArray>(rows)) {
        if (auto instrument = swap(row.toObject()))
            instruments.append(*instrument);
    }
    return VenueReply::onePerCoin(instruments);
}

QList<VenueRequest> OkxVenue::quoteRequests(const InstrumentSet &followed) const
{
    if (followed.isEmpty())
        return {};
    // At one cycle a second: the tickers once a second (limit 10/s); the mark price every 5 s and
    // the funding rate every 30 s (limit 5/s each), since neither enters the premium: the mark
    // serves funding payments and display, and the rate of the current period settles hours away.
    return {
        request(QStringLiteral("ticker"), QStringLiteral("/api/v5/market/tickers"), QStringLiteral("instType"),
                QStringLiteral("SWAP")),
        request(QStringLiteral("mark"), QStringLiteral("/api/v5/public/mark-price"), QStringLiteral("instType"),
                QStringLiteral("SWAP"), 5),
        request(QStringLiteral("funding"), QStringLiteral("/api/v5/public/funding-rate"), QStringLiteral("instId"),
                QStringLiteral("ANY"), 30),
    };
}

BatchResult OkxVenue::parseQuotes(const VenueRequest &request, const QByteArray &body, const ReplyContext &context,
                                  const InstrumentSet &followed) const
{
    void (*read)(QuoteRow &) = nullptr;
    if (request.name == u"ticker")
        read = readTicker;
    else if (request.name == u"mark")
        read = readMark;
    else if (request.name == u"funding")
        read = readFunding;
    else
        return JsonReply::shapeError(context, QStringLiteral("no parser for ") + request.name);

    auto rows = data(body, context);
    if (auto *error = std::get_if<FetchError>(&rows))
        return *error;
    return VenueReply::collect(std::get<QJsonArray>(rows), u"instId", followed, request.name, context, read);
}
