#include "decimal.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

__extension__ typedef __int128 Wide;

constexpr Wide pow10(int n)
{
    Wide result = 1;
    for (int i = 0; i < n; ++i)
        result *= 10;
    return result;
}

constexpr Wide kInt64Max = std::numeric_limits<std::int64_t>::max();
// Text rounded to fit must keep its value to one part in this: the 15 digits a double holds for sure.
constexpr Wide kExactEnough = pow10(15);
// Beyond this a scaled-up operand could overflow 128 bits.
constexpr Wide kWideLimit = pow10(36);

// |numerator / (denominator * 10^drop)| rounded half-up, signed, computed without forming
// denominator * 10^drop (which may not fit) and rounded once: rounding digit by digit would
// take 0.149 to 0.15 and then to 0.2.
Wide roundedQuotient(Wide numerator, Wide denominator, int drop)
{
    // Sums and products that fit, nearly all of them: no 128-bit division (a library call) at all.
    if (denominator == 1 && drop == 0)
        return numerator;
    const bool negative = (numerator < 0) != (denominator < 0);
    const Wide n = numerator < 0 ? -numerator : numerator;
    const Wide d = denominator < 0 ? -denominator : denominator;
    Wide q = n / d;
    if (drop == 0) {
        if ((n % d) * 2 >= d)
            ++q;
    } else if (drop > 38) {
        // |q| < 2^127 < 10^39 / 2: nothing is left.
        q = 0;
    } else {
        // Half-up looks only at the first digit dropped; the ones after it cannot reach a half.
        q /= pow10(drop - 1);
        q = q / 10 + (q % 10 >= 5 ? 1 : 0);
    }
    return negative ? -q : q;
}

// Brings two operands to the same scale without overflowing 128 bits.
void align(Wide &a, int &scaleA, Wide &b, int &scaleB)
{
    while (scaleA < scaleB) {
        a *= 10;
        ++scaleA;
    }
    while (scaleB < scaleA) {
        b *= 10;
        ++scaleB;
    }
}

} // namespace

Decimal Decimal::fromInteger(std::int64_t value)
{
    return fromParts(value, 0);
}

Decimal Decimal::fromParts(std::int64_t mantissa, int scale)
{
    // 10^19 times any non-zero mantissa is past 64 bits already: no need to form larger powers.
    if (scale < 0)
        return fromWide(Wide(mantissa) * pow10(std::min(-scale, 19)), 0);
    return fromWide(mantissa, scale);
}

Decimal Decimal::fromWide(Wide numerator, int scale, Wide denominator)
{
    // Drop as few trailing digits as it takes to keep MaxScale places and a 64-bit mantissa.
    int drop = std::max(scale - MaxScale, 0);
    Wide mantissa = roundedQuotient(numerator, denominator, drop);
    while (drop < scale && (mantissa > kInt64Max || mantissa < -kInt64Max))
        mantissa = roundedQuotient(numerator, denominator, ++drop);
    Decimal d;
    // Only numbers beyond 9.2e18 are still too wide; saturate rather than wrap.
    d.m_mantissa = static_cast<std::int64_t>(std::clamp(mantissa, -kInt64Max, kInt64Max));
    d.m_scale = scale - drop;
    return d;
}

std::optional<Decimal> Decimal::fromString(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;

    qsizetype i = 0;
    bool negative = false;
    if (text[i] == u'-' || text[i] == u'+') {
        negative = text[i] == u'-';
        ++i;
    }

    Wide mantissa = 0;
    int scale = 0;
    int digits = 0;
    bool seenPoint = false;
    bool lastWasComma = false;
    for (; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isDigit() && c.unicode() < 128) {
            lastWasComma = false;
            // Extra digits past what we can hold only matter after the point: drop them there.
            if (mantissa >= pow10(MaxScale + 1)) {
                if (!seenPoint)
                    return std::nullopt;
                continue;
            }
            mantissa = mantissa * 10 + (c.unicode() - u'0');
            ++digits;
            if (seenPoint)
                ++scale;
        } else if (c == u'.' && !seenPoint) {
            seenPoint = true;
            lastWasComma = false;
        } else if (c == u',' && !seenPoint && digits > 0 && !lastWasComma) {
            lastWasComma = true;
        } else {
            break;
        }
    }
    if (digits == 0 || lastWasComma)
        return std::nullopt;

    int exponent = 0;
    if (i < text.size() && (text[i] == u'e' || text[i] == u'E')) {
        bool ok = false;
        exponent = text.mid(i + 1).toInt(&ok);
        if (!ok || exponent > 36 || exponent < -36)
            return std::nullopt;
        i = text.size();
    }
    if (i != text.size())
        return std::nullopt;

    scale -= exponent;
    while (scale < 0) {
        mantissa *= 10;
        ++scale;
        if (mantissa > kInt64Max)
            return std::nullopt;
    }
    if (negative)
        mantissa = -mantissa;
    const Decimal result = fromWide(mantissa, scale);
    if (result.m_mantissa == kInt64Max || result.m_mantissa == -kInt64Max)
        return std::nullopt;
    // Past MaxScale places the text is rounded; when that moves it by more than the digits a
    // double holds for sure, it is not this number any more: 0.0000000000000000004 is not 0 and
    // 0.0000000000000000015 is not 0.000000000000000002.
    const Wide kept = result.isZero() ? 0 : result.m_mantissa * pow10(scale - result.m_scale);
    const Wide error = kept > mantissa ? kept - mantissa : mantissa - kept;
    if (error * kExactEnough > (mantissa < 0 ? -mantissa : mantissa))
        return std::nullopt;
    return result;
}

std::optional<Decimal> Decimal::fromJsonDouble(double value)
{
    if (!std::isfinite(value) || std::fabs(value) >= 1e18)
        return std::nullopt;
    return fromString(QString::number(value, 'g', QLocale::FloatingPointShortest));
}

Decimal Decimal::operator+(const Decimal &other) const
{
    Wide a = m_mantissa, b = other.m_mantissa;
    int sa = m_scale, sb = other.m_scale;
    align(a, sa, b, sb);
    return fromWide(a + b, sa);
}

Decimal Decimal::operator-(const Decimal &other) const
{
    return *this + (-other);
}

Decimal Decimal::operator-() const
{
    return fromWide(-Wide(m_mantissa), m_scale);
}

Decimal &Decimal::operator+=(const Decimal &other)
{
    return *this = *this + other;
}

Decimal &Decimal::operator-=(const Decimal &other)
{
    return *this = *this - other;
}

Decimal Decimal::operator*(const Decimal &other) const
{
    return fromWide(Wide(m_mantissa) * other.m_mantissa, m_scale + other.m_scale).normalized();
}

std::optional<Decimal> Decimal::dividedBy(const Decimal &divisor, int scale) const
{
    if (divisor.isZero())
        return std::nullopt;
    scale = std::max(scale, 0);
    // value = (m1 / 10^s1) / (m2 / 10^s2) = m1 * 10^(s2 - s1) / m2; we want it scaled by 10^scale.
    int shift = scale + divisor.m_scale - m_scale;
    Wide numerator = m_mantissa;
    Wide denominator = divisor.m_mantissa;
    int resultScale = scale;
    while (shift > 0 && (numerator < 0 ? -numerator : numerator) < kWideLimit / 10) {
        numerator *= 10;
        --shift;
    }
    // Could not scale up fully without overflow: give up the extra places instead.
    resultScale -= shift > 0 ? shift : 0;
    while (shift < 0) {
        denominator *= 10;
        ++shift;
    }
    return fromWide(numerator, resultScale, denominator).normalized();
}

Decimal Decimal::roundedHalfUp(int places) const
{
    places = std::max(places, 0);
    if (places >= m_scale)
        return *this;
    return fromWide(m_mantissa, places, pow10(m_scale - places));
}

Decimal Decimal::normalized() const
{
    Decimal d = *this;
    while (d.m_scale > 0 && d.m_mantissa % 10 == 0) {
        d.m_mantissa /= 10;
        --d.m_scale;
    }
    if (d.m_mantissa == 0)
        d.m_scale = 0;
    return d;
}

Decimal Decimal::abs() const
{
    return isNegative() ? -*this : *this;
}

QString Decimal::toString() const
{
    const bool negative = m_mantissa < 0;
    // Through 128 bits so that the most negative mantissa has a positive counterpart.
    Wide magnitude = m_mantissa;
    if (negative)
        magnitude = -magnitude;
    QString digits = QString::number(static_cast<quint64>(magnitude));
    if (m_scale > 0) {
        if (digits.size() <= m_scale)
            digits.prepend(QString(m_scale - digits.size() + 1, u'0'));
        digits.insert(digits.size() - m_scale, u'.');
    }
    if (negative)
        digits.prepend(u'-');
    return digits;
}

QString Decimal::toFixed(int places) const
{
    const Decimal d = roundedHalfUp(places);
    QString text = d.toString();
    // Zeros are appended as text: scaling the mantissa up could overflow it for a wide number.
    if (d.m_scale < places) {
        if (d.m_scale == 0)
            text += u'.';
        text += QString(places - d.m_scale, u'0');
    }
    return text;
}

double Decimal::toDouble() const
{
    return static_cast<double>(m_mantissa) / static_cast<double>(pow10(m_scale));
}

std::strong_ordering Decimal::operator<=>(const Decimal &other) const
{
    Wide a = m_mantissa, b = other.m_mantissa;
    int sa = m_scale, sb = other.m_scale;
    align(a, sa, b, sb);
    return a <=> b;
}

bool Decimal::operator==(const Decimal &other) const
{
    return (*this <=> other) == std::strong_ordering::equal;
}
