#pragma once

#include "decimatedseries.h"
#include "premiumseries.h"

#include <vector>

// Min/max decimation per pixel column (M4): for every column the first, lowest, highest and last
// point, in time order. The drawn line touches every extreme of the raw data, so a one-second
// spike stays visible at any zoom, and a chart never gets more than 4 × width points.
//
// Columns are aligned to multiples of their duration since the epoch, so when the view follows
// the live edge, sliding it keeps every column but the newest: a tick folds one point into one
// column and the cost per tick does not grow with the history. Rebuilding the output is
// O(columns).
class SeriesDecimator final
{
public:
    static constexpr qint64 DefaultGapMs = 5000;

    // Recomputes all columns of [fromMs, toMs) for a plot `widthPx` columns wide.
    void setView(const PremiumSeries &series, qint64 fromMs, qint64 toMs, int widthPx);
    // Moves the view to end at `toMs`, same span and columns: columns that scroll out are dropped,
    // new ones computed.
    void slideTo(const PremiumSeries &series, qint64 toMs);
    // Folds in the points appended to the series since the last call.
    void update(const PremiumSeries &series);
    // Two neighbouring points further apart than this (or than two columns) are not joined.
    void setGapMs(qint64 gapMs);

    qint64 fromMs() const { return m_fromMs; }
    qint64 toMs() const { return m_toMs; }
    qint64 columnMs() const { return m_columnMs; }
    std::size_t columnCount() const { return m_columns.size(); }

    DecimatedSeries result() const;

    // The whole computation in one call, for a view that is drawn once.
    static DecimatedSeries decimate(const PremiumSeries &series, qint64 fromMs, qint64 toMs, int widthPx,
                                    qint64 gapMs = DefaultGapMs);

private:
    struct Column
    {
        qint64 firstMs = 0, lastMs = 0, minMs = 0, maxMs = 0;
        float first = 0, last = 0, min = 0, max = 0;
        quint32 count = 0;
        quint32 staleCount = 0;
    };

    void foldFrom(const PremiumSeries &series, qint64 afterMs);
    qint64 firstColumnStart() const { return m_firstColumn * m_columnMs; }

    std::vector<Column> m_columns;
    qint64 m_firstColumn = 0;  // index of m_columns[0] counted from the epoch
    qint64 m_columnMs = 1;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    qint64 m_foldedUntilMs = 0;  // every point at or before this time is in a column
    qint64 m_gapMs = DefaultGapMs;
};
