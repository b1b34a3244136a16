#include "premiumhistory.h"

#include <algorithm>
#include <iterator>

PremiumHistory::PremiumHistory(qint64 spanMs)
    : m_spanMs(spanMs)
{
}

bool PremiumHistory::append(const PremiumSample &sample)
{
    if (!m_samples.empty() && sample.observedAtMs < m_samples.back().observedAtMs)
        return false;
    m_samples.push_back(sample);
    trim();
    return true;
}

void PremiumHistory::clear()
{
    m_samples.clear();
}

void PremiumHistory::setSpanMs(qint64 spanMs)
{
    m_spanMs = spanMs;
    trim();
}

const PremiumSample *PremiumHistory::nearest(qint64 atMs) const
{
    if (m_samples.empty())
        return nullptr;
    auto it = std::lower_bound(m_samples.cbegin(), m_samples.cend(), atMs,
        [](const PremiumSample &sample, qint64 ms) { return sample.observedAtMs < ms; });
    if (it == m_samples.cend())
        return &m_samples.back();
    if (it != m_samples.cbegin() && atMs - std::prev(it)->observedAtMs < it->observedAtMs - atMs)
        --it;
    return &*it;
}

void PremiumHistory::trim()
{
    if (m_samples.empty())
        return;
    const qint64 oldestKept = m_samples.back().observedAtMs - m_spanMs;
    while (m_samples.front().observedAtMs < oldestKept)
        m_samples.pop_front();
}
