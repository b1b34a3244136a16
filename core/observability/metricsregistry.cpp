#include "metricsregistry.h"

#include "metriccounter.h"
#include "metricgauge.h"
#include "metrichistogram.h"

#include <QMutexLocker>

struct MetricsRegistry::Series
{
    MetricLabels labels;
    std::unique_ptr<MetricCounter> counter;
    std::unique_ptr<MetricGauge> gauge;
    std::unique_ptr<MetricHistogram> histogram;
};

struct MetricsRegistry::Family
{
    MetricFamily::Type type;
    QString help;
    QList<double> buckets;
    // Keyed by the label values joined, so that the snapshot's order does not depend on when a
    // series first appeared.
    std::map<QString, Series> series;
};

namespace {

QString seriesKey(const MetricLabels &labels)
{
    QString key;
    for (const auto &[name, value] : labels)
        key += name + u'\x1f' + value + u'\x1e';
    return key;
}

} // namespace

MetricsRegistry::MetricsRegistry() = default;
MetricsRegistry::~MetricsRegistry() = default;

void MetricsRegistry::declare(const QString &name, MetricFamily::Type type, const QString &help,
                              const QList<double> &buckets)
{
    QMutexLocker lock(&m_mutex);
    auto &family = m_families[name];
    if (family) {
        if (family->type != type)
            qFatal("metric %s declared as %s and as %s", qPrintable(name), MetricFamily::typeName(family->type),
                   MetricFamily::typeName(type));
        return;
    }
    family = std::make_unique<Family>(Family { type, help, buckets, {} });
}

MetricsRegistry::Series &MetricsRegistry::series(const QString &name, MetricFamily::Type type,
                                                 const MetricLabels &labels)
{
    QMutexLocker lock(&m_mutex);
    const auto family = m_families.find(name);
    if (family == m_families.end())
        qFatal("metric %s used before it was declared", qPrintable(name));
    if (family->second->type != type)
        qFatal("metric %s is a %s, used as a %s", qPrintable(name), MetricFamily::typeName(family->second->type),
               MetricFamily::typeName(type));
    auto [it, created] = family->second->series.try_emplace(seriesKey(labels));
    Series &series = it->second;
    if (created) {
        series.labels = labels;
        switch (type) {
        case MetricFamily::Type::Counter:
            series.counter = std::make_unique<MetricCounter>();
            break;
        case MetricFamily::Type::Gauge:
            series.gauge = std::make_unique<MetricGauge>();
            break;
        case MetricFamily::Type::Histogram:
            series.histogram = std::make_unique<MetricHistogram>(family->second->buckets);
            break;
        }
    }
    return series;
}

MetricCounter *MetricsRegistry::counter(const QString &name, const MetricLabels &labels)
{
    return series(name, MetricFamily::Type::Counter, labels).counter.get();
}

MetricGauge *MetricsRegistry::gauge(const QString &name, const MetricLabels &labels)
{
    return series(name, MetricFamily::Type::Gauge, labels).gauge.get();
}

MetricHistogram *MetricsRegistry::histogram(const QString &name, const MetricLabels &labels)
{
    return series(name, MetricFamily::Type::Histogram, labels).histogram.get();
}

QList<MetricFamily> MetricsRegistry::snapshot() const
{
    QMutexLocker lock(&m_mutex);
    QList<MetricFamily> families;
    families.reserve(static_cast<qsizetype>(m_families.size()));
    for (const auto &[name, family] : m_families) {
        MetricFamily out { name, family->help, family->type, {} };
        for (const auto &[key, series] : family->series) {
            MetricSample sample;
            if (series.histogram)
                sample = series.histogram->sample();
            else if (series.counter)
                sample.value = series.counter->value();
            else
                sample.value = series.gauge->value();
            sample.labels = series.labels;
            out.samples.append(std::move(sample));
        }
        families.append(std::move(out));
    }
    return families;
}
