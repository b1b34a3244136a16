#include "seriesdecimator.h"

#include <algorithm>
#include <array>
#include <limits>

namespace {

qint64 floorDiv(qint64 value, qint64 divisor)
{
    const qint64 quotient = value / divisor;
    return (value % divisor != 0 && (value < 0) != (divisor < 0)) ? quotient - 1 : quotient;
}

} // namespace

void SeriesDecimator::setView(const PremiumSeries &series, qint64 fromMs, qint64 toMs, int widthPx)
{
    m_fromMs = fromMs;
    m_toMs = std::max(toMs, fromMs + 1);
    const qint64 span = m_toMs - m_fromMs;
    const qint64 columns = std::max(1, widthPx - 1);
    // One less column than pixels: an unaligned view then still spans at most widthPx columns.
    m_columnMs = std::max<qint64>(1, (span + columns - 1) / columns);
    m_firstColumn = floorDiv(m_fromMs, m_columnMs);
    const qint64 lastColumn = floorDiv(m_toMs - 1, m_columnMs);
    m_columns.assign(static_cast<std::size_t>(lastColumn - m_firstColumn + 1), Column());
    m_foldedUntilMs = std::numeric_limits<qint64>::min();
    foldFrom(series, firstColumnStart() - 1);
}

void SeriesDecimator::slideTo(const PremiumSeries &series, qint64 toMs)
{
    const qint64 span = m_toMs - m_fromMs;
    m_toMs = toMs;
    m_fromMs = toMs - span;
    const qint64 newFirst = floorDiv(m_fromMs, m_columnMs);
    const qint64 newLast = floorDiv(m_toMs - 1, m_columnMs);
    const qint64 shift = newFirst - m_firstColumn;
    if (shift >= static_cast<qint64>(m_columns.size()) || shift < 0) {
        m_firstColumn = newFirst;
        m_columns.assign(static_cast<std::size_t>(newLast - newFirst + 1), Column());
        m_foldedUntilMs = std::numeric_limits<qint64>::min();
        foldFrom(series, firstColumnStart() - 1);
        return;
    }
    m_columns.erase(m_columns.begin(), m_columns.begin() + shift);
    m_firstColumn = newFirst;
    m_columns.resize(static_cast<std::size_t>(newLast - newFirst + 1));
    update(series);
}

void SeriesDecimator::update(const PremiumSeries &series)
{
    foldFrom(series, std::max(m_foldedUntilMs, firstColumnStart() - 1));
}

void SeriesDecimator::setGapMs(qint64 gapMs)
{
    m_gapMs = gapMs;
}

void SeriesDecimator::foldFrom(const PremiumSeries &series, qint64 afterMs)
{
    std::size_t i = series.lowerBound(afterMs + 1);
    const std::size_t n = series.size();
    // Column by column, so that finding a point's column is a comparison, not a division: this
    // loop is what decides whether a month of seconds decimates within the frame budget.
    for (std::size_t c = static_cast<std::size_t>(std::max<qint64>(0, floorDiv(afterMs + 1, m_columnMs) - m_firstColumn));
         c < m_columns.size() && i < n; ++c) {
        const qint64 end = std::min((m_firstColumn + static_cast<qint64>(c) + 1) * m_columnMs, m_toMs);
        Column &column = m_columns[c];
        while (i < n) {
            const qint64 t = series.timeAt(i);
            if (t >= end)
                break;
            const float v = series.rateAt(i);
            if (column.count == 0) {
                column.firstMs = column.minMs = column.maxMs = t;
                column.first = column.min = column.max = v;
            } else if (v < column.min) {
                column.min = v;
                column.minMs = t;
            } else if (v > column.max) {
                column.max = v;
                column.maxMs = t;
            }
            column.last = v;
            column.lastMs = t;
            ++column.count;
            column.staleCount += series.staleAt(i) ? 1 : 0;
            m_foldedUntilMs = t;
            ++i;
        }
    }
}

DecimatedSeries SeriesDecimator::result() const
{
    DecimatedSeries out;
    out.points.reserve(m_columns.size() * 4);
    const qint64 gap = std::max(m_gapMs, 2 * m_columnMs);
    const Column *previous = nullptr;
    bool previousStale = false;
    for (const Column &column : m_columns) {
        if (column.count == 0)
            continue;
        const bool stale = column.staleCount == column.count;
        if (!previous || stale != previousStale || column.firstMs - previous->lastMs > gap) {
            if (!out.runs.empty())
                out.runs.back().end = out.points.size();
            out.runs.push_back({out.points.size(), out.points.size(), stale});
        }
        std::array<std::pair<qint64, float>, 4> corners{{{column.firstMs, column.first},
                                                         {column.minMs, column.min},
                                                         {column.maxMs, column.max},
                                                         {column.lastMs, column.last}}};
        std::sort(corners.begin(), corners.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        qint64 lastEmitted = std::numeric_limits<qint64>::min();
        for (const auto &[t, v] : corners) {
            if (t == lastEmitted)
                continue;
            out.points.emplace_back(static_cast<qreal>(t), static_cast<qreal>(v));
            lastEmitted = t;
        }
        previous = &column;
        previousStale = stale;
    }
    if (!out.runs.empty())
        out.runs.back().end = out.points.size();
    return out;
}

DecimatedSeries SeriesDecimator::decimate(const PremiumSeries &series, qint64 fromMs, qint64 toMs, int widthPx, qint64 gapMs)
{
    SeriesDecimator decimator;
    decimator.setGapMs(gapMs);
    decimator.setView(series, fromMs, toMs, widthPx);
    return decimator.result();
}
