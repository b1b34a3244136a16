#pragma once

#include <QList>
#include <QString>

#include <utility>

// One metric family as an exposition needs it. The registry produces these snapshots and the
// writers (Prometheus text, the API's JSON) read them, so neither depends on the other.
struct MetricSample final {
    QList<std::pair<QString, QString>> labels;
    // Counter and gauge value.
    double value = 0;
    // Histogram only: each bucket's upper bound and the count of observations at or below it
    // (cumulative, ascending bounds, without +Inf, which is `count`).
    QList<std::pair<double, quint64>> buckets;
    quint64 count = 0;
    double sum = 0;
};

struct MetricFamily final {
    enum class Type { Counter, Gauge, Histogram };
    // The type's name in the Prometheus text format, which the registry's messages use too.
    static const char *typeName(Type type);
    // The seed's name with dots (`ticker.fetch.total`); writers map it to their own syntax.
    QString name;
    QString help;
    Type type = Type::Gauge;
    QList<MetricSample> samples;
};
