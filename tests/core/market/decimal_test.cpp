#include "market/decimal.h"

#include <gtest/gtest.h>

#include <limits>

namespace {

Decimal d(const char *text)
{
    const auto value = Decimal::fromString(QString::fromLatin1(text));
    EXPECT_TRUE(value.has_value()) << text;
    return value.value_or(Decimal());
}

} // namespace

TEST(Decimal, ParsesPlainExponentAndGroupedText)
{
    EXPECT_EQ(d("129555000").toString(), QStringLiteral("129555000"));
    EXPECT_EQ(d("89277.10").toString(), QStringLiteral("89277.10"));
    EXPECT_EQ(d("-0.5").toString(), QStringLiteral("-0.5"));
    EXPECT_EQ(d("+3").toString(), QStringLiteral("3"));
    EXPECT_EQ(d("1e-3").toString(), QStringLiteral("0.001"));
    EXPECT_EQ(d("1.5E+2").toString(), QStringLiteral("150"));
    EXPECT_EQ(d(" 1,432.60 ").toString(), QStringLiteral("1432.60"));
    EXPECT_EQ(d("0.0050814585").toString(), QStringLiteral("0.0050814585"));
}

TEST(Decimal, RejectsWhatIsNotANumber)
{
    for (const char *bad : {"", "  ", "NaN", "nan", "inf", "-Infinity", "1.2.3", "12a", "1,", ",1", "1,,000",
                            "--1", "1e", "1e400", "99999999999999999999999", "."}) {
        EXPECT_FALSE(Decimal::fromString(QString::fromLatin1(bad)).has_value()) << bad;
    }
}

TEST(Decimal, ReadsJsonDoublesAsTheLiteralTheSenderWrote)
{
    EXPECT_EQ(Decimal::fromJsonDouble(89277.1)->toString(), QStringLiteral("89277.1"));
    EXPECT_EQ(Decimal::fromJsonDouble(0.1)->toString(), QStringLiteral("0.1"));
    EXPECT_EQ(Decimal::fromJsonDouble(1432.6)->toString(), QStringLiteral("1432.6"));
    EXPECT_EQ(Decimal::fromJsonDouble(98123456789.12344)->toString(), QStringLiteral("98123456789.12344"));
    EXPECT_FALSE(Decimal::fromJsonDouble(1e308).has_value());
    EXPECT_FALSE(Decimal::fromJsonDouble(std::numeric_limits<double>::quiet_NaN()).has_value());
    EXPECT_FALSE(Decimal::fromJsonDouble(std::numeric_limits<double>::infinity()).has_value());
}

TEST(Decimal, AddsAndMultipliesExactly)
{
    // 0.1 + 0.2 is the classic binary floating point failure.
    EXPECT_EQ(d("0.1") + d("0.2"), d("0.3"));
    EXPECT_EQ((d("0.1") + d("0.2")).toString(), QStringLiteral("0.3"));
    EXPECT_EQ((d("89277.1") * d("1432.6")).toString(), QStringLiteral("127898373.46"));
    EXPECT_EQ((d("129555000") - d("127898373.46")).toString(), QStringLiteral("1656626.54"));
    EXPECT_EQ((d("-2.5") * d("4")).toString(), QStringLiteral("-10"));
    Decimal sum;
    for (int i = 0; i < 10; ++i)
        sum += d("0.1");
    EXPECT_EQ(sum, Decimal::fromInteger(1));
}

TEST(Decimal, DividesWithHalfUpRounding)
{
    EXPECT_EQ(d("1").dividedBy(d("3"), 4)->toString(), QStringLiteral("0.3333"));
    EXPECT_EQ(d("2").dividedBy(d("3"), 4)->toString(), QStringLiteral("0.6667"));
    EXPECT_EQ(d("1").dividedBy(d("8"), 2)->toString(), QStringLiteral("0.13"));    // 0.125 -> up
    EXPECT_EQ(d("-1").dividedBy(d("8"), 2)->toString(), QStringLiteral("-0.13"));  // away from zero
    EXPECT_EQ(d("10").dividedBy(d("4"), 0)->toString(), QStringLiteral("3"));
    EXPECT_FALSE(d("1").dividedBy(Decimal(), 2).has_value());
}

TEST(Decimal, RoundsHalfUpForDisplay)
{
    EXPECT_EQ(d("1.285").roundedHalfUp(2).toString(), QStringLiteral("1.29"));
    EXPECT_EQ(d("1.2849999").roundedHalfUp(2).toString(), QStringLiteral("1.28"));
    EXPECT_EQ(d("-1.285").roundedHalfUp(2).toString(), QStringLiteral("-1.29"));
    EXPECT_EQ(d("1.2").toFixed(2), QStringLiteral("1.20"));
    EXPECT_EQ(d("3").toFixed(2), QStringLiteral("3.00"));
    EXPECT_EQ(d("-0.004").toFixed(2), QStringLiteral("0.00"));
    EXPECT_EQ(d("0.005").toFixed(2), QStringLiteral("0.01"));
}

TEST(Decimal, ComparesAcrossScales)
{
    EXPECT_EQ(d("1.50"), d("1.5"));
    EXPECT_LT(d("1.49"), d("1.5"));
    EXPECT_GT(d("-1"), d("-1.01"));
    EXPECT_TRUE(d("0.000").isZero());
    EXPECT_EQ(d("1.2300").normalized().toString(), QStringLiteral("1.23"));
    EXPECT_EQ(d("-7").abs(), d("7"));
}

TEST(Decimal, KeepsEighteenDigitsWhenProductsGrow)
{
    // 129555000 * 0.123456789012345678 needs more than 64 bits of mantissa: it is rounded, not wrapped.
    const Decimal product = d("129555000") * d("0.123456789012345678");
    // Exact: 15994444.30049444431329; 64 bits hold 19 digits of it, rounded half-up.
    EXPECT_EQ(product.toString(), QStringLiteral("15994444.30049444431"));
    const Decimal tiny = d("0.000000001") * d("0.000000001");
    EXPECT_EQ(tiny.toString(), QStringLiteral("0.000000000000000001"));
}

TEST(Decimal, RoundsPlacesItCannotKeepOnceAndCorrectly)
{
    // 20 places to 18: ...449 must round down. Rounding one digit at a time went 449 -> 45 -> 5.
    EXPECT_EQ(d("0.12345678901234567449").toString(), QStringLiteral("0.123456789012345674"));
    EXPECT_EQ(d("0.1234567890123456789").toString(), QStringLiteral("0.123456789012345679"));
    EXPECT_EQ(d("-0.1234567890123456785").toString(), QStringLiteral("-0.123456789012345679"));
    // A JSON double written with a tail past 18 places, kept to far better than a part in 10^15.
    EXPECT_EQ(d("1.2340000000000001e-5"), d("0.00001234"));
    // A product with 20 places: 0.00000000000000001449 is 0.000000000000000014, not ...15.
    EXPECT_EQ((d("0.000000001449") * d("0.00000001")).toString(), QStringLiteral("0.000000000000000014"));
    EXPECT_EQ((d("-0.000000001449") * d("0.00000001")).toString(), QStringLiteral("-0.000000000000000014"));
    EXPECT_TRUE(d("0.00000000000000000000").isZero());
}

TEST(Decimal, RejectsTextThatRoundingWouldMakeAnotherNumber)
{
    // Read as 0, 0.000000000000000002 and 0.000000000000985476 before: zero, or a different rate.
    for (const char *bad : { "0.0000000000000000004", "-0.0000000000000000001", "1e-19", "0.0000000000000000015",
                             "00.000000000000985475890", "0.12345e-30" }) {
        EXPECT_FALSE(Decimal::fromString(QString::fromLatin1(bad)).has_value()) << bad;
        EXPECT_FALSE(Decimal::fromJsonDouble(QString::fromLatin1(bad).toDouble()).has_value()) << bad;
    }
}

TEST(Decimal, NeverWrapsOrLosesPlacesWhenWidening)
{
    // Twice 9e18 saturates at the largest mantissa rather than wrapping to a negative number.
    EXPECT_EQ((d("9000000000000000000") + d("9000000000000000000")).mantissa(),
              std::numeric_limits<std::int64_t>::max());
    EXPECT_EQ((-d("9000000000000000000") - d("9000000000000000000")).mantissa(),
              -std::numeric_limits<std::int64_t>::max());
    EXPECT_EQ(Decimal::fromParts(5, -3), d("5000"));
    EXPECT_EQ(Decimal::fromParts(1, -40).mantissa(), std::numeric_limits<std::int64_t>::max());
    EXPECT_EQ(Decimal::fromParts(-1, -40).mantissa(), -std::numeric_limits<std::int64_t>::max());
    // More places than Decimal keeps are zeros written out, not places silently dropped.
    EXPECT_EQ(d("1.5").toFixed(20), QStringLiteral("1.50000000000000000000"));
    EXPECT_EQ(d("9223372036854775806").toFixed(2), QStringLiteral("9223372036854775806.00"));
    EXPECT_EQ(d("12").toFixed(0), QStringLiteral("12"));
}
