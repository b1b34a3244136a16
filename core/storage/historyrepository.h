#pragma once

#include "historykey.h"
#include "premium/premiumsample.h"
#include "premiumminute.h"
#include "premiumseries.h"
#include "storageerror.h"

#include <QHash>
#include <QVariant>

#include <optional>
#include <vector>

class QSqlQuery;

class Database;

// The SQL of the premium history: raw rows (`premium`, and each distinct input quote in
// `ticker`), one-minute rollups (`premium_minute`, made by MinuteRollup), and the reads the chart
// needs, each for one series (HistoryKey: a coin on a venue pair, on one basis). Works on one
// Database and so on that Database's thread.
//
// Rates are stored as integers of 10^-8 percent (the calculator's precise rate is exactly that);
// prices and FX as the exact decimal text. Times are epoch milliseconds, UTC.
class HistoryRepository final
{
    Q_DISABLE_COPY_MOVE(HistoryRepository)

public:
    static constexpr int RateScale = 8;
    static constexpr qint64 MinuteMs = 60'000;

    explicit HistoryRepository(Database &database);

    // Writes the samples and the minute rollups, all in one transaction. Writing a row twice leaves
    // one row: a batch whose commit was in doubt can simply be sent again.
    std::optional<StorageError> insert(const std::vector<PremiumSample> &samples,
                                       const std::vector<PremiumMinute> &minutes = {});

    // Raw rows in [fromMs, toMs), as display points.
    std::optional<StorageError> loadRaw(const HistoryKey &key, qint64 fromMs, qint64 toMs, PremiumSeries *out);
    // Rollups of [fromMs, toMs): each minute as its open, high, low and close.
    std::optional<StorageError> loadMinutes(const HistoryKey &key, qint64 fromMs, qint64 toMs, PremiumSeries *out);
    // The inputs of [fromMs, toMs) for drawing next to the premium: the Korean price and the
    // foreign price in KRW (foreign × FX), from raw rows or, with `minutes`, from the rollups'
    // last inputs of each minute.
    std::optional<StorageError> loadInputs(const HistoryKey &key, qint64 fromMs, qint64 toMs, bool minutes,
                                           PremiumSeries *korea, PremiumSeries *foreignInKrw);
    // The stored row nearest to `atMs` within `toleranceMs` (exact values); the minute rollup
    // covering it when the raw row is gone. Empty when nothing is stored there.
    std::optional<StorageError> loadSample(const HistoryKey &key, qint64 atMs, qint64 toleranceMs,
                                           std::optional<PremiumSample> *out);
    // Every raw row of [fromMs, toMs), exact, oldest first.
    std::optional<StorageError> loadSamples(const HistoryKey &key, qint64 fromMs, qint64 toMs,
                                            std::vector<PremiumSample> *out);
    // The last sample of each minute of [fromMs, toMs) as its rollup kept it (exact), oldest first:
    // the history of a coin that has no raw rows.
    std::optional<StorageError> loadMinuteCloses(const HistoryKey &key, qint64 fromMs, qint64 toMs,
                                                 std::vector<PremiumSample> *out);
    // One minute as stored so far: its rollup or, when the minute's raw rows hold more samples (a
    // run killed before it wrote the minute), the minute rolled up again from those rows.
    std::optional<StorageError> loadMinute(const HistoryKey &key, qint64 minuteStart,
                                           std::optional<PremiumMinute> *out);
    // First and last observation times of raw rows and rollups together; empty history: both 0.
    // Four lookups at the ends of the series' keys, whatever the size of the tables.
    std::optional<StorageError> timeSpan(const HistoryKey &key, qint64 *firstMs, qint64 *lastMs);
    // Deletes raw premium and ticker rows older than `cutoffMs`; the rollups stay for ever.
    std::optional<StorageError> pruneRawBefore(qint64 cutoffMs, qint64 *deletedRows = nullptr);

    static qint64 scaledRate(const Decimal &rate);
    static Decimal rateFromScaled(qint64 scaled);
    static qint64 minuteOf(qint64 timeMs);
    // Draws a minute as four points: open, the two extremes, close.
    static void appendMinute(const PremiumMinute &minute, PremiumSeries *out);

private:
    // Runs a SELECT with `values` bound in order.
    std::optional<StorageError> select(QSqlQuery &query, const QString &sql, const QVariantList &values);
    std::optional<StorageError> insertTickers(const std::vector<PremiumSample> &samples);
    std::optional<StorageError> insertMinutes(const std::vector<PremiumMinute> &minutes);
    PremiumSample sampleFromRow(const HistoryKey &key, const QSqlQuery &query) const;

    Database &m_database;
    QHash<QString, qint64> m_lastTickerMs; // "venue/symbol" -> receive time last written
};
