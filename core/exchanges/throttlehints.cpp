#include "throttlehints.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

#include <algorithm>

namespace {

std::optional<qint64> digits(QByteArrayView text, qsizetype maxDigits)
{
    if (text.isEmpty() || text.size() > maxDigits)
        return std::nullopt;
    qint64 value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

std::optional<int> month(QByteArrayView name)
{
    static constexpr const char *kMonths[]
        = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
    for (int i = 0; i < 12; ++i) {
        if (name == QByteArrayView(kMonths[i]))
            return i + 1;
    }
    return std::nullopt;
}

std::optional<QTime> clock(QByteArrayView text)
{
    if (text.size() != 8 || text[2] != ':' || text[5] != ':')
        return std::nullopt;
    const auto h = digits(text.first(2), 2);
    const auto m = digits(text.sliced(3, 2), 2);
    const auto s = digits(text.sliced(6, 2), 2);
    if (!h || !m || !s)
        return std::nullopt;
    const QTime time(static_cast<int>(*h), static_cast<int>(*m), static_cast<int>(*s));
    return time.isValid() ? std::optional<QTime>(time) : std::nullopt;
}

std::optional<qint64> utcMs(std::optional<qint64> year, std::optional<int> monthNumber, std::optional<qint64> day,
                            std::optional<QTime> time)
{
    if (!year || !monthNumber || !day || !time)
        return std::nullopt;
    const QDate date(static_cast<int>(*year), *monthNumber, static_cast<int>(*day));
    if (!date.isValid())
        return std::nullopt;
    return QDateTime(date, *time, Qt::UTC).toMSecsSinceEpoch();
}

} // namespace

namespace ThrottleHints {

std::optional<qint64> httpDateMs(QByteArrayView text)
{
    QList<QByteArrayView> tokens;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool separator = i == text.size() || text[i] == ' ' || text[i] == ',';
        if (separator && start >= 0) {
            tokens.append(text.sliced(start, i - start));
            start = -1;
        } else if (!separator && start < 0) {
            start = i;
        }
    }
    // IMF-fixdate: Sun, 06 Nov 1994 08:49:37 GMT
    if (tokens.size() == 6 && tokens[5] == "GMT")
        return utcMs(digits(tokens[3], 4), month(tokens[2]), digits(tokens[1], 2), clock(tokens[4]));
    // RFC 850: Sunday, 06-Nov-94 08:49:37 GMT
    if (tokens.size() == 4 && tokens[3] == "GMT" && tokens[1].size() == 9 && tokens[1][2] == '-'
        && tokens[1][6] == '-') {
        std::optional<qint64> year = digits(tokens[1].sliced(7), 2);
        if (year)
            *year += *year >= 70 ? 1900 : 2000;
        return utcMs(year, month(tokens[1].sliced(3, 3)), digits(tokens[1].first(2), 2), clock(tokens[2]));
    }
    // asctime: Sun Nov  6 08:49:37 1994
    if (tokens.size() == 5)
        return utcMs(digits(tokens[4], 4), month(tokens[1]), digits(tokens[2], 2), clock(tokens[3]));
    return std::nullopt;
}

std::optional<qint64> retryAfterMs(QByteArrayView value, qint64 nowMs)
{
    const QByteArrayView trimmed = value.trimmed();
    if (const auto seconds = digits(trimmed, 9))
        return std::min(*seconds * 1000, MaxHoldMs);
    const auto when = httpDateMs(trimmed);
    if (!when)
        return std::nullopt;
    return std::clamp<qint64>(*when - nowMs, 0, MaxHoldMs);
}

std::optional<qint64> bannedUntilMs(QStringView message)
{
    static const QString kMarker = QStringLiteral("banned until ");
    const qsizetype at = message.indexOf(kMarker, 0, Qt::CaseInsensitive);
    if (at < 0)
        return std::nullopt;
    QStringView rest = message.sliced(at + kMarker.size());
    qsizetype length = 0;
    while (length < rest.size() && rest[length].isDigit() && rest[length].unicode() < 128)
        ++length;
    return digits(rest.first(length).toLatin1(), 15);
}

std::optional<int> usedWeight(QByteArrayView value)
{
    const auto used = digits(value.trimmed(), 9);
    return used ? std::optional<int>(static_cast<int>(*used)) : std::nullopt;
}

} // namespace ThrottleHints
