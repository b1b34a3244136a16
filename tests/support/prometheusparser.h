#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

// A strict reader of the Prometheus text exposition format 0.0.4, written from the format's
// description and independent of the writer it checks: it rejects what Prometheus would reject
// (bad names, bad escapes, a TYPE after its samples, a family split in two, a sample of no known
// family, histogram buckets that are not cumulative or whose +Inf bucket differs from _count).
struct PrometheusSample
{
    QString name; // as written: `x_bucket`, `x_sum`, ...
    QMap<QString, QString> labels;
    double value = 0;
};

struct PrometheusFamily
{
    QString help;
    QString type; // "counter", "gauge", "histogram", "summary" or "untyped"
    QList<PrometheusSample> samples;
};

class PrometheusExposition
{
public:
    // nullopt with `error` set (line number and reason) when the text is not valid.
    static std::optional<PrometheusExposition> parse(const QByteArray &text, QString *error);

    const QHash<QString, PrometheusFamily> &families() const { return m_families; }
    bool hasFamily(const QString &name) const { return m_families.contains(name); }
    const PrometheusFamily family(const QString &name) const { return m_families.value(name); }
    // The value of the sample with exactly this name and these labels.
    std::optional<double> value(const QString &sampleName, const QMap<QString, QString> &labels = {}) const;

private:
    QHash<QString, PrometheusFamily> m_families;
};
