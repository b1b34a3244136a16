#include "venuereply.h"

#include "exchanges/jsonreply.h"

#include <QSet>

#include <algorithm>

namespace {

// "1000", "10000", ... "1000000000": how many coins one unit stands for, or 0 when `digits` is not
// such a multiplier.
qint64 multiplierOf(QStringView digits)
{
    if (digits.size() < 4 || digits.size() > 10 || digits.front() != u'1')
        return 0;
    qint64 value = 1;
    for (qsizetype i = 1; i < digits.size(); ++i) {
        if (digits[i] != u'0')
            return 0;
        value *= 10;
    }
    return value;
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

} // namespace

namespace VenueReply {

std::variant<FlatJson, FetchError> document(const QByteArray &body, const ReplyContext &context)
{
    if (auto json = FlatJson::parse(body))
        return std::move(*json);
    // Bad replies are rare: the slower reader says best what is wrong with one.
    auto parsed = JsonReply::document(body, context.httpStatus);
    if (auto *error = std::get_if<FetchError>(&parsed))
        return refused(*error, context);
    return refused(
        JsonReply::shapeError(
            context, QStringLiteral("JSON beyond the strict grammar (a number such as 1. or .5) or nested too deep")),
        context);
}

FetchError refused(FetchError error, const ReplyContext &context)
{
    if (context.httpStatus == 429)
        error.kind = FetchError::Kind::RateLimited;
    else if (context.httpStatus == 418)
        error.kind = FetchError::Kind::Banned;
    return error;
}

FetchError venueError(const ReplyContext &context, const QString &code, const QString &message, bool rateLimited)
{
    FetchError error = JsonReply::apiError(context, code, message);
    if (rateLimited)
        error.kind = FetchError::Kind::RateLimited;
    return refused(error, context);
}

QuoteBatch collect(const FlatJson &json, qsizetype rows, QLatin1StringView symbolKey, const InstrumentSet &followed,
                   const QString &request, const ReplyContext &context, const std::function<void(QuoteRow &)> &read)
{
    QuoteBatch batch;
    batch.venue = context.venue;
    batch.request = request;
    batch.receivedAtMs = context.receivedAtMs;
    batch.quotes.reserve(followed.size());
    for (qsizetype row = json.firstElement(rows); row != FlatJson::None; row = json.nextElement(rows, row)) {
        if (const Instrument *instrument = rowInstrument(json, row, symbolKey, followed, batch))
            readRow(json, row, *instrument, read, batch);
    }
    return batch;
}

const Instrument *rowInstrument(const FlatJson &json, qsizetype row, QLatin1StringView symbolKey,
                                const InstrumentSet &followed, QuoteBatch &batch)
{
    const qsizetype symbol = json.member(row, symbolKey);
    if (!json.is(symbol, FlatJson::Type::String)) {
        DataIssue issue;
        issue.kind = DataIssue::Kind::Malformed;
        issue.venue = batch.venue;
        issue.detail = QStringLiteral("a row without ") + symbolKey;
        batch.issues.append(issue);
        return nullptr;
    }
    return followed.bySymbol(json.string(symbol));
}

void readRow(const FlatJson &json, qsizetype row, const Instrument &instrument,
             const std::function<void(QuoteRow &)> &read, QuoteBatch &batch)
{
    QuoteRow reader(json, row, instrument, batch.receivedAtMs);
    read(reader);
    if (reader.hasValues())
        batch.quotes.append(reader.quote());
    batch.issues.append(reader.issues());
}

std::pair<QString, qint64> prefixMultiplier(QStringView base)
{
    if (base.startsWith(u"1M") && base.size() > 2 && !isDigit(base[2]))
        return { base.mid(2).toString(), 1'000'000 };
    qsizetype digits = 0;
    while (digits < base.size() && isDigit(base[digits]))
        ++digits;
    const qint64 multiplier = digits < base.size() ? multiplierOf(base.first(digits)) : 0;
    if (multiplier == 0)
        return { base.toString(), 1 };
    return { base.mid(digits).toString(), multiplier };
}

std::pair<QString, qint64> suffixMultiplier(QStringView base)
{
    qsizetype start = base.size();
    while (start > 0 && isDigit(base[start - 1]))
        --start;
    const qint64 multiplier = start > 0 ? multiplierOf(base.mid(start)) : 0;
    if (multiplier == 0)
        return { base.toString(), 1 };
    return { base.first(start).toString(), multiplier };
}

bool hasStrings(const FlatJson &json, qsizetype object,
                std::initializer_list<std::pair<QLatin1StringView, QStringView>> expected)
{
    return std::all_of(expected.begin(), expected.end(), [&](const auto &member) {
        return json.string(json.member(object, member.first)) == member.second;
    });
}

std::optional<Instrument> contract(const QString &venue, const QString &symbol, const std::pair<QString, qint64> &coin)
{
    if (symbol.isEmpty() || coin.first.isEmpty())
        return std::nullopt;
    Instrument instrument;
    instrument.venue = venue;
    instrument.coin = coin.first;
    instrument.symbol = symbol;
    instrument.priceMultiplier = Decimal::fromInteger(coin.second);
    instrument.sizeMultiplier = instrument.priceMultiplier;
    return instrument;
}

QList<Instrument> onePerCoin(const QList<Instrument> &instruments)
{
    QList<Instrument> kept;
    kept.reserve(instruments.size());
    QSet<QString> seen;
    for (const Instrument &instrument : instruments) {
        if (instrument.coin.isEmpty() || seen.contains(instrument.coin))
            continue;
        seen.insert(instrument.coin);
        kept.append(instrument);
    }
    return kept;
}

} // namespace VenueReply
