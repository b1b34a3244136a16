#include "metrichistogram.h"

#include <algorithm>

MetricHistogram::MetricHistogram(QList<double> bounds)
    : m_bounds(std::move(bounds))
    , m_counts(std::make_unique<std::atomic<quint64>[]>(static_cast<size_t>(m_bounds.size())))
{
    std::sort(m_bounds.begin(), m_bounds.end());
}

void MetricHistogram::observe(double value)
{
    // Per-bucket (not cumulative) counts keep an observation at one atomic add; the snapshot sums.
    const auto bucket = std::lower_bound(m_bounds.cbegin(), m_bounds.cend(), value) - m_bounds.cbegin();
    if (bucket < m_bounds.size())
        m_counts[static_cast<size_t>(bucket)].fetch_add(1, std::memory_order_relaxed);
    m_sum.fetch_add(value, std::memory_order_relaxed);
    m_count.fetch_add(1, std::memory_order_relaxed);
}

MetricSample MetricHistogram::sample() const
{
    MetricSample sample;
    quint64 cumulative = 0;
    for (qsizetype i = 0; i < m_bounds.size(); ++i) {
        cumulative += m_counts[static_cast<size_t>(i)].load(std::memory_order_relaxed);
        sample.buckets.append({ m_bounds.at(i), cumulative });
    }
    sample.count = std::max(cumulative, m_count.load(std::memory_order_relaxed));
    sample.sum = m_sum.load(std::memory_order_relaxed);
    return sample;
}
