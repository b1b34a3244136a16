#include "historyrepository.h"

#include "database.h"
#include "minuterollup.h"
#include "premiumminute.h"

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

// The WHERE clause of one series, and its values in order.
const QString SeriesWhere = QStringLiteral("coin = ? AND korea_venue = ? AND foreign_venue = ? AND basis = ?");

// What sampleFromRow reads, from a raw row and from a rollup (its close).
const QString RawSampleColumns
    = QStringLiteral("observed_at, rate, korea_price, foreign_price, fx_rate, stale, source, entry_rate, exit_rate");
const QString MinuteCloseColumns = QStringLiteral("last_observed_at, rate_close, korea_price, foreign_price, fx_rate, "
                                                  "CASE WHEN stale_samples = samples THEN 1 ELSE 0 END");

QVariantList seriesValues(const HistoryKey &key)
{
    return { key.coin, key.pair.korea, key.pair.foreign, premiumBasisId(key.basis) };
}

QVariant nullableRate(const std::optional<Decimal> &rate)
{
    return rate ? QVariant(HistoryRepository::scaledRate(*rate)) : QVariant(QMetaType(QMetaType::LongLong));
}

std::optional<Decimal> optionalRate(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return HistoryRepository::rateFromScaled(value.toLongLong());
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

std::optional<StorageError> HistoryRepository::insert(const std::vector<PremiumSample> &samples,
                                                      const std::vector<PremiumMinute> &minutes)
{
    if (samples.empty() && minutes.empty())
        return std::nullopt;
    // What was written is only known once the transaction commits.
    const QHash<QString, qint64> lastTickerMs = m_lastTickerMs;
    auto result = m_database.inTransaction([&]() -> std::optional<StorageError> {
        const QStringList premiumColumns { QStringLiteral("coin"),          QStringLiteral("korea_venue"),
                                           QStringLiteral("foreign_venue"), QStringLiteral("basis"),
                                           QStringLiteral("rate"),          QStringLiteral("entry_rate"),
                                           QStringLiteral("exit_rate"),     QStringLiteral("korea_price"),
                                           QStringLiteral("foreign_price"), QStringLiteral("fx_rate"),
                                           QStringLiteral("stale"),         QStringLiteral("observed_at"),
                                           QStringLiteral("source") };
        auto error
            = upsertRows(m_database, QStringLiteral("premium"), premiumColumns,
                         { QStringLiteral("coin"), QStringLiteral("korea_venue"), QStringLiteral("foreign_venue"),
                           QStringLiteral("basis"), QStringLiteral("observed_at") },
                         samples.size(), [&](QSqlQuery &query, std::size_t row, int p) {
                             const PremiumSample &sample = samples[row];
                             query.bindValue(p, sample.symbol);
                             query.bindValue(p + 1, sample.pair.korea);
                             query.bindValue(p + 2, sample.pair.foreign);
                             query.bindValue(p + 3, premiumBasisId(sample.basis));
                             query.bindValue(p + 4, scaledRate(sample.preciseRate));
                             query.bindValue(p + 5, nullableRate(sample.entryRate));
                             query.bindValue(p + 6, nullableRate(sample.exitRate));
                             query.bindValue(p + 7, sample.korea.price.toString());
                             query.bindValue(p + 8, sample.foreign.price.toString());
                             query.bindValue(p + 9, sample.fx.price.toString());
                             query.bindValue(p + 10, sample.stale ? 1 : 0);
                             query.bindValue(p + 11, sample.observedAtMs);
                             query.bindValue(p + 12, sample.source);
                         });
        if (error)
            return error;
        if ((error = insertTickers(samples)))
            return error;
        return insertMinutes(minutes);
    });
    if (result)
        m_lastTickerMs = lastTickerMs;
    return result;
}

std::optional<StorageError> HistoryRepository::insertMinutes(const std::vector<PremiumMinute> &minutes)
{
    return upsertRows(m_database, QStringLiteral("premium_minute"),
                      { QStringLiteral("coin"), QStringLiteral("korea_venue"), QStringLiteral("foreign_venue"),
                        QStringLiteral("basis"), QStringLiteral("minute_start"), QStringLiteral("rate_open"),
                        QStringLiteral("rate_high"), QStringLiteral("rate_low"), QStringLiteral("rate_close"),
                        QStringLiteral("korea_price"), QStringLiteral("foreign_price"), QStringLiteral("fx_rate"),
                        QStringLiteral("samples"), QStringLiteral("stale_samples"), QStringLiteral("first_observed_at"),
                        QStringLiteral("last_observed_at") },
                      { QStringLiteral("coin"), QStringLiteral("korea_venue"), QStringLiteral("foreign_venue"),
                        QStringLiteral("basis"), QStringLiteral("minute_start") },
                      minutes.size(), [&](QSqlQuery &query, std::size_t row, int p) {
                          const PremiumMinute &minute = minutes[row];
                          query.bindValue(p, minute.key.coin);
                          query.bindValue(p + 1, minute.key.pair.korea);
                          query.bindValue(p + 2, minute.key.pair.foreign);
                          query.bindValue(p + 3, premiumBasisId(minute.key.basis));
                          query.bindValue(p + 4, minute.minuteStart);
                          query.bindValue(p + 5, minute.rateOpen);
                          query.bindValue(p + 6, minute.rateHigh);
                          query.bindValue(p + 7, minute.rateLow);
                          query.bindValue(p + 8, minute.rateClose);
                          query.bindValue(p + 9, minute.koreaPrice.toString());
                          query.bindValue(p + 10, minute.foreignPrice.toString());
                          query.bindValue(p + 11, minute.fx.toString());
                          query.bindValue(p + 12, minute.samples);
                          query.bindValue(p + 13, minute.staleSamples);
                          query.bindValue(p + 14, minute.firstObservedAtMs);
                          query.bindValue(p + 15, minute.lastObservedAtMs);
                      });
}

std::optional<StorageError> HistoryRepository::insertTickers(const std::vector<PremiumSample> &samples)
{
    // Each quote once: the FX quote, for one, stays the same under ten minutes of samples.
    std::vector<const Quote *> quotes;
    for (const PremiumSample &sample : samples) {
        for (const Quote *quote : { &sample.korea, &sample.foreign, &sample.fx }) {
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
                      { QStringLiteral("venue"), QStringLiteral("symbol"), QStringLiteral("price"),
                        QStringLiteral("venue_time"), QStringLiteral("observed_at") },
                      { QStringLiteral("observed_at"), QStringLiteral("venue"), QStringLiteral("symbol") },
                      quotes.size(), [&](QSqlQuery &query, std::size_t row, int p) {
                          const Quote *quote = quotes[row];
                          query.bindValue(p, quote->venue);
                          query.bindValue(p + 1, quote->symbol);
                          query.bindValue(p + 2, quote->price.toString());
                          query.bindValue(p + 3,
                                          quote->venueTimeMs > 0 ? QVariant(quote->venueTimeMs)
                                                                 : QVariant(QMetaType(QMetaType::LongLong)));
                          query.bindValue(p + 4, quote->receivedAtMs);
                      });
}

std::optional<StorageError> HistoryRepository::select(QSqlQuery &query, const QString &sql, const QVariantList &values)
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

std::optional<StorageError> HistoryRepository::loadRaw(const HistoryKey &key, qint64 fromMs, qint64 toMs,
                                                       PremiumSeries *out)
{
    QSqlQuery query(m_database.connection());
    if (auto error = select(query,
                            QStringLiteral("SELECT observed_at, rate, stale FROM premium WHERE ") + SeriesWhere
                                + QStringLiteral(" AND observed_at >= ? AND observed_at < ? ORDER BY observed_at"),
                            seriesValues(key) + QVariantList { fromMs, toMs }))
        return error;
    out->reserve(out->size() + static_cast<std::size_t>(std::clamp<qint64>((toMs - fromMs) / 1000 + 1, 0, MaxReserve)));
    while (query.next())
        out->append(query.value(0).toLongLong(), displayRate(query.value(1).toLongLong()), query.value(2).toInt() != 0);
    if (query.lastError().isValid())
        return m_database.errorFrom(query.lastError());
    return std::nullopt;
}

std::optional<StorageError> HistoryRepository::loadMinutes(const HistoryKey &key, qint64 fromMs, qint64 toMs,
                                                           PremiumSeries *out)
{
    QSqlQuery query(m_database.connection());
    if (auto error = select(
            query,
            QStringLiteral("SELECT first_observed_at, last_observed_at, rate_open, rate_high, rate_low, rate_close, "
                           "samples, stale_samples FROM premium_minute WHERE ")
                + SeriesWhere + QStringLiteral(" AND minute_start >= ? AND minute_start < ? ORDER BY minute_start"),
            seriesValues(key) + QVariantList { minuteOf(fromMs), toMs }))
        return error;
    out->reserve(out->size()
                 + static_cast<std::size_t>(std::clamp<qint64>((toMs - fromMs) / MinuteMs * 4 + 4, 0, MaxReserve)));
    while (query.next()) {
        PremiumMinute minute;
        minute.firstObservedAtMs = query.value(0).toLongLong();
        minute.lastObservedAtMs = query.value(1).toLongLong();
        minute.rateOpen = query.value(2).toLongLong();
        minute.rateHigh = query.value(3).toLongLong();
        minute.rateLow = query.value(4).toLongLong();
        minute.rateClose = query.value(5).toLongLong();
        minute.samples = query.value(6).toInt();
        minute.staleSamples = query.value(7).toInt();
        appendMinute(minute, out);
    }
    if (query.lastError().isValid())
        return m_database.errorFrom(query.lastError());
    return std::nullopt;
}

void HistoryRepository::appendMinute(const PremiumMinute &minute, PremiumSeries *out)
{
    // When in the minute the extremes happened is not kept; they are placed between open and
    // close in the order that makes the shortest path, which is all a line at this zoom shows.
    const qint64 first = minute.firstObservedAtMs;
    const qint64 last = minute.lastObservedAtMs;
    const qint64 third = (last - first) / 3;
    const bool rising = minute.rateClose >= minute.rateOpen;
    const bool stale = minute.staleSamples == minute.samples;
    out->append(first, displayRate(minute.rateOpen), stale);
    out->append(first + third, displayRate(rising ? minute.rateLow : minute.rateHigh), stale);
    out->append(first + 2 * third, displayRate(rising ? minute.rateHigh : minute.rateLow), stale);
    out->append(last, displayRate(minute.rateClose), stale);
}

std::optional<StorageError> HistoryRepository::loadInputs(const HistoryKey &key, qint64 fromMs, qint64 toMs,
                                                          bool minutes, PremiumSeries *korea,
                                                          PremiumSeries *foreignInKrw)
{
    QSqlQuery query(m_database.connection());
    const QString sql = minutes
        ? QStringLiteral("SELECT last_observed_at, korea_price, foreign_price, fx_rate, stale_samples = samples "
                         "FROM premium_minute WHERE ")
            + SeriesWhere + QStringLiteral(" AND minute_start >= ? AND minute_start < ? ORDER BY minute_start")
        : QStringLiteral("SELECT observed_at, korea_price, foreign_price, fx_rate, stale FROM premium WHERE ")
            + SeriesWhere + QStringLiteral(" AND observed_at >= ? AND observed_at < ? ORDER BY observed_at");
    if (auto error = select(query, sql, seriesValues(key) + QVariantList { minutes ? minuteOf(fromMs) : fromMs, toMs }))
        return error;
    while (query.next()) {
        // Display values: the exact ones are a hover away (loadSample).
        const qint64 time = query.value(0).toLongLong();
        const bool stale = query.value(4).toInt() != 0;
        korea->append(time, query.value(1).toString().toFloat(), stale);
        foreignInKrw->append(time, float(query.value(2).toString().toDouble() * query.value(3).toString().toDouble()),
                             stale);
    }
    if (query.lastError().isValid())
        return m_database.errorFrom(query.lastError());
    return std::nullopt;
}

PremiumSample HistoryRepository::sampleFromRow(const HistoryKey &key, const QSqlQuery &query) const
{
    // Columns: observed_at, rate, korea_price, foreign_price, fx_rate, stale[, source, entry_rate, exit_rate]
    PremiumSample sample;
    sample.symbol = key.coin;
    sample.pair = key.pair;
    sample.basis = key.basis;
    sample.observedAtMs = query.value(0).toLongLong();
    sample.preciseRate = rateFromScaled(query.value(1).toLongLong());
    sample.rate = sample.preciseRate.roundedHalfUp(2);
    sample.korea.symbol = sample.foreign.symbol = key.coin;
    sample.korea.venue = key.pair.korea;
    sample.foreign.venue = key.pair.foreign;
    sample.korea.price = decimalOrZero(query.value(2));
    sample.foreign.price = decimalOrZero(query.value(3));
    sample.fx.price = decimalOrZero(query.value(4));
    sample.stale = query.value(5).toInt() != 0;
    if (query.record().count() > 6) {
        sample.source = query.value(6).toString();
        sample.entryRate = optionalRate(query.value(7));
        sample.exitRate = optionalRate(query.value(8));
    }
    return sample;
}

std::optional<StorageError> HistoryRepository::loadSample(const HistoryKey &key, qint64 atMs, qint64 toleranceMs,
                                                          std::optional<PremiumSample> *out)
{
    out->reset();
    QSqlQuery query(m_database.connection());
    if (auto error = select(
            query,
            QStringLiteral("SELECT ") + RawSampleColumns + QStringLiteral(" FROM premium WHERE ") + SeriesWhere
                + QStringLiteral(" AND observed_at >= ? AND observed_at <= ? ORDER BY ABS(observed_at - ?) LIMIT 1"),
            seriesValues(key) + QVariantList { atMs - toleranceMs, atMs + toleranceMs, atMs }))
        return error;
    if (query.next()) {
        *out = sampleFromRow(key, query);
        return std::nullopt;
    }
    QSqlQuery minute(m_database.connection());
    if (auto error
        = select(minute,
                 QStringLiteral("SELECT ") + MinuteCloseColumns + QStringLiteral(" FROM premium_minute WHERE ")
                     + SeriesWhere + QStringLiteral(" AND minute_start = ?"),
                 seriesValues(key) + QVariantList { minuteOf(atMs) }))
        return error;
    if (minute.next())
        *out = sampleFromRow(key, minute);
    return std::nullopt;
}

std::optional<StorageError> HistoryRepository::loadSamples(const HistoryKey &key, qint64 fromMs, qint64 toMs,
                                                           std::vector<PremiumSample> *out)
{
    QSqlQuery query(m_database.connection());
    if (auto error
        = select(query,
                 QStringLiteral("SELECT ") + RawSampleColumns + QStringLiteral(" FROM premium WHERE ") + SeriesWhere
                     + QStringLiteral(" AND observed_at >= ? AND observed_at < ? ORDER BY observed_at"),
                 seriesValues(key) + QVariantList { fromMs, toMs }))
        return error;
    while (query.next())
        out->push_back(sampleFromRow(key, query));
    if (query.lastError().isValid())
        return m_database.errorFrom(query.lastError());
    return std::nullopt;
}

std::optional<StorageError> HistoryRepository::loadMinuteCloses(const HistoryKey &key, qint64 fromMs, qint64 toMs,
                                                                std::vector<PremiumSample> *out)
{
    QSqlQuery query(m_database.connection());
    if (auto error = select(query,
                            QStringLiteral("SELECT ") + MinuteCloseColumns
                                + QStringLiteral(" FROM premium_minute WHERE ") + SeriesWhere
                                + QStringLiteral(" AND minute_start >= ? AND minute_start < ? ORDER BY minute_start"),
                            seriesValues(key) + QVariantList { minuteOf(fromMs), toMs }))
        return error;
    while (query.next()) {
        PremiumSample sample = sampleFromRow(key, query);
        if (sample.observedAtMs >= fromMs && sample.observedAtMs < toMs)
            out->push_back(std::move(sample));
    }
    if (query.lastError().isValid())
        return m_database.errorFrom(query.lastError());
    return std::nullopt;
}

std::optional<StorageError> HistoryRepository::loadMinute(const HistoryKey &key, qint64 minuteStart,
                                                          std::optional<PremiumMinute> *out)
{
    out->reset();
    QSqlQuery query(m_database.connection());
    if (auto error = select(
            query,
            QStringLiteral("SELECT rate_open, rate_high, rate_low, rate_close, korea_price, foreign_price, fx_rate, "
                           "samples, stale_samples, first_observed_at, last_observed_at FROM premium_minute WHERE ")
                + SeriesWhere + QStringLiteral(" AND minute_start = ?"),
            seriesValues(key) + QVariantList { minuteStart }))
        return error;
    if (query.next())
        *out = PremiumMinute { key,
                               minuteStart,
                               query.value(0).toLongLong(),
                               query.value(1).toLongLong(),
                               query.value(2).toLongLong(),
                               query.value(3).toLongLong(),
                               decimalOrZero(query.value(4)),
                               decimalOrZero(query.value(5)),
                               decimalOrZero(query.value(6)),
                               query.value(7).toInt(),
                               query.value(8).toInt(),
                               query.value(9).toLongLong(),
                               query.value(10).toLongLong() };
    else if (query.lastError().isValid())
        return m_database.errorFrom(query.lastError());
    std::vector<PremiumSample> raw;
    if (auto error = loadSamples(key, minuteStart, minuteStart + MinuteMs, &raw))
        return error;
    if (raw.size() > std::size_t(*out ? (*out)->samples : 0)) {
        MinuteRollup rollup;
        for (const PremiumSample &sample : raw)
            rollup.add(sample);
        *out = rollup.takeAll().front();
    }
    return std::nullopt;
}

std::optional<StorageError> HistoryRepository::timeSpan(const HistoryKey &key, qint64 *firstMs, qint64 *lastMs)
{
    *firstMs = 0;
    *lastMs = 0;
    // One aggregate per subquery: that is what lets both SQLite and InnoDB read a MIN or MAX off
    // one end of the series' index instead of visiting every row of the series (or the table).
    const QString rawWhere = QStringLiteral(" FROM premium WHERE ") + SeriesWhere + u')';
    const QString minuteWhere
        = QStringLiteral(" FROM premium_minute WHERE ") + SeriesWhere + QStringLiteral(" ORDER BY minute_start");
    QSqlQuery query(m_database.connection());
    if (auto error = select(query,
                            QStringLiteral("SELECT (SELECT MIN(observed_at)") + rawWhere
                                + QStringLiteral(", (SELECT MAX(observed_at)") + rawWhere
                                + QStringLiteral(", (SELECT first_observed_at") + minuteWhere
                                + QStringLiteral(" LIMIT 1), (SELECT last_observed_at") + minuteWhere
                                + QStringLiteral(" DESC LIMIT 1)"),
                            seriesValues(key) + seriesValues(key) + seriesValues(key) + seriesValues(key)))
        return error;
    if (!query.next())
        return query.lastError().isValid() ? std::optional(m_database.errorFrom(query.lastError())) : std::nullopt;
    for (int column : { 0, 2 }) {
        if (query.value(column).isNull())
            continue;
        const qint64 first = query.value(column).toLongLong();
        const qint64 last = query.value(column + 1).toLongLong();
        *firstMs = *firstMs == 0 ? first : std::min(*firstMs, first);
        *lastMs = std::max(*lastMs, last);
    }
    return std::nullopt;
}

std::optional<StorageError> HistoryRepository::pruneRawBefore(qint64 cutoffMs, qint64 *deletedRows)
{
    qint64 deleted = 0;
    for (const QString &table : { QStringLiteral("premium"), QStringLiteral("ticker") }) {
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
