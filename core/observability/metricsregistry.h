#pragma once

#include "metricfamily.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

#include <map>
#include <memory>

class MetricCounter;
class MetricGauge;
class MetricHistogram;

using MetricLabels = QList<std::pair<QString, QString>>;

// The app's metrics, kept in memory (no monitoring server needed) and read as snapshots by the
// window, the local API and the Prometheus writer. A family is declared once with its type and
// help; each set of label values is one series, created on first use. Callers on the hot path
// keep the returned pointer (valid as long as the registry) and update it without any lookup
// or lock; only creating a series and taking a snapshot lock. Safe from any thread.
class MetricsRegistry final
{
    Q_DISABLE_COPY_MOVE(MetricsRegistry)

public:
    MetricsRegistry();
    ~MetricsRegistry();

    // Declaring a name again with the same type is harmless; with another type it is a bug.
    void declare(const QString &name, MetricFamily::Type type, const QString &help, const QList<double> &buckets = {});

    // The series of a declared family of that type, created on first use.
    MetricCounter *counter(const QString &name, const MetricLabels &labels = {});
    MetricGauge *gauge(const QString &name, const MetricLabels &labels = {});
    MetricHistogram *histogram(const QString &name, const MetricLabels &labels = {});

    // Every family, ordered by name, its series ordered by label values.
    QList<MetricFamily> snapshot() const;

private:
    struct Series;
    struct Family;

    Series &series(const QString &name, MetricFamily::Type type, const MetricLabels &labels);

    mutable QMutex m_mutex;
    std::map<QString, std::unique_ptr<Family>> m_families;
};
