#include "prometheusparser.h"

#include <QSet>

#include <charconv>
#include <cmath>
#include <limits>

namespace {

bool isNameStart(char c, bool colon)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (colon && c == ':');
}

bool isNameChar(char c, bool colon)
{
    return isNameStart(c, colon) || (c >= '0' && c <= '9');
}

// Reads one line left to right; every read returns false on malformed input.
class Cursor
{
public:
    explicit Cursor(const QByteArray &line)
        : m_line(line)
    {
    }

    bool atEnd() const { return m_pos >= m_line.size(); }
    char peek() const { return atEnd() ? '\0' : m_line.at(m_pos); }
    bool take(char c)
    {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }
    void skipSpaces()
    {
        while (peek() == ' ' || peek() == '\t')
            ++m_pos;
    }
    QByteArray rest() const { return m_line.mid(m_pos); }

    bool name(bool colon, QString *out)
    {
        if (!isNameStart(peek(), colon))
            return false;
        const qsizetype start = m_pos;
        while (isNameChar(peek(), colon))
            ++m_pos;
        *out = QString::fromLatin1(m_line.mid(start, m_pos - start));
        return true;
    }

    // A label value: `"` ... `"` with only \\, \" and \n as escapes.
    bool quoted(QString *out)
    {
        if (!take('"'))
            return false;
        QByteArray value;
        while (!atEnd() && peek() != '"') {
            char c = m_line.at(m_pos++);
            if (c == '\\') {
                if (atEnd())
                    return false;
                const char e = m_line.at(m_pos++);
                if (e == 'n')
                    c = '\n';
                else if (e == '\\' || e == '"')
                    c = e;
                else
                    return false;
            }
            value += c;
        }
        *out = QString::fromUtf8(value);
        return take('"');
    }

    QByteArray token()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && peek() != ' ' && peek() != '\t')
            ++m_pos;
        return m_line.mid(start, m_pos - start);
    }

private:
    const QByteArray &m_line;
    qsizetype m_pos = 0;
};

std::optional<double> parseNumber(const QByteArray &text)
{
    if (text == "NaN")
        return std::numeric_limits<double>::quiet_NaN();
    if (text == "+Inf" || text == "Inf")
        return std::numeric_limits<double>::infinity();
    if (text == "-Inf")
        return -std::numeric_limits<double>::infinity();
    QByteArray digits = text;
    if (digits.startsWith('+'))
        digits.remove(0, 1);
    double value = 0;
    const auto result = std::from_chars(digits.constData(), digits.constData() + digits.size(), value);
    if (digits.isEmpty() || result.ec != std::errc() || result.ptr != digits.constData() + digits.size())
        return std::nullopt;
    return value;
}

QString unescapeHelp(const QByteArray &text, bool *ok)
{
    QByteArray out;
    *ok = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != '\\') {
            out += text.at(i);
            continue;
        }
        const char e = i + 1 < text.size() ? text.at(++i) : '\0';
        if (e == 'n')
            out += '\n';
        else if (e == '\\')
            out += '\\';
        else
            *ok = false;
    }
    return QString::fromUtf8(out);
}

// The family a sample name belongs to: itself, or a histogram's or summary's base name.
QString familyOf(const QString &sampleName, const QHash<QString, PrometheusFamily> &families)
{
    if (families.contains(sampleName))
        return sampleName;
    for (const QString &suffix : { QStringLiteral("_bucket"), QStringLiteral("_sum"), QStringLiteral("_count") }) {
        if (!sampleName.endsWith(suffix))
            continue;
        const QString base = sampleName.chopped(suffix.size());
        const auto it = families.constFind(base);
        if (it != families.cend() && (it->type == u"histogram" || (it->type == u"summary" && suffix != u"_bucket")))
            return base;
    }
    return QString();
}

QString checkHistogram(const QString &name, const PrometheusFamily &family)
{
    struct Series
    {
        QList<std::pair<double, double>> buckets;
        std::optional<double> count;
        bool sum = false;
    };
    // Keyed by the labels other than `le`, in a form that cannot collide (\n is escaped in values).
    QMap<QString, Series> series;
    const auto key = [](const QMap<QString, QString> &labels) {
        QString text;
        for (auto it = labels.cbegin(); it != labels.cend(); ++it)
            text += it.key() + u'=' + QString(it.value()).replace(u'\n', QStringLiteral("\\n")) + u'\n';
        return text;
    };
    for (const PrometheusSample &sample : family.samples) {
        QMap<QString, QString> labels = sample.labels;
        if (sample.name == name + u"_bucket") {
            if (!labels.contains(QStringLiteral("le")))
                return QStringLiteral("%1: a bucket without le").arg(name);
            const auto bound = parseNumber(labels.take(QStringLiteral("le")).toUtf8());
            if (!bound)
                return QStringLiteral("%1: le is not a number").arg(name);
            series[key(labels)].buckets.append({ *bound, sample.value });
        } else if (sample.name == name + u"_count") {
            series[key(labels)].count = sample.value;
        } else if (sample.name == name + u"_sum") {
            series[key(labels)].sum = true;
        } else {
            return QStringLiteral("%1: sample %2 in a histogram").arg(name, sample.name);
        }
    }
    for (const Series &s : series) {
        if (s.buckets.isEmpty() || !s.count || !s.sum)
            return QStringLiteral("%1: a series lacks buckets, _sum or _count").arg(name);
        for (qsizetype i = 1; i < s.buckets.size(); ++i) {
            if (!(s.buckets[i].first > s.buckets[i - 1].first))
                return QStringLiteral("%1: bucket bounds not ascending").arg(name);
            if (s.buckets[i].second < s.buckets[i - 1].second)
                return QStringLiteral("%1: buckets not cumulative").arg(name);
        }
        const auto &last = s.buckets.constLast();
        if (!std::isinf(last.first) || last.first < 0)
            return QStringLiteral("%1: no +Inf bucket").arg(name);
        if (last.second != *s.count)
            return QStringLiteral("%1: +Inf bucket differs from _count").arg(name);
    }
    return QString();
}

} // namespace

std::optional<PrometheusExposition> PrometheusExposition::parse(const QByteArray &text, QString *error)
{
    PrometheusExposition result;
    QSet<QString> typed;
    QSet<QString> helped;
    QSet<QString> closed; // families whose lines have ended: one more sample would split them
    QString current;
    const auto fail = [error](int line, const QString &why) {
        *error = QStringLiteral("line %1: %2").arg(line).arg(why);
        return std::nullopt;
    };
    if (!text.isEmpty() && !text.endsWith('\n'))
        return fail(0, QStringLiteral("the last line has no newline"));
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype index = 0; index < lines.size(); ++index) {
        const int number = static_cast<int>(index + 1);
        const QByteArray &line = lines[index];
        if (line.trimmed().isEmpty())
            continue;
        Cursor cursor(line);
        if (cursor.take('#')) {
            cursor.skipSpaces();
            const QByteArray keyword = cursor.token();
            if (keyword != "HELP" && keyword != "TYPE")
                continue; // a comment
            cursor.skipSpaces();
            QString name;
            if (!cursor.name(true, &name))
                return fail(number, QStringLiteral("bad metric name after %1").arg(QString::fromLatin1(keyword)));
            if (!cursor.atEnd() && !cursor.take(' '))
                return fail(number, QStringLiteral("junk after the metric name"));
            if (closed.contains(name))
                return fail(number, QStringLiteral("the lines of %1 are split").arg(name));
            if (!current.isEmpty() && current != name)
                closed.insert(current);
            current = name;
            PrometheusFamily &family = result.m_families[name];
            if (keyword == "HELP") {
                if (helped.contains(name))
                    return fail(number, QStringLiteral("second HELP for %1").arg(name));
                helped.insert(name);
                bool ok = false;
                family.help = unescapeHelp(cursor.rest(), &ok);
                if (!ok)
                    return fail(number, QStringLiteral("bad escape in HELP"));
            } else {
                if (typed.contains(name))
                    return fail(number, QStringLiteral("second TYPE for %1").arg(name));
                if (!family.samples.isEmpty())
                    return fail(number, QStringLiteral("TYPE after samples of %1").arg(name));
                typed.insert(name);
                const QByteArray type = cursor.rest();
                if (type != "counter" && type != "gauge" && type != "histogram" && type != "summary"
                    && type != "untyped")
                    return fail(number, QStringLiteral("unknown type '%1'").arg(QString::fromUtf8(type)));
                family.type = QString::fromLatin1(type);
            }
            continue;
        }
        PrometheusSample sample;
        if (!cursor.name(true, &sample.name))
            return fail(number, QStringLiteral("bad metric name"));
        if (cursor.take('{')) {
            while (!cursor.take('}')) {
                QString label;
                QString value;
                if (!cursor.name(false, &label) || !cursor.take('=') || !cursor.quoted(&value))
                    return fail(number, QStringLiteral("bad label pair"));
                if (sample.labels.contains(label))
                    return fail(number, QStringLiteral("label %1 twice").arg(label));
                sample.labels.insert(label, value);
                if (!cursor.take(',') && cursor.peek() != '}')
                    return fail(number, QStringLiteral("expected , or } in labels"));
            }
        }
        if (!cursor.take(' '))
            return fail(number, QStringLiteral("no space before the value"));
        cursor.skipSpaces();
        const auto value = parseNumber(cursor.token());
        if (!value)
            return fail(number, QStringLiteral("bad value"));
        sample.value = *value;
        cursor.skipSpaces();
        if (!cursor.atEnd() && !parseNumber(cursor.token()))
            return fail(number, QStringLiteral("bad timestamp"));
        if (!cursor.atEnd())
            return fail(number, QStringLiteral("junk after the value"));
        QString family = familyOf(sample.name, result.m_families);
        if (family.isEmpty()) {
            // An untyped sample is its own family.
            family = sample.name;
            result.m_families[family].type = QStringLiteral("untyped");
        }
        if (closed.contains(family))
            return fail(number, QStringLiteral("the lines of %1 are split").arg(family));
        if (!current.isEmpty() && current != family)
            closed.insert(current);
        current = family;
        result.m_families[family].samples.append(sample);
    }
    for (auto it = result.m_families.cbegin(); it != result.m_families.cend(); ++it) {
        if (it->type != u"histogram")
            continue;
        const QString problem = checkHistogram(it.key(), *it);
        if (!problem.isEmpty())
            return fail(0, problem);
    }
    return result;
}

std::optional<double> PrometheusExposition::value(const QString &sampleName, const QMap<QString, QString> &labels) const
{
    for (const PrometheusFamily &family : m_families) {
        for (const PrometheusSample &sample : family.samples) {
            if (sample.name == sampleName && sample.labels == labels)
                return sample.value;
        }
    }
    return std::nullopt;
}
