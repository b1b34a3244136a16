#include "prometheustext.h"

#include <charconv>
#include <cmath>

namespace {

bool isNameChar(QChar c, bool first)
{
    const char16_t u = c.unicode();
    const bool letter = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || u == u'_';
    return letter || (!first && u >= u'0' && u <= u'9');
}

// Metric names may contain `:`, label names may not; both are ASCII only.
QByteArray sanitized(const QString &name, bool allowColon)
{
    QByteArray out;
    out.reserve(name.size() + 1);
    if (name.isEmpty() || name.front().isDigit())
        out += '_';
    for (const QChar c : name) {
        if (isNameChar(c, false) || (allowColon && c == u':'))
            out += static_cast<char>(c.unicode());
        else
            out += '_';
    }
    return out;
}

// HELP text escapes backslash and newline; a label value also the double quote.
QByteArray escaped(const QString &text, bool quote)
{
    QByteArray out;
    for (const char c : text.toUtf8()) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '\n')
            out += "\\n";
        else if (quote && c == '"')
            out += "\\\"";
        else
            out += c;
    }
    return out;
}

// `{a="1",b="2"}`, with `extra` (the histogram's `le`) last; empty without any label.
QByteArray labelSet(const QList<std::pair<QString, QString>> &labels, const QByteArray &extra = {})
{
    QByteArray out;
    for (const auto &[name, value] : labels) {
        out += out.isEmpty() ? "{" : ",";
        out += sanitized(name, false) + '=' + PrometheusText::labelValue(value);
    }
    if (!extra.isEmpty())
        out += (out.isEmpty() ? "{" : ",") + extra;
    if (!out.isEmpty())
        out += '}';
    return out;
}

void writeLine(QByteArray &out, const QByteArray &name, const QByteArray &labels, const QByteArray &value)
{
    out += name + labels + ' ' + value + '\n';
}

void writeHistogram(QByteArray &out, const QByteArray &name, const MetricSample &sample)
{
    for (const auto &[bound, cumulative] : sample.buckets) {
        // +Inf is written once, from `count`, whatever the snapshot holds.
        if (std::isinf(bound) && bound > 0)
            continue;
        const QByteArray le = "le=" + PrometheusText::labelValue(QString::fromLatin1(PrometheusText::number(bound)));
        writeLine(out, name + "_bucket", labelSet(sample.labels, le), QByteArray::number(cumulative));
    }
    writeLine(out, name + "_bucket", labelSet(sample.labels, "le=\"+Inf\""), QByteArray::number(sample.count));
    writeLine(out, name + "_sum", labelSet(sample.labels), PrometheusText::number(sample.sum));
    writeLine(out, name + "_count", labelSet(sample.labels), QByteArray::number(sample.count));
}

} // namespace

namespace PrometheusText {

QByteArray metricName(const QString &seedName)
{
    return sanitized(seedName, true);
}

QByteArray familyName(const MetricFamily &family)
{
    QByteArray name = metricName(family.name);
    if (family.type == MetricFamily::Type::Counter && !name.endsWith("_total"))
        name += "_total";
    return name;
}

QByteArray number(double value)
{
    if (std::isnan(value))
        return QByteArrayLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QByteArrayLiteral("+Inf") : QByteArrayLiteral("-Inf");
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return QByteArray(buffer, result.ptr - buffer);
}

QByteArray labelValue(const QString &value)
{
    return '"' + escaped(value, true) + '"';
}

QByteArray write(const QList<MetricFamily> &families)
{
    QByteArray out;
    for (const MetricFamily &family : families) {
        const QByteArray name = familyName(family);
        out += "# HELP " + name + ' ' + escaped(family.help, false) + '\n';
        out += "# TYPE " + name + ' ' + MetricFamily::typeName(family.type) + '\n';
        for (const MetricSample &sample : family.samples) {
            if (family.type == MetricFamily::Type::Histogram)
                writeHistogram(out, name, sample);
            else
                writeLine(out, name, labelSet(sample.labels), number(sample.value));
        }
    }
    return out;
}

} // namespace PrometheusText
