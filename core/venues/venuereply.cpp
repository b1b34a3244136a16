#include "venuereply.h"

#include "exchanges/jsonreply.h"

#include <QSet>

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

std::variant<QJsonDocument, FetchError> document(const QByteArray &body, const ReplyContext &context)
{
    auto parsed = JsonReply::document(body, context.httpStatus);
    if (auto *error = std::get_if<FetchError>(&parsed))
        return refused(*error, context);
    return parsed;
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

QuoteBatch collect(const QJsonArray &rows, QStringView symbolKey, const InstrumentSet &followed,
                   const QString &request, const ReplyContext &context, const std::function<void(QuoteRow &)> &read)
{
    QuoteBatch batch;
    batch.venue = context.venue;
    batch.request = request;
    batch.receivedAtMs = context.receivedAtMs;
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        const QJsonValue symbol = row.value(symbolKey);
        if (!symbol.isString()) {
            DataIssue issue;
            issue.kind = DataIssue::Kind::Malformed;
            issue.venue = context.venue;
            issue.detail = QStringLiteral("a row without ") + symbolKey.toString();
            batch.issues.append(issue);
            continue;
        }
        const Instrument *instrument = followed.bySymbol(symbol.toString());
        if (!instrument)
            continue;
        QuoteRow reader(row, *instrument, context.receivedAtMs);
        read(reader);
        if (reader.hasValues())
            batch.quotes.append(reader.quote());
        batch.issues.append(reader.issues());
    }
    return batch;
}

std::pair<QString, qint64> prefixMultiplier(QStringView base)
{
    if (base.startsWith(u"1M") && base.size() > 2 && !isDigit(base[2]))
        return {base.mid(2).toString(), 1'000'000};
    qsizetype digits = 0;
    while (digits < base.size() && isDigit(base[digits]))
        ++digits;
    const qint64 multiplier = digits < base.size() ? multiplierOf(base.first(digits)) : 0;
    if (multiplier == 0)
        return {base.toString(), 1};
    return {base.mid(digits).toString(), multiplier};
}

std::pair<QString, qint64> suffixMultiplier(QStringView base)
{
    qsizetype start = base.size();
    while (start > 0 && isDigit(base[start - 1]))
        --start;
    const qint64 multiplier = start > 0 ? multiplierOf(base.mid(start)) : 0;
    if (multiplier == 0)
        return {base.toString(), 1};
    return {base.first(start).toString(), multiplier};
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
