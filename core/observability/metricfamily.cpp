#include "metricfamily.h"

const char *MetricFamily::typeName(Type type)
{
    switch (type) {
    case Type::Counter:
        return "counter";
    case Type::Gauge:
        return "gauge";
    case Type::Histogram:
        return "histogram";
    }
    return "untyped";
}
