#include "upbitstyle.h"

#include "quoterows.h"
#include "streamframes.h"

#include "exchanges/jsonreply.h"

#include <algorithm>

namespace {

const QLatin1StringView kKrwPrefix("KRW-");

using KrwRows = QList<std::pair<QString, QJsonObject>>;

// Reads one row of a reply into the batch (the scanner is on the row).
using RowReader = void (*)(JsonScanner &scanner, const QString &venue, const InstrumentSet &followed,
                           const ReplyContext &context, QuoteBatch &batch);

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

// The fields of one ticker or order book, a row of a REST reply or a message of the socket, that
// quotes are read from.
struct Row
{
    QuoteRows::Raw type, market, last, volume, change;
    QuoteRows::Side bids, asks;
    bool hasLevels = false;
    // The socket's keep-alive answer ({"status":"UP"}) and its error object.
    QuoteRows::Raw status, errorName, errorMessage;
    bool hasError = false;
};

// Reads the object the scanner is on into `row`; `marketKey` names the market: "market" in REST
// rows, "code" on the socket.
void readRow(JsonScanner &scanner, QByteArrayView marketKey, Row &row)
{
    scanner.readObject([&](QByteArrayView key) {
        QuoteRows::Raw *field = key == "trade_price" ? &row.last
            : key == "acc_trade_volume_24h"          ? &row.volume
            : key == "signed_change_rate"            ? &row.change
                                                     : nullptr;
        QuoteRows::Raw *name = key == marketKey ? &row.market
            : key == "type"                     ? &row.type
            : key == "status"                   ? &row.status
                                                : nullptr;
        if (field) {
            *field = scanner.scalar();
        } else if (name) {
            *name = QuoteRows::text(scanner);
        } else if (key == "orderbook_units") {
            row.hasLevels = QuoteRows::readLevels(
                scanner, { { "bid_price", "bid_size", &row.bids }, { "ask_price", "ask_size", &row.asks } });
        } else if (key == "error") {
            row.hasError = true;
            scanner.readObject([&](QByteArrayView errorKey) {
                QuoteRows::Raw *part = errorKey == "name" ? &row.errorName
                    : errorKey == "message"               ? &row.errorMessage
                                                          : nullptr;
                if (part)
                    *part = QuoteRows::text(scanner);
                return part != nullptr;
            });
        } else {
            return false;
        }
        return true;
    });
}

// The followed instrument of a row's market; nullptr, with the row's issue when it has no market.
const Instrument *instrumentOf(QuoteRows::Raw market, const QString &venue, const InstrumentSet &followed,
                               QuoteBatch &batch)
{
    if (!market) {
        batch.issues.append(
            QuoteRows::issue(DataIssue::Kind::Malformed, venue, {}, {}, QStringLiteral("a row without a market")));
        return nullptr;
    }
    return followed.bySymbol(QString::fromUtf8(*market));
}

void addTicker(const Row &row, const Instrument &instrument, const ReplyContext &context, QuoteBatch &batch)
{
    std::optional<MarketQuote> quote
        = QuoteRows::lastTrade(row.last, u"trade_price", instrument, context, batch.issues);
    if (!quote)
        return;
    if (const auto coins = QuoteRows::amount(row.volume))
        quote->volume24h = instrument.coins(*coins);
    quote->change24hRatio = QuoteRows::ratio(row.change);
    batch.quotes.append(std::move(*quote));
}

void addBook(const Row &row, const Instrument &instrument, const ReplyContext &context, QuoteBatch &batch)
{
    if (!row.hasLevels) {
        batch.issues.append(
            QuoteRows::issue(DataIssue::Kind::Malformed, instrument, QStringLiteral("no orderbook_units")));
        return;
    }
    MarketQuote quote = QuoteRows::quoteFor(instrument, context);
    QuoteRows::setBook(quote, instrument, row.bids, row.asks, batch.issues);
    if (quote.book)
        batch.quotes.append(std::move(quote));
}

using RowAdder = void (*)(const Row &row, const Instrument &instrument, const ReplyContext &context, QuoteBatch &batch);

// Reads one row of a REST reply (the scanner is on it) into the batch.
template<RowAdder add>
void readRestRow(JsonScanner &scanner, const QString &venue, const InstrumentSet &followed, const ReplyContext &context,
                 QuoteBatch &batch)
{
    Row row;
    readRow(scanner, "market", row);
    const Instrument *instrument = instrumentOf(row.market, venue, followed, batch);
    if (instrument && !scanner.failed())
        add(row, *instrument, context, batch);
}

// The market of a socket message's code: "KRW-BTC" of "KRW-BTC.1", should the venue ever send the
// level suffix of the request back.
QuoteRows::Raw withoutLevel(QuoteRows::Raw code)
{
    if (!code)
        return code;
    const qsizetype dot = code->lastIndexOf('.');
    if (dot <= 0 || dot + 1 == code->size())
        return code;
    const QByteArrayView digits = code->sliced(dot + 1);
    if (!std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return code;
    return code->first(dot);
}

// Why a reply the scanner could not walk as an array of rows is no batch: the venue's error, the
// stale listing its "Code not found" means, or a reply in no known shape.
BatchResult failure(const QString &venue, const QString &request, const QByteArray &body, const ReplyContext &context)
{
    auto parsed = JsonReply::marketArray(body, context);
    if (!std::holds_alternative<FetchError>(parsed))
        return JsonReply::shapeError(context, QStringLiteral("unreadable rows"));
    const FetchError error = std::get<FetchError>(parsed);
    if (error.kind != FetchError::Kind::ApiError || !isUnknownCode(body))
        return error;
    // A stale listing, not venue ill health: read the listing again, keep the venue's health.
    QuoteBatch stale = QuoteRows::batchFor(venue, request, context);
    stale.listingStale = true;
    stale.issues.append(QuoteRows::issue(DataIssue::Kind::UnknownInstrument, venue, {}, {},
                                         QStringLiteral("a market asked for is not listed: ") + error.detail));
    return stale;
}

BatchResult parseRows(const QString &venue, const QString &request, const QByteArray &body, const ReplyContext &context,
                      const InstrumentSet &followed, RowReader read)
{
    JsonScanner scanner(body);
    if (context.httpStatus == 200 && scanner.beginArray()) {
        QuoteBatch batch = QuoteRows::batchFor(venue, request, context);
        batch.quotes.reserve(followed.size());
        while (scanner.nextElement())
            read(scanner, venue, followed, context, batch);
        if (scanner.atEnd())
            return batch;
    }
    return failure(venue, request, body, context);
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
        return parseRows(venue, request.name, body, context, followed, readRestRow<addTicker>);
    if (request.name == kBookRequest)
        return parseRows(venue, request.name, body, context, followed, readRestRow<addBook>);
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

StreamEvent parseStreamMessage(const QString &venue, QByteArrayView payload, qint64 receivedAtMs,
                               const InstrumentSet &followed)
{
    JsonScanner scanner(payload);
    if (scanner.peek() != JsonScanner::Kind::Object)
        return StreamFrames::unreadable(payload);
    Row row;
    readRow(scanner, "code", row);
    if (!scanner.atEnd())
        return StreamFrames::unreadable(payload);
    if (row.hasError) {
        return StreamFrames::venueError(QString::fromUtf8(row.errorName.value_or(QByteArrayView())),
                                        QString::fromUtf8(row.errorMessage.value_or(QByteArrayView())));
    }
    if (row.status)
        return StreamFrames::event(*row.status == "UP" ? StreamEvent::Kind::Pong : StreamEvent::Kind::Ignored);
    if (!row.type)
        return StreamFrames::unreadable(payload);
    const bool ticker = *row.type == "ticker";
    if (!ticker && *row.type != "orderbook")
        return StreamFrames::event(StreamEvent::Kind::Ignored);
    const ReplyContext context { venue, ticker ? kTickerRequest : kBookRequest, {}, 200, receivedAtMs };
    QuoteBatch batch = QuoteRows::batchFor(venue, context.market, context);
    if (const Instrument *instrument = instrumentOf(withoutLevel(row.market), venue, followed, batch))
        (ticker ? addTicker : addBook)(row, *instrument, context, batch);
    return StreamFrames::fromBatch(std::move(batch));
}

} // namespace UpbitStyle
