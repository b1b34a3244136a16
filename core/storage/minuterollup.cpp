#include "minuterollup.h"

#include "historyrepository.h"

#include <algorithm>

bool MinuteRollup::add(const PremiumSample &sample)
{
    const qint64 minuteStart = HistoryRepository::minuteOf(sample.observedAtMs);
    const HistoryKey key = HistoryKey::of(sample);
    Series &series = m_series[key];
    PremiumMinute &minute = series.minute;
    const bool seen = minute.samples > 0;
    if (seen && (minuteStart < minute.minuteStart || (minuteStart == minute.minuteStart && !series.open)))
        return false;
    if (!seen || minuteStart > minute.minuteStart) {
        if (series.open)
            m_closed.push_back(minute);
        minute = PremiumMinute();
        minute.key = key;
        minute.minuteStart = minuteStart;
        series.open = true;
    }
    const qint64 rate = HistoryRepository::scaledRate(sample.preciseRate);
    if (minute.samples == 0) {
        minute.rateOpen = minute.rateHigh = minute.rateLow = rate;
        minute.firstObservedAtMs = sample.observedAtMs;
    }
    minute.rateHigh = std::max(minute.rateHigh, rate);
    minute.rateLow = std::min(minute.rateLow, rate);
    minute.rateClose = rate;
    minute.koreaPrice = sample.korea.price;
    minute.foreignPrice = sample.foreign.price;
    minute.fx = sample.fx.price;
    minute.lastObservedAtMs = sample.observedAtMs;
    ++minute.samples;
    minute.staleSamples += sample.stale ? 1 : 0;
    return true;
}

std::vector<PremiumMinute> MinuteRollup::takeClosed(qint64 timeMs)
{
    const qint64 current = HistoryRepository::minuteOf(timeMs);
    for (Series &series : m_series) {
        if (series.open && series.minute.minuteStart < current) {
            m_closed.push_back(series.minute);
            series.open = false;
        }
    }
    return std::exchange(m_closed, {});
}

std::vector<PremiumMinute> MinuteRollup::takeAll()
{
    for (Series &series : m_series) {
        if (series.open) {
            m_closed.push_back(series.minute);
            series.open = false;
        }
    }
    return std::exchange(m_closed, {});
}

bool MinuteRollup::knows(const HistoryKey &key) const
{
    return m_series.contains(key);
}

void MinuteRollup::resume(const PremiumMinute &minute)
{
    m_series.insert(minute.key, Series { minute, true });
}

const PremiumMinute *MinuteRollup::openMinute(const HistoryKey &key) const
{
    const auto it = m_series.constFind(key);
    return it != m_series.cend() && it->open ? &it->minute : nullptr;
}
