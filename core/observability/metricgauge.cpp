#include "metricgauge.h"

void MetricGauge::set(double value)
{
    m_value.store(value, std::memory_order_relaxed);
}
