#pragma once

#include <QString>

#include <compare>
#include <cstdint>
#include <optional>

// An exact decimal number: an integer mantissa and a count of decimal places. Prices, FX rates and
// premiums are kept in this type so that what is stored and compared is the number the exchange
// sent, not its nearest binary fraction.
//
// Arithmetic is exact while the mantissa fits in 64 bits and the places in MaxScale; a result with
// more digits than that is rounded half-up, once, to the places that fit (18 significant digits),
// which is far beyond any price. Past 9.2e18 a result saturates; it never wraps.
class Decimal final
{
public:
    static constexpr int MaxScale = 18;

    constexpr Decimal() = default;
    static Decimal fromInteger(std::int64_t value);
    static Decimal fromParts(std::int64_t mantissa, int scale);

    // Accepts "-12.5", "129555000", "1e-3", "1,432.60" (thousands commas), surrounding spaces.
    // Rejects empty text, NaN, infinities and anything that does not fit. More than MaxScale places
    // are rounded half-up when that keeps the value to one part in 10^15, and rejected otherwise:
    // "0.0000000000000000004" is no number Decimal holds, and reading it as 0 would be a lie.
    static std::optional<Decimal> fromString(QStringView text);
    // The shortest decimal that reads back as the same double: for a JSON number literal with up
    // to 15 significant digits this is exactly the literal the sender wrote.
    static std::optional<Decimal> fromJsonDouble(double value);

    std::int64_t mantissa() const { return m_mantissa; }
    int scale() const { return m_scale; }

    bool isZero() const { return m_mantissa == 0; }
    bool isNegative() const { return m_mantissa < 0; }
    bool isPositive() const { return m_mantissa > 0; }

    Decimal operator+(const Decimal &other) const;
    Decimal operator-(const Decimal &other) const;
    Decimal operator*(const Decimal &other) const;
    Decimal operator-() const;
    Decimal &operator+=(const Decimal &other);
    Decimal &operator-=(const Decimal &other);
    // Quotient rounded half-up (away from zero on a tie) to `scale` places (0 to MaxScale); nullopt
    // for a zero divisor. A quotient smaller than half the last place is zero: callers that need a
    // positive price check it.
    std::optional<Decimal> dividedBy(const Decimal &divisor, int scale = MaxScale) const;

    // Rounded half-up to `places` (0 or more) decimal places (ties away from zero, as people round money).
    Decimal roundedHalfUp(int places) const;
    // Without trailing zeros after the point: 1.2300 -> 1.23.
    Decimal normalized() const;
    Decimal abs() const;

    // Plain notation, no exponent, no grouping: "-1.28", "129555000".
    QString toString() const;
    // With exactly `places` decimals (rounded half-up): toFixed(2) of 1.2 is "1.20".
    QString toFixed(int places) const;
    // For charts and other display-only uses; never for storage or comparison.
    double toDouble() const;

    std::strong_ordering operator<=>(const Decimal &other) const;
    bool operator==(const Decimal &other) const;

private:
    // 128-bit intermediates keep products and aligned sums exact before they are fitted back.
    __extension__ typedef __int128 Wide;
    // numerator / denominator at `scale` places, rounded once to what fits.
    static Decimal fromWide(Wide numerator, int scale, Wide denominator = 1);

    std::int64_t m_mantissa = 0;
    int m_scale = 0;
};
