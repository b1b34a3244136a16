#include "metriccounter.h"

void MetricCounter::increment(double by)
{
    m_value.fetch_add(by, std::memory_order_relaxed);
}
