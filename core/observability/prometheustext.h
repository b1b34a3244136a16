#pragma once

#include "metricfamily.h"

#include <QByteArray>
#include <QList>
#include <QString>

// The Prometheus text exposition format 0.0.4, written by hand: no client library is packaged for
// the platforms we build on, and the format is small. https://prometheus.io/docs/instrumenting/exposition_formats/
namespace PrometheusText {

// Served with every exposition.
inline constexpr char ContentType[] = "text/plain; version=0.0.4; charset=utf-8";

QByteArray write(const QList<MetricFamily> &families);

// The seed's dotted name in Prometheus syntax: `ticker.fetch.total` -> `ticker_fetch_total`; any
// other character outside [a-zA-Z0-9_:] becomes `_`, and a leading digit gets a `_` before it.
QByteArray metricName(const QString &seedName);
// The name a family is exposed under: counters end in `_total` (added only when missing).
QByteArray familyName(const MetricFamily &family);
// A sample value or bucket bound: the shortest text that reads back as the same double, and
// `NaN`, `+Inf`, `-Inf`.
QByteArray number(double value);
// A label value between double quotes: backslash, double quote and newline escaped.
QByteArray labelValue(const QString &value);

} // namespace PrometheusText
