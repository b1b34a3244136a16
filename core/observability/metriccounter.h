#pragma once

#include <QtGlobal>

#include <atomic>

// A monotonic count. Increments are lock-free, so the hot path (every request, every tick) pays
// one atomic add; the registry owns the object and hands out a stable pointer to cache.
class MetricCounter final
{
    Q_DISABLE_COPY_MOVE(MetricCounter)

public:
    MetricCounter() = default;

    void increment(double by = 1);
    double value() const { return m_value.load(std::memory_order_relaxed); }

private:
    std::atomic<double> m_value { 0 };
};
