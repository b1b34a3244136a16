#include "coinonevenue.h"

#include "jsonscanner.h"
#include "quoterows.h"

#include "exchanges/jsonreply.h"

namespace {

const QString kTicker = QStringLiteral("ticker");
const QString kWallet = QStringLiteral("wallet");
const QString kTickerPath = QStringLiteral("/public/v2/ticker_new/KRW");

// Every reply is an object with `result` and `error_code` ("0" when fine), errors included, and
// they come with HTTP 200; some replies spell them `errorCode`/`errorMsg`.
std::variant<QJsonObject, FetchError> envelope(const QByteArray &body, const ReplyContext &context)
{
    auto parsed = JsonReply::document(body, context.httpStatus);
    if (auto *error = std::get_if<FetchError>(&parsed))
        return *error;
    const QJsonDocument document = std::get<QJsonDocument>(parsed);
    if (!document.isObject())
        return JsonReply::shapeError(context, QStringLiteral("no object in the reply"));
    const QJsonObject object = document.object();
    QString code = JsonReply::scalarText(object.value(u"error_code"));
    if (code.isEmpty())
        code = JsonReply::scalarText(object.value(u"errorCode"));
    const QString result = object.value(u"result").toString();
    if (result == u"error" || (!code.isEmpty() && code != u"0")) {
        const QJsonValue message
            = object.contains(u"error_msg") ? object.value(u"error_msg") : object.value(u"errorMsg");
        return JsonReply::apiError(context, code, message.toString());
    }
    if (result != u"success")
        return JsonReply::shapeError(context, QStringLiteral("no result in the reply"));
    if (context.httpStatus != 200)
        return JsonReply::shapeError(context, QStringLiteral("unexpected body"));
    return object;
}

// The `tickers` of a ticker list, or why there are none.
std::variant<QJsonArray, FetchError> tickerRows(const QByteArray &body, const ReplyContext &context)
{
    auto parsed = envelope(body, context);
    if (auto *error = std::get_if<FetchError>(&parsed))
        return *error;
    const QJsonValue tickers = std::get<QJsonObject>(parsed).value(u"tickers");
    if (!tickers.isArray())
        return JsonReply::shapeError(context, QStringLiteral("no tickers in the reply"));
    return tickers.toArray();
}

// A KRW row's coin in upper case ("btc" -> "BTC"); empty for other quote currencies.
QString krwCoin(const QJsonObject &row)
{
    if (row.value(u"quote_currency").toString().compare(u"krw", Qt::CaseInsensitive) != 0)
        return {};
    return row.value(u"target_currency").toString().toUpper();
}

// One row of the ticker list, for the coin it names when it is a followed KRW market.
void readTicker(JsonScanner &scanner, const QString &venue, const InstrumentSet &followed, const ReplyContext &context,
                QuoteBatch &batch)
{
    QuoteRows::Raw quoteCurrency, coin, last, volume, yesterday;
    QuoteRows::Side bids, asks;
    scanner.readObject([&](QByteArrayView key) {
        QuoteRows::Raw *field = key == "last" ? &last
            : key == "target_volume"          ? &volume
            : key == "yesterday_last"         ? &yesterday
                                              : nullptr;
        QuoteRows::Raw *name = key == "quote_currency" ? &quoteCurrency : key == "target_currency" ? &coin : nullptr;
        QuoteRows::Side *side = key == "best_bids" ? &bids : key == "best_asks" ? &asks : nullptr;
        if (field)
            *field = scanner.scalar();
        else if (name)
            *name = QuoteRows::text(scanner);
        else if (side)
            QuoteRows::readLevels(scanner, { { "price", "qty", side } });
        return field || name || side;
    });
    if (scanner.failed())
        return;
    if (!coin) {
        batch.issues.append(
            QuoteRows::issue(DataIssue::Kind::Malformed, venue, {}, {}, QStringLiteral("a row without a coin")));
        return;
    }
    if (!quoteCurrency || quoteCurrency->compare("krw", Qt::CaseInsensitive) != 0)
        return; // not a KRW market, so not one we follow
    const Instrument *instrument = followed.bySymbol(QString::fromUtf8(*coin).toUpper());
    if (!instrument)
        return;
    std::optional<MarketQuote> quote = QuoteRows::lastTrade(last, u"last", *instrument, context, batch.issues);
    if (!quote)
        return;
    if (const auto coins = QuoteRows::amount(volume))
        quote->volume24h = instrument->coins(*coins);
    // Only with `additional_data=true`: the change against yesterday's last trade.
    if (const auto base = QuoteRows::price(yesterday))
        quote->change24hRatio = (*quote->last - *base).dividedBy(*base, 10).value_or(Decimal()).normalized();
    QuoteRows::setBook(*quote, *instrument, bids, asks, batch.issues);
    batch.quotes.append(std::move(*quote));
}

// Every row of the ticker list. The scanner walks the happy path; a reply it cannot walk as a
// successful list goes through the envelope for the venue's own error.
BatchResult parseTickers(const QString &venue, const QByteArray &body, const ReplyContext &context,
                         const InstrumentSet &followed)
{
    JsonScanner scanner(body);
    QuoteBatch batch = QuoteRows::batchFor(venue, kTicker, context);
    QuoteRows::Raw result, code;
    bool listed = false;
    if (context.httpStatus == 200) {
        scanner.readObject([&](QByteArrayView key) {
            if (key == "result") {
                result = scanner.scalar();
            } else if (key == "error_code" || key == "errorCode") {
                code = scanner.scalar();
            } else if (key == "tickers" && scanner.beginArray()) {
                listed = true;
                batch.quotes.reserve(followed.size());
                while (scanner.nextElement())
                    readTicker(scanner, venue, followed, context, batch);
            } else {
                return false;
            }
            return true;
        });
    }
    if (scanner.atEnd() && listed && result == "success" && (!code || *code == "0"))
        return batch;
    auto parsed = tickerRows(body, context);
    if (auto *error = std::get_if<FetchError>(&parsed))
        return *error;
    return JsonReply::shapeError(context, QStringLiteral("unreadable tickers"));
}

// `/public/v2/currencies`: per coin, `deposit_status` and `withdraw_status` "normal" when open.
// Only "normal" is documented: any other word is taken as suspended.
StatusResult parseWallets(const QByteArray &body, const ReplyContext &context)
{
    auto parsed = envelope(body, context);
    if (auto *error = std::get_if<FetchError>(&parsed))
        return *error;
    const QJsonValue currencies = std::get<QJsonObject>(parsed).value(u"currencies");
    if (!currencies.isArray())
        return JsonReply::shapeError(context, QStringLiteral("no currencies in the reply"));
    QList<CoinStatus> statuses;
    for (const QJsonValue &entry : currencies.toArray()) {
        const QJsonObject row = entry.toObject();
        const QString coin = row.value(u"symbol").toString().toUpper();
        if (coin.isEmpty())
            continue;
        CoinStatus status;
        status.venue = context.venue;
        status.coin = coin;
        status.receivedAtMs = context.receivedAtMs;
        status.networks.append(NetworkWallet { QString(), row.value(u"deposit_status").toString() == u"normal",
                                               row.value(u"withdraw_status").toString() == u"normal" });
        statuses.append(std::move(status));
    }
    return statuses;
}

} // namespace

QString CoinoneVenue::id() const
{
    return QStringLiteral("coinone");
}

QString CoinoneVenue::displayName() const
{
    return QStringLiteral("Coinone");
}

VenueSide CoinoneVenue::side() const
{
    return VenueSide::KoreanSpot;
}

QUrl CoinoneVenue::defaultBaseUrl() const
{
    return QUrl(QStringLiteral("https://api.coinone.co.kr"));
}

VenueLimits CoinoneVenue::limits() const
{
    // Public v2 allows 1,200 requests a minute per IP, a bucket refilled at 20 a second. One
    // request a cycle carries every coin, so 15 a second is far more than a cycle needs and leaves a
    // quarter of the bucket to the status job, retries and anything else at the same address.
    VenueLimits limits;
    limits.requestsPerSecond = 15;
    return limits;
}

VenueRequest CoinoneVenue::listingRequest() const
{
    VenueRequest request;
    request.name = QStringLiteral("listing");
    request.path = kTickerPath;
    return request;
}

ListingResult CoinoneVenue::parseListing(const QByteArray &body, const ReplyContext &context) const
{
    auto parsed = tickerRows(body, context);
    if (auto *error = std::get_if<FetchError>(&parsed))
        return *error;
    QList<Instrument> instruments;
    for (const QJsonValue &entry : std::get<QJsonArray>(parsed)) {
        const QString coin = krwCoin(entry.toObject());
        if (coin.isEmpty())
            continue;
        Instrument instrument;
        instrument.venue = id();
        instrument.coin = coin;
        instrument.symbol = coin;
        instruments.append(std::move(instrument));
    }
    return instruments;
}

QList<VenueRequest> CoinoneVenue::quoteRequests(const InstrumentSet &followed) const
{
    if (followed.isEmpty())
        return {};
    VenueRequest request;
    request.name = kTicker;
    request.path = kTickerPath;
    // Adds yesterday's figures, the only base of a 24 h change Coinone's ticker gives.
    request.query.addQueryItem(QStringLiteral("additional_data"), QStringLiteral("true"));
    return { request };
}

BatchResult CoinoneVenue::parseQuotes(const VenueRequest &request, const QByteArray &body, const ReplyContext &context,
                                      const InstrumentSet &followed) const
{
    if (request.name != kTicker)
        return JsonReply::shapeError(context,
                                     QStringLiteral("no quotes in a ") + request.name + QStringLiteral(" reply"));
    return parseTickers(id(), body, context, followed);
}

QList<VenueRequest> CoinoneVenue::statusRequests() const
{
    VenueRequest request;
    request.name = kWallet;
    request.path = QStringLiteral("/public/v2/currencies");
    return { request };
}

StatusResult CoinoneVenue::parseStatus(const VenueRequest &request, const QByteArray &body,
                                       const ReplyContext &context) const
{
    if (request.name == kWallet)
        return parseWallets(body, context);
    return VenueAdapter::parseStatus(request, body, context);
}
