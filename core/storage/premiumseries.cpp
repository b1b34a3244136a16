#include "premiumseries.h"

#include <algorithm>

void PremiumSeries::reserve(std::size_t count)
{
    m_times.reserve(m_begin + count);
    m_rates.reserve(m_begin + count);
    m_stale.reserve(m_begin + count);
}

bool PremiumSeries::append(qint64 timeMs, float rate, bool stale)
{
    if (!isEmpty() && timeMs <= lastTimeMs())
        return false;
    if (m_times.size() == m_times.capacity()) {
        // Growing by an eighth instead of doubling keeps spare capacity, and so the bytes per
        // point, within the memory goal; the copy happens rarely enough not to matter.
        compact();
        reserve(size() + std::max<std::size_t>(size() / 8, 4096));
    }
    m_times.push_back(timeMs);
    m_rates.push_back(rate);
    m_stale.push_back(stale ? 1 : 0);
    return true;
}

void PremiumSeries::prepend(const PremiumSeries &older)
{
    const std::size_t keep = isEmpty() ? older.size() : older.lowerBound(firstTimeMs());
    if (keep == 0)
        return;
    compact();
    const auto first = static_cast<std::ptrdiff_t>(older.m_begin);
    const auto last = first + static_cast<std::ptrdiff_t>(keep);
    m_times.insert(m_times.begin(), older.m_times.begin() + first, older.m_times.begin() + last);
    m_rates.insert(m_rates.begin(), older.m_rates.begin() + first, older.m_rates.begin() + last);
    m_stale.insert(m_stale.begin(), older.m_stale.begin() + first, older.m_stale.begin() + last);
}

void PremiumSeries::removeBefore(qint64 timeMs)
{
    m_begin += lowerBound(timeMs);
    if (m_begin > m_times.size() / 2)
        compact();
}

void PremiumSeries::clear()
{
    m_times.clear();
    m_rates.clear();
    m_stale.clear();
    m_begin = 0;
}

std::size_t PremiumSeries::lowerBound(qint64 timeMs) const
{
    const auto begin = m_times.begin() + static_cast<std::ptrdiff_t>(m_begin);
    return static_cast<std::size_t>(std::lower_bound(begin, m_times.end(), timeMs) - begin);
}

std::size_t PremiumSeries::memoryBytes() const
{
    return m_times.capacity() * sizeof(qint64) + m_rates.capacity() * sizeof(float) + m_stale.capacity() * sizeof(quint8);
}

void PremiumSeries::compact()
{
    if (m_begin == 0)
        return;
    const auto drop = static_cast<std::ptrdiff_t>(m_begin);
    m_times.erase(m_times.begin(), m_times.begin() + drop);
    m_rates.erase(m_rates.begin(), m_rates.begin() + drop);
    m_stale.erase(m_stale.begin(), m_stale.begin() + drop);
    m_begin = 0;
}
