#include "okxvenue.h"

#include "venuereply.h"

#include "exchanges/jsonreply.h"

using namespace Qt::StringLiterals;

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

// The JSON of a reply with its `data` array, from OKX's envelope {"code","msg","data"}, or its
// error: any code but "0" is one, even with HTTP 200, and 50011 is its rate limit.
struct Data
{
    FlatJson json;
    qsizetype rows;
};

std::variant<Data, FetchError> data(const QByteArray &body, const ReplyContext &context)
{
    auto parsed = VenueReply::document(body, context);
    if (auto *error = std::get_if<FetchError>(&parsed))
        return *error;
    FlatJson &json = std::get<FlatJson>(parsed);
    const qsizetype codeToken = json.member(0, "code"_L1);
    if (codeToken == FlatJson::None)
        return VenueReply::refused(JsonReply::shapeError(context, QStringLiteral("no code")), context);
    const QString code = json.scalarText(codeToken);
    if (code != u"0")
        return VenueReply::venueError(context, code, json.string(json.member(0, "msg"_L1)), code == u"50011");
    const qsizetype rows = json.member(0, "data"_L1);
    if (context.httpStatus != 200 || !json.is(rows, FlatJson::Type::Array))
        return VenueReply::refused(JsonReply::shapeError(context, QStringLiteral("no data")), context);
    return Data { std::move(json), rows };
}

std::optional<Instrument> swap(const FlatJson &json, qsizetype row)
{
    const qsizetype type = json.member(row, "instType"_L1);
    if (!VenueReply::hasStrings(json, row, { { "state"_L1, u"live" }, { "settleCcy"_L1, u"USDT" } })
        || (type != FlatJson::None && json.string(type) != u"SWAP"))
        return std::nullopt;
    const QString code = json.string(json.member(row, "instId"_L1));
    QString coin = json.string(json.member(row, "ctValCcy"_L1));
    if (coin.isEmpty())
        coin = code.section(u'-', 0, 0);
    const std::optional<Decimal> value = json.decimal(json.member(row, "ctVal"_L1));
    const qsizetype multiplierToken = json.member(row, "ctMult"_L1);
    const std::optional<Decimal> multiplier
        = multiplierToken == FlatJson::None ? Decimal::fromInteger(1) : json.decimal(multiplierToken);
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

void readMark(QuoteRow &row)
{
    row.readMark("markPx"_L1);
}

} // namespace

QString OkxVenue::id() const
{
    return kVenue;
}

QString OkxVenue::displayName() const
{
    return QString::fromUtf8(QT_TRANSLATE_NOOP("Venue", "OKX"));
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
    auto parsed = data(body, context);
    if (auto *error = std::get_if<FetchError>(&parsed))
        return *error;
    const auto &[json, rows] = std::get<Data>(parsed);
    QList<Instrument> instruments;
    for (qsizetype row = json.firstElement(rows); row != FlatJson::None; row = json.nextElement(rows, row)) {
        if (auto instrument = swap(json, row))
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
        read = OkxVenue::readTicker;
    else if (request.name == u"mark")
        read = readMark;
    else if (request.name == u"funding")
        read = OkxVenue::readFundingRate;
    else
        return JsonReply::shapeError(context, QStringLiteral("no parser for ") + request.name);

    auto parsed = data(body, context);
    if (auto *error = std::get_if<FetchError>(&parsed))
        return *error;
    const auto &[json, rows] = std::get<Data>(parsed);
    return VenueReply::collect(json, rows, "instId"_L1, followed, request.name, context, read);
}

void OkxVenue::readTicker(QuoteRow &row)
{
    row.readLast("last"_L1);
    row.readBook("bidPx"_L1, "bidSz"_L1, "askPx"_L1, "askSz"_L1);
    row.readVolume("volCcy24h"_L1, QuoteRow::VolumeUnit::Coins);
    row.readChangeSinceOpen("open24h"_L1);
}

void OkxVenue::readFundingRate(QuoteRow &row)
{
    // fundingTime is the next settlement; nextFundingTime the one after it.
    row.readFundingRate("fundingRate"_L1, "fundingTime"_L1);
}
