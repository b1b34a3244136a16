#pragma once

#include "metricfamily.h"

#include <QList>

#include <atomic>
#include <memory>

// Observations counted into fixed buckets (Prometheus style: a bucket counts what is at or below
// its bound). Lock-free: a snapshot taken during an observation may see the count one ahead of
// a bucket, which an exposition tolerates.
class MetricHistogram final
{
    Q_DISABLE_COPY_MOVE(MetricHistogram)

public:
    // `bounds` ascending, without +Inf.
    explicit MetricHistogram(QList<double> bounds);

    void observe(double value);
    // Buckets cumulative, as MetricSample wants them; labels left empty.
    MetricSample sample() const;

private:
    QList<double> m_bounds;
    std::unique_ptr<std::atomic<quint64>[]> m_counts;
    std::atomic<quint64> m_count { 0 };
    std::atomic<double> m_sum { 0 };
};
