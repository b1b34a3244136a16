#include "historyrepository.h"

#include "database.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <algorithm>

namespace {

// Reserving for a read avoids growing the series many times over; at most a month of seconds
// up front, the rest grows as it comes.
constexpr qint64 MaxReserve = 31LL * 24 * 3600;

struct MinuteKey
{
    QString symbol;
    QString basis;
    qint64 minuteStart = 0;
    bool operator==(const MinuteKey &other) const = default;
};

size_t qHash(const MinuteKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.symbol, key.basis, key.minuteStart);
}

Decimal decimalOrZero(const QVariant &value)
{
    return Decimal::fromString(value.toString()).value_or(Decimal());
}

float displayRate(qint64 scaled)
{
    return static_cast<float>(static_cast<double>(scaled) / 1e8);
}

// Rows per INSERT statement when writing a batch: one statement per row would spend most of
// the time in the driver rather than in the database.
constexpr std::size_t RowsPerStatement = 64;

// Upserts `count` rows, RowsPerStatement to a statement; bind(query, row, firstParameter) binds
// one row's values from that parameter index on.
template<typename Bind>
std::optional<StorageError> upsertRows(Database &database, const QString &table, const QStringList &columns,
                                       const QStringList &keys, std::size_t count, Bind bind)
{
    const auto width = static_cast<int>(columns.size());
    QSqlQuery many(database.connection());
    QSqlQuery one(database.connection());
    if (count >= RowsPerStatement)
        many.prepare(database.dialect().upsert(table, columns, keys, static_cast<int>(RowsPerStatement)));
    one.prepare(database.dialect().upsert(table, columns, keys, 1));
    std::size_t row = 0;
    while (row < count) {
        const bool full = count - row >= RowsPerStatement;
        QSqlQuery &query = full ? many : one;
        const std::size_t rows = full ? RowsPerStatement : 1;
        for (std::size_t i = 0; i < rows; ++i)
            bind(query, row + i, static_cast<int>(i) * width);
        if (!query.exec())
            return database.errorFrom(query.lastError());
        row += rows;
    }
    return std::nullopt;
}

} // namespace

HistoryRepository::HistoryRepository(Database &database)
    : m_database(database)
{
}

qint64 HistoryRepository::scaledRate(const Decimal &rate)
{
    const Decimal rounded = rate.scale() > RateScale ? rate.roundedHalfUp(RateScale) : rate;
    qint64 mantissa = rounded.mantissa();
    for (int s = rounded.scale(); s < RateScale; ++s)
        mantissa *= 10;
    return mantissa;
}

Decimal HistoryRepository::rateFromScaled(qint64 scaled)
{
    return Decimal::fromParts(scaled, RateScale).normalized();
}

qint64 HistoryRepository::minuteOf(qint64 timeMs)
{
    const qint64 q = timeMs / MinuteMs;
    return (timeMs % MinuteMs < 0 ? q - 1 : q) * MinuteMs;
}

std::optional<StorageError> HistoryRepository::insert(const std::vector<PremiumSample> &samples)
{
    if (samples.empty())
        return std::nullopt;
    // What was written is only known once the transaction commits.
    const QHash<QString, qint64> lastTickerMs = m_lastTickerMs;
    auto result = m_database.inTransaction([&]() -> std::optional<StorageError> {
        const QStringList premiumColumns{QStringLiteral("symbol"), QStringLiteral("basis"), QStringLiteral("rate"),
                                         QStringLiteral("korea_price"), QStringLiteral("foreign_price"), QStringLiteral("fx_rate"),
                                         QStringLiteral("stale"), QStringLiteral("observed_at"), QStringLiteral("source")};
        auto error = upsertRows(m_database, QStringLiteral("premium"), premiumColumns,
                                {QStringLiteral("observed_at"), QStringLiteral("symbol"), QStringLiteral("basis")}, samples.size(),
                                [&](QSqlQuery &query, std::size_t row, int p) {
                                    const PremiumSample &sample = samples[row];
                                    query.bindValue(p, sample.symbol);
                                    query.bindValue(p + 1, premiumBasisId(sample.basis));
                                    query.bindValue(p + 2, scaledRate(sample.preciseRate));
                                    query.bindValue(p + 3, sample.korea.price.toString());
                                    query.bindValue(p + 4, sample.foreign.price.toString());
                                    query.bindValue(p + 5, sample.fx.price.toString());
                                    query.bindValue(p + 6, sample.stale ? 1 : 0);
                                    query.bindValue(p + 7, sample.observedAtMs);
                                    query.bindValue(p + 8, sample.source);
                                });
        if (error)
            return error;
        if ((error = insertTickers(samples)))
            return error;
        QSet<MinuteKey> minutes;
        for (const PremiumSample &sample : samples)
            minutes.insert({sample.symbol, premiumBasisId(sample.basis), minuteOf(sample.observedAtMs)});
        for (const MinuteKey &minute : std::as_const(minutes)) {
            if ((error = rollUp(minute.symbol, minute.basis, minute.minuteStart)))
                return error;
        }
        return std::nullopt;
    });
    if (result)
        m_lastTickerMs = lastTickerMs;
    return result;
}

std::optional<StorageError> HistoryRepository::insertTickers(const std::vector<PremiumSample> &samples)
{
    // Each quote once: the FX quote, for one, stays the same under ten minutes of samples.
    std::vector<const Quote *> quotes;
    for (const PremiumSample &sample : samples) {
        for (const Quote *quote : {&sample.korea, &sample.foreign, &sample.fx}) {
            if (quote->receivedAtMs <= 0 || quote->venue.isEmpty())
                continue;
            qint64 &last = m_lastTickerMs[quote->venue + u'/' + quote->symbol];
            if (last == quote->receivedAtMs)
                continue;
            last = quote->receivedAtMs;
            quotes.push_back(quote);
        }
    }
    return upsertRows(m_database, QStringLiteral("ticker"),
                      {QStringLiteral("venue"), QStringLiteral("symbol"), QStringLiteral("price"), QStringLiteral("venue_time"),
                       QStringLiteral("observed_at")},
                      {QStringLiteral("observed_at"), QStringLiteral("venue"), QStringLiteral("symbol")}, quotes.size(),
                      [&](QSqlQuery &query, std::size_t row, int p) {
                          const Quote *quote = quotes[row];
                          query.bindValue(p, quote->venue);
                          query.bindValue(p + 1, quote->symbol);
                          query.bindValue(p + 2, quote->price.toString());
                          query.bindValue(p + 3, quote->venueTimeMs > 0 ? QVariant(quote->venueTimeMs)
                                                                        : QVariant(QMetaType(QMetaType::LongLong)));
                          query.bindValue(p + 4, quote->receivedAtMs);
                      });
}

std::optional<StorageError> HistoryRepository::select(QSqlQuery &query, const QString &sql,
                                                      std::initializer_list<QVariant> values)
{
    // Forward only: the rows are read once, and SQLite then need not keep them all.
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return m_database.errorFrom(query.lastError());
    return std::nullopt;
}

std::optional<StorageError> HistoryRepository::rollUp(const QString &symbol, const QString &basis, qint64 minuteStart)
{
    QSqlQuery rows(m_database.connection());
    if (auto error = select(rows, QStringLiteral("SELECT rate, korea_price, foreign_price, fx_rate, stale, observed_at FROM premium "
                                                 "WHERE symbol = ? AND basis = ? AND observed_at >= ? AND observed_at < ? ORDER BY observed_at"),
                            {symbol, basis, minuteStart, minuteStart + MinuteMs}))
        return error;
    qint64 open = 0, high = 0, low = 0, close = 0, first = 0, last = 0;
    int count = 0, staleCount = 0;
    QVariant korea, foreign, fx;
    while (rows.next()) {
        const qint64 rate = rows.value(0).toLongLong();
        if (count == 0) {
            open = high = low = rate;
            first = rows.value(5).toLongLong();
        }
        high = std::max(high, rate);
        low = std::min(low, rate);
        close = rate;
        last = rows.value(5).toLongLong();
        korea = rows.value(1);
        foreign = rows.value(2);
        fx = rows.value(3);
        staleCount += rows.value(4).toInt() != 0 ? 1 : 0;
        ++count;
    }
    if (count == 0)
        return std::nullopt;
    QSqlQuery upsert(m_database.connection());
    upsert.prepare(m_database.dialect().upsert(
        QStringLiteral("premium_minute"),
        {QStringLiteral("symbol"), QStringLiteral("basis"), QStringLiteral("minute_start"), QStringLiteral("rate_open"),
         QStringLiteral("rate_high"), QStringLiteral("rate_low"), QStringLiteral("rate_close"), QStringLiteral("korea_price"),
         QStringLiteral("foreign_price"), QStringLiteral("fx_rate"), QStringLiteral("samples"), QStringLiteral("stale_samples"),
         QStringLiteral("first_observed_at"), QStringLiteral("last_observed_at")},
        {QStringLiteral("symbol"), QStringLiteral("basis"), QStringLiteral("minute_start")}));
    for (const QVariant &value : {QVariant(symbol), QVariant(basis), QVariant(minuteStart), QVariant(open), QVariant(high),
                                  QVariant(low), QVariant(close), korea, foreign, fx, QVariant(count), QVariant(staleCount),
                                  QVariant(first), QVariant(last)})
        upsert.addBindValue(value);
    if (!upsert.exec())
        return m_database.errorFrom(upsert.lastError());
    return std::nullopt;
}

std::optional<StorageError> HistoryRepository::loadRaw(const QString &symbol, PremiumBasis basis, qint64 fromMs, qint64 toMs,
                                                       PremiumSeries *out)
{
    QSqlQuery query(m_database.connection());
    if (auto error = select(query, QStringLiteral("SELECT observed_at, rate, stale FROM premium "
                                                  "WHERE symbol = ? AND basis = ? AND observed_at >= ? AND observed_at < ? ORDER BY observed_at"),
                            {symbol, premiumBasisId(basis), fromMs, toMs}))
        return error;
    out->reserve(out->size() + static_cast<std::size_t>(std::clamp<qint64>((toMs - fromMs) / 1000 + 1, 0, MaxReserve)));
    while (query.next())
        out->append(query.value(0).toLongLong(), displayRate(query.value(1).toLongLong()), query.value(2).toInt() != 0);
    if (query.lastError().isValid())
        return m_database.errorFrom(query.lastError());
    return std::nullopt;
}

std::optional<StorageError> HistoryRepository::loadMinutes(const QString &symbol, PremiumBasis basis, qint64 fromMs, qint64 toMs,
                                                           PremiumSeries *out)
{
    QSqlQuery query(m_database.connection());
    if (auto error = select(query, QStringLiteral("SELECT first_observed_at, last_observed_at, rate_open, rate_high, rate_low, rate_close, "
                                                  "stale_samples = samples FROM premium_minute "
                                                  "WHERE symbol = ? AND basis = ? AND minute_start >= ? AND minute_start < ? ORDER BY minute_start"),
                            {symbol, premiumBasisId(basis), minuteOf(fromMs), toMs}))
        return error;
    out->reserve(out->size() + static_cast<std::size_t>(std::clamp<qint64>((toMs - fromMs) / MinuteMs * 4 + 4, 0, MaxReserve)));
    while (query.next()) {
        const qint64 first = query.value(0).toLongLong();
        const qint64 last = query.value(1).toLongLong();
        const qint64 open = query.value(2).toLongLong();
        const qint64 high = query.value(3).toLongLong();
        const qint64 low = query.value(4).toLongLong();
        const qint64 close = query.value(5).toLongLong();
        const bool stale = query.value(6).toInt() != 0;
        // When in the minute the extremes happened is not kept; they are placed between open and
        // close in the order that makes the shortest path, which is all a line at this zoom shows.
        const qint64 third = (last - first) / 3;
        const bool rising = close >= open;
        out->append(first, displayRate(open), stale);
        out->append(first + third, displayRate(rising ? low : high), stale);
        out->append(first + 2 * third, displayRate(rising ? high : low), stale);
        out->append(last, displayRate(close), stale);
    }
    if (query.lastError().isValid())
        return m_database.errorFrom(query.lastError());
    return std::nullopt;
}

std::optional<StorageError> HistoryRepository::loadInputs(const QString &symbol, PremiumBasis basis, qint64 fromMs, qint64 toMs,
                                                          bool minutes, PremiumSeries *korea, PremiumSeries *foreignInKrw)
{
    QSqlQuery query(m_database.connection());
    const QString sql = minutes ? QStringLiteral("SELECT last_observed_at, korea_price, foreign_price, fx_rate, stale_samples = samples "
                                                 "FROM premium_minute WHERE symbol = ? AND basis = ? AND minute_start >= ? "
                                                 "AND minute_start < ? ORDER BY minute_start")
                                : QStringLiteral("SELECT observed_at, korea_price, foreign_price, fx_rate, stale FROM premium "
                                                 "WHERE symbol = ? AND basis = ? AND observed_at >= ? AND observed_at < ? ORDER BY observed_at");
    if (auto error = select(query, sql, {symbol, premiumBasisId(basis), minutes ? minuteOf(fromMs) : fromMs, toMs}))
        return error;
    while (query.next()) {
        // Display values: the exact ones are a hover away (loadSample).
        const qint64 time = query.value(0).toLongLong();
        const bool stale = query.value(4).toInt() != 0;
        korea->append(time, query.value(1).toString().toFloat(), stale);
        foreignInKrw->append(time, float(query.value(2).toString().toDouble() * query.value(3).toString().toDouble()), stale);
    }
    if (query.lastError().isValid())
        return m_database.errorFrom(query.lastError());
    return std::nullopt;
}

PremiumSample HistoryRepository::sampleFromRow(const QString &symbol, PremiumBasis basis, const QSqlQuery &query) const
{
    // Columns: observed_at, rate, korea_price, foreign_price, fx_rate, stale[, source]
    PremiumSample sample;
    sample.symbol = symbol;
    sample.basis = basis;
    sample.observedAtMs = query.value(0).toLongLong();
    sample.preciseRate = rateFromScaled(query.value(1).toLongLong());
    sample.rate = sample.preciseRate.roundedHalfUp(2);
    sample.korea.symbol = sample.foreign.symbol = symbol;
    sample.korea.price = decimalOrZero(query.value(2));
    sample.foreign.price = decimalOrZero(query.value(3));
    sample.fx.price = decimalOrZero(query.value(4));
    sample.stale = query.value(5).toInt() != 0;
    if (query.record().count() > 6)
        sample.source = query.value(6).toString();
    return sample;
}

std::optional<StorageError> HistoryRepository::loadSample(const QString &symbol, PremiumBasis basis, qint64 atMs,
                                                          qint64 toleranceMs, std::optional<PremiumSample> *out)
{
    out->reset();
    QSqlQuery query(m_database.connection());
    if (auto error = select(query, QStringLiteral("SELECT observed_at, rate, korea_price, foreign_price, fx_rate, stale, source FROM premium "
                                                  "WHERE symbol = ? AND basis = ? AND observed_at >= ? AND observed_at <= ? "
                                                  "ORDER BY ABS(observed_at - ?) LIMIT 1"),
                            {symbol, premiumBasisId(basis), atMs - toleranceMs, atMs + toleranceMs, atMs}))
        return error;
    if (query.next()) {
        *out = sampleFromRow(symbol, basis, query);
        return std::nullopt;
    }
    QSqlQuery minute(m_database.connection());
    if (auto error = select(minute, QStringLiteral("SELECT last_observed_at, rate_close, korea_price, foreign_price, fx_rate, "
                                                  "CASE WHEN stale_samples = samples THEN 1 ELSE 0 END FROM premium_minute "
                                                  "WHERE symbol = ? AND basis = ? AND minute_start = ?"),
                            {symbol, premiumBasisId(basis), minuteOf(atMs)}))
        return error;
    if (minute.next())
        *out = sampleFromRow(symbol, basis, minute);
    return std::nullopt;
}

std::optional<StorageError> HistoryRepository::loadSamples(const QString &symbol, PremiumBasis basis, qint64 fromMs, qint64 toMs,
                                                           std::vector<PremiumSample> *out)
{
    QSqlQuery query(m_database.connection());
    if (auto error = select(query, QStringLiteral("SELECT observed_at, rate, korea_price, foreign_price, fx_rate, stale, source FROM premium "
                                                  "WHERE symbol = ? AND basis = ? AND observed_at >= ? AND observed_at < ? ORDER BY observed_at"),
                            {symbol, premiumBasisId(basis), fromMs, toMs}))
        return error;
    while (query.next())
        out->push_back(sampleFromRow(symbol, basis, query));
    if (query.lastError().isValid())
        return m_database.errorFrom(query.lastError());
    return std::nullopt;
}

std::optional<StorageError> HistoryRepository::timeSpan(const QString &symbol, PremiumBasis basis, qint64 *firstMs, qint64 *lastMs)
{
    *firstMs = 0;
    *lastMs = 0;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT MIN(first_observed_at), MAX(last_observed_at) FROM premium_minute WHERE symbol = ? AND basis = ? "
                                 "UNION ALL SELECT MIN(observed_at), MAX(observed_at) FROM premium WHERE symbol = ? AND basis = ?"));
    for (int i = 0; i < 2; ++i) {
        query.addBindValue(symbol);
        query.addBindValue(premiumBasisId(basis));
    }
    if (!query.exec())
        return m_database.errorFrom(query.lastError());
    while (query.next()) {
        if (query.value(0).isNull())
            continue;
        const qint64 first = query.value(0).toLongLong();
        const qint64 last = query.value(1).toLongLong();
        *firstMs = *firstMs == 0 ? first : std::min(*firstMs, first);
        *lastMs = std::max(*lastMs, last);
    }
    return std::nullopt;
}

std::optional<StorageError> HistoryRepository::pruneRawBefore(qint64 cutoffMs, qint64 *deletedRows)
{
    qint64 deleted = 0;
    for (const QString &table : {QStringLiteral("premium"), QStringLiteral("ticker")}) {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("DELETE FROM ") + table + QStringLiteral(" WHERE observed_at < ?"));
        query.addBindValue(cutoffMs);
        if (!query.exec())
            return m_database.errorFrom(query.lastError());
        deleted += query.numRowsAffected();
    }
    if (deletedRows)
        *deletedRows = deleted;
    return std::nullopt;
}
