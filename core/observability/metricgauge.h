#pragma once

#include <QtGlobal>

#include <atomic>

// A value that goes up and down (the premium, the FX rate, open positions). Lock-free like
// MetricCounter.
class MetricGauge final
{
    Q_DISABLE_COPY_MOVE(MetricGauge)

public:
    MetricGauge() = default;

    void set(double value);
    double value() const { return m_value.load(std::memory_order_relaxed); }

private:
    std::atomic<double> m_value { 0 };
};
