#include "bithumbvenue.h"

#include "quoterows.h"
#include "upbitstyle.h"

#include "exchanges/jsonreply.h"

#include <QHash>

namespace {

const QString kWallet = QStringLiteral("wallet");
const QString kCaution = QStringLiteral("caution");

VenueRequest marketList(const QString &name)
{
    VenueRequest request;
    request.name = name;
    request.path = QStringLiteral("/v1/market/all");
    request.query.addQueryItem(QStringLiteral("isDetails"), QStringLiteral("true"));
    return request;
}

// 1 open and 0 suspended per the reference; booleans and their text too, as some clients read
// them. nullopt for anything else.
std::optional<bool> openFlag(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (number == 1 || number == 0)
            return number == 1;
        return std::nullopt;
    }
    const QString text = value.toString();
    if (text == u"1" || text == u"true")
        return true;
    if (text == u"0" || text == u"false")
        return false;
    return std::nullopt;
}

// One network row of the multichain status into `statuses`, grouped by coin in reply order.
void addNetwork(const QString &coin, const QJsonObject &row, const ReplyContext &context, QList<CoinStatus> &statuses,
                QHash<QString, qsizetype> &index)
{
    const std::optional<bool> deposit = openFlag(row.value(u"deposit_status"));
    const std::optional<bool> withdrawal = openFlag(row.value(u"withdrawal_status"));
    if (coin.isEmpty() || !deposit || !withdrawal)
        return;
    auto it = index.constFind(coin);
    if (it == index.cend()) {
        CoinStatus status;
        status.venue = context.venue;
        status.coin = coin;
        status.receivedAtMs = context.receivedAtMs;
        statuses.append(std::move(status));
        it = index.insert(coin, statuses.size() - 1);
    }
    statuses[*it].networks.append(NetworkWallet { row.value(u"net_type").toString(), *deposit, *withdrawal });
}

// `/public/assetsstatus/multichain/ALL`: `data` is an array of rows per coin and network; one
// client reads it as an object keyed by coin (one row, or an array of them, per coin).
StatusResult parseWallets(const QByteArray &body, const ReplyContext &context)
{
    auto parsed = JsonReply::document(body, context.httpStatus);
    if (auto *error = std::get_if<FetchError>(&parsed))
        return *error;
    const QJsonObject envelope = std::get<QJsonDocument>(parsed).object();
    const QString status = JsonReply::scalarText(envelope.value(u"status"));
    if (status.isEmpty())
        return JsonReply::shapeError(context, QStringLiteral("no status in the reply"));
    if (status != u"0000")
        return JsonReply::apiError(context, status, envelope.value(u"message").toString());
    if (context.httpStatus != 200)
        return JsonReply::shapeError(context, QStringLiteral("unexpected body"));

    QList<CoinStatus> statuses;
    QHash<QString, qsizetype> index;
    const QJsonValue data = envelope.value(u"data");
    if (data.isArray()) {
        for (const QJsonValue &entry : data.toArray()) {
            const QJsonObject row = entry.toObject();
            addNetwork(row.value(u"currency").toString(), row, context, statuses, index);
        }
    } else if (data.isObject()) {
        const QJsonObject byCoin = data.toObject();
        for (auto it = byCoin.begin(); it != byCoin.end(); ++it) {
            const QJsonValue value = it.value();
            const QJsonArray rows = value.isArray() ? value.toArray() : QJsonArray { value };
            for (const QJsonValue &entry : rows)
                addNetwork(it.key(), entry.toObject(), context, statuses, index);
        }
    } else {
        return JsonReply::shapeError(context, QStringLiteral("no data in the reply"));
    }
    return statuses;
}

// `market_warning` of `/v1/market/all?isDetails=true`: "NONE", or the designation ("CAUTION").
void readWarning(const QJsonObject &row, CoinStatus &status)
{
    const QString warning = row.value(u"market_warning").toString();
    if (warning.isEmpty())
        return;
    status.caution = warning != u"NONE";
    if (*status.caution)
        status.cautionReasons.append(warning);
}

} // namespace

QString BithumbVenue::id() const
{
    return QStringLiteral("bithumb");
}

QString BithumbVenue::displayName() const
{
    return QStringLiteral("Bithumb");
}

VenueSide BithumbVenue::side() const
{
    return VenueSide::KoreanSpot;
}

QUrl BithumbVenue::defaultBaseUrl() const
{
    return QUrl(QStringLiteral("https://api.bithumb.com"));
}

VenueLimits BithumbVenue::limits() const
{
    // The seed's budget, a tenth of the 150 req/s per IP Bithumb allows: going over blocks the IP
    // for a minute, and failed calls count too.
    VenueLimits limits;
    limits.requestsPerSecond = 15;
    return limits;
}

VenueRequest BithumbVenue::listingRequest() const
{
    return marketList(QStringLiteral("listing"));
}

ListingResult BithumbVenue::parseListing(const QByteArray &body, const ReplyContext &context) const
{
    return UpbitStyle::parseListing(id(), body, context);
}

QList<VenueRequest> BithumbVenue::quoteRequests(const InstrumentSet &followed) const
{
    return UpbitStyle::chunkedRequests(UpbitStyle::kTickerRequest, QStringLiteral("/v1/ticker"), followed,
                                       kMarketsPerRequest)
        + UpbitStyle::chunkedRequests(UpbitStyle::kBookRequest, QStringLiteral("/v1/orderbook"), followed,
                                      kMarketsPerRequest);
}

BatchResult BithumbVenue::parseQuotes(const VenueRequest &request, const QByteArray &body, const ReplyContext &context,
                                      const InstrumentSet &followed) const
{
    return UpbitStyle::parseQuotes(id(), request, body, context, followed);
}

QList<VenueRequest> BithumbVenue::statusRequests() const
{
    VenueRequest wallet;
    wallet.name = kWallet;
    wallet.path = QStringLiteral("/public/assetsstatus/multichain/ALL");
    return { wallet, marketList(kCaution) };
}

StatusResult BithumbVenue::parseStatus(const VenueRequest &request, const QByteArray &body,
                                       const ReplyContext &context) const
{
    if (request.name == kWallet)
        return parseWallets(body, context);
    if (request.name == kCaution)
        return UpbitStyle::parseCautions(body, context, readWarning);
    return VenueAdapter::parseStatus(request, body, context);
}
