#pragma once

#include <QMetaType>

#include <cstddef>
#include <memory>
#include <vector>

// A premium time series held compactly for drawing: 13 bytes a point (time in epoch ms, the rate
// in percent as a float, a stale flag), side by side in three arrays. The float is for display
// only: exact values stay in the database and are read back for the crosshair and exports.
//
// Points are in time order. Dropping old points only moves a start offset; the arrays are
// compacted when that offset passes half their length, so trimming costs O(1) amortised.
class PremiumSeries final
{
public:
    struct Point
    {
        qint64 timeMs = 0;
        float rate = 0;
        bool stale = false;
    };

    void reserve(std::size_t count);
    // False (and nothing stored) for a point not newer than the last one: the x axis is time, and
    // one moment has one value.
    bool append(qint64 timeMs, float rate, bool stale);
    // Puts `older` in front, keeping only its points before this series' first point. For history
    // loaded from the database while live points were already arriving.
    void prepend(const PremiumSeries &older);
    void removeBefore(qint64 timeMs);
    void clear();

    std::size_t size() const { return m_times.size() - m_begin; }
    bool isEmpty() const { return size() == 0; }
    qint64 timeAt(std::size_t index) const { return m_times[m_begin + index]; }
    float rateAt(std::size_t index) const { return m_rates[m_begin + index]; }
    bool staleAt(std::size_t index) const { return m_stale[m_begin + index] != 0; }
    Point at(std::size_t index) const { return {timeAt(index), rateAt(index), staleAt(index)}; }
    qint64 firstTimeMs() const { return timeAt(0); }
    qint64 lastTimeMs() const { return timeAt(size() - 1); }
    // Index of the first point at or after `timeMs` (size() when none).
    std::size_t lowerBound(qint64 timeMs) const;

    // Heap bytes held (capacity, not size): what the memory goal is measured against.
    std::size_t memoryBytes() const;
    static constexpr std::size_t BytesPerPoint = sizeof(qint64) + sizeof(float) + sizeof(quint8);

private:
    void compact();

    std::vector<qint64> m_times;
    std::vector<float> m_rates;
    std::vector<quint8> m_stale;
    std::size_t m_begin = 0;
};

using SharedPremiumSeries = std::shared_ptr<const PremiumSeries>;

Q_DECLARE_METATYPE(SharedPremiumSeries)
