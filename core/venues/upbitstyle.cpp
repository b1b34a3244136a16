#include "upbitstyle.h"

#include "quoterows.h"

#include "exchanges/jsonreply.h"

namespace {

const QLatin1StringView kKrwPrefix("KRW-");

using KrwRows = QList<std::pair<QString, QJsonObject>>;

using RowReader
    = void (*)(const QJsonObject &row, const Instrument &instrument, const ReplyContext &context, QuoteBatch &batch);

// The venue's coin of a KRW market code, or an empty string for other markets.
QString krwCoin(const QString &market)
{
    if (!market.startsWith(kKrwPrefix) || market.size() <= kKrwPrefix.size())
        return {};
    return market.mid(kKrwPrefix.size());
}

// "Code not found": a market we asked for is not (or no longer) listed. Bithumb says it with HTTP
// 200, Upbit with 404; either way one stale code fails the whole call.
bool isUnknownCode(const QByteArray &body)
{
    const QJsonObject error = QJsonDocument::fromJson(body).object().value(u"error").toObject();
    return error.value(u"message").toString().compare(u"Code not found", Qt::CaseInsensitive) == 0;
}

void readTicker(const QJsonObject &row, const Instrument &instrument, const ReplyContext &context, QuoteBatch &batch)
{
    std::optional<MarketQuote> quote
        = QuoteRows::lastTrade(row.value(u"trade_price"), u"trade_price", instrument, context, batch.issues);
    if (!quote)
        return;
    if (const auto volume = QuoteRows::amount(row.value(u"acc_trade_volume_24h")))
        quote->volume24h = instrument.coins(*volume);
    quote->change24hRatio = QuoteRows::ratio(row.value(u"signed_change_rate"));
    batch.quotes.append(std::move(*quote));
}

void readBook(const QJsonObject &row, const Instrument &instrument, const ReplyContext &context, QuoteBatch &batch)
{
    const QJsonValue units = row.value(u"orderbook_units");
    if (!units.isArray()) {
        batch.issues.append(
            QuoteRows::issue(DataIssue::Kind::Malformed, instrument, QStringLiteral("no orderbook_units")));
        return;
    }
    const QJsonArray levels = units.toArray();
    MarketQuote quote = QuoteRows::quoteFor(instrument, context);
    QuoteRows::setBook(quote, instrument, QuoteRows::bestLevel(levels, u"bid_price", u"bid_size"),
                       QuoteRows::bestLevel(levels, u"ask_price", u"ask_size"), batch.issues);
    if (quote.book)
        batch.quotes.append(std::move(quote));
}

BatchResult parseRows(const QString &venue, const QString &request, const QByteArray &body, const ReplyContext &context,
                      const InstrumentSet &followed, RowReader read)
{
    auto parsed = JsonReply::marketArray(body, context);
    if (auto *error = std::get_if<FetchError>(&parsed)) {
        if (error->kind != FetchError::Kind::ApiError || !isUnknownCode(body))
            return *error;
        // A stale listing, not venue ill health: read the listing again, keep the venue's health.
        QuoteBatch stale = QuoteRows::batchFor(venue, request, context);
        stale.listingStale = true;
        stale.issues.append(QuoteRows::issue(DataIssue::Kind::UnknownInstrument, venue, {}, {},
                                             QStringLiteral("a market asked for is not listed: ") + error->detail));
        return stale;
    }
    const QJsonArray rows = std::get<QJsonArray>(parsed);
    QuoteBatch batch = QuoteRows::batchFor(venue, request, context);
    batch.quotes.reserve(std::min<qsizetype>(rows.size(), followed.size()));
    for (const QJsonValue &entry : rows) {
        const QJsonObject row = entry.toObject();
        const QJsonValue market = row.value(u"market");
        if (!market.isString()) {
            batch.issues.append(
                QuoteRows::issue(DataIssue::Kind::Malformed, venue, {}, {}, QStringLiteral("a row without a market")));
            continue;
        }
        if (const Instrument *instrument = followed.bySymbol(market.toString()))
            read(row, *instrument, context, batch);
    }
    return batch;
}

// The KRW rows of `/v1/market/all` with their coins.
std::variant<KrwRows, FetchError> marketRows(const QByteArray &body, const ReplyContext &context)
{
    auto parsed = JsonReply::marketArray(body, context);
    if (auto *error = std::get_if<FetchError>(&parsed))
        return *error;
    KrwRows rows;
    for (const QJsonValue &entry : std::get<QJsonArray>(parsed)) {
        const QJsonObject row = entry.toObject();
        const QString coin = krwCoin(row.value(u"market").toString());
        if (!coin.isEmpty())
            rows.append({ coin, row });
    }
    return rows;
}

} // namespace

namespace UpbitStyle {

ListingResult parseListing(const QString &venue, const QByteArray &body, const ReplyContext &context)
{
    auto rows = marketRows(body, context);
    if (auto *error = std::get_if<FetchError>(&rows))
        return *error;
    QList<Instrument> instruments;
    for (const auto &[coin, row] : std::get<KrwRows>(rows)) {
        Instrument instrument;
        instrument.venue = venue;
        instrument.coin = coin;
        instrument.symbol = kKrwPrefix + coin;
        instrument.englishName = row.value(u"english_name").toString();
        instrument.koreanName = row.value(u"korean_name").toString();
        instruments.append(std::move(instrument));
    }
    return instruments;
}

QList<VenueRequest> chunkedRequests(const QString &name, const QString &path, const InstrumentSet &followed,
                                    int perRequest, const QUrlQuery &extra)
{
    QList<VenueRequest> requests;
    const QList<Instrument> &all = followed.all();
    for (qsizetype start = 0; start < all.size(); start += perRequest) {
        QString markets;
        for (qsizetype i = start; i < std::min<qsizetype>(all.size(), start + perRequest); ++i) {
            if (!markets.isEmpty())
                markets += u',';
            markets += all[i].symbol;
        }
        VenueRequest request;
        request.name = name;
        request.path = path;
        request.query = extra;
        request.query.addQueryItem(QStringLiteral("markets"), markets);
        requests.append(std::move(request));
    }
    return requests;
}

BatchResult parseQuotes(const QString &venue, const VenueRequest &request, const QByteArray &body,
                        const ReplyContext &context, const InstrumentSet &followed)
{
    if (request.name == kTickerRequest)
        return parseRows(venue, request.name, body, context, followed, readTicker);
    if (request.name == kBookRequest)
        return parseRows(venue, request.name, body, context, followed, readBook);
    return JsonReply::shapeError(context, QStringLiteral("no quotes in a ") + request.name + QStringLiteral(" reply"));
}

StatusResult parseCautions(const QByteArray &body, const ReplyContext &context, CautionReader read)
{
    auto rows = marketRows(body, context);
    if (auto *error = std::get_if<FetchError>(&rows))
        return *error;
    QList<CoinStatus> statuses;
    for (const auto &[coin, row] : std::get<KrwRows>(rows)) {
        CoinStatus status;
        status.venue = context.venue;
        status.coin = coin;
        status.receivedAtMs = context.receivedAtMs;
        read(row, status);
        statuses.append(std::move(status));
    }
    return statuses;
}

} // namespace UpbitStyle
