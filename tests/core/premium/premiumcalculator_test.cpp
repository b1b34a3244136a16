#include "premium/premiumcalculator.h"

#include <gtest/gtest.h>

namespace {

Decimal d(const char *text)
{
    return Decimal::fromString(QString::fromLatin1(text)).value();
}

QString rate(const char *korea, const char *foreign, const char *fx, PremiumBasis basis, int places = 2)
{
    const auto value = PremiumCalculator::rate(d(korea), d(foreign), d(fx), basis, places);
    return value ? value->toFixed(places) : QStringLiteral("none");
}

} // namespace

// The seed design's acceptance cases.
TEST(PremiumCalculator, SeedBasisMatchesTheDesignExamples)
{
    EXPECT_EQ(rate("129555000", "89277.1", "1432.6", PremiumBasis::Seed), QStringLiteral("1.28"));
    EXPECT_EQ(rate("125000000", "90000", "1432.6", PremiumBasis::Seed), QStringLiteral("-3.15"));
}

TEST(PremiumCalculator, GlobalBasisMatchesPremiumSites)
{
    EXPECT_EQ(rate("129555000", "89277.1", "1432.6", PremiumBasis::Global), QStringLiteral("1.30"));
    // (125000000 / 128934000 - 1) * 100 = -3.0512...
    EXPECT_EQ(rate("125000000", "90000", "1432.6", PremiumBasis::Global), QStringLiteral("-3.05"));
}

TEST(PremiumCalculator, KeepsPrecisionForHistory)
{
    // 1656626.54 * 100 / 129555000 = 1.27870521...
    EXPECT_EQ(rate("129555000", "89277.1", "1432.6", PremiumBasis::Seed, 8), QStringLiteral("1.27870521"));
}

TEST(PremiumCalculator, RoundsTheExactQuotientHalfUp)
{
    // korea 100, foreign*fx 98.715 -> exactly 1.285 %: half-up gives 1.29.
    EXPECT_EQ(rate("100", "98.715", "1", PremiumBasis::Seed), QStringLiteral("1.29"));
    // 1.2849999...: must not be double-rounded up through 1.285.
    EXPECT_EQ(rate("100000000000", "98715000001", "1", PremiumBasis::Seed), QStringLiteral("1.28"));
    // Negative ties round away from zero: korea 100, converted 101.285 -> -1.285 % -> -1.29.
    EXPECT_EQ(rate("100", "101.285", "1", PremiumBasis::Seed), QStringLiteral("-1.29"));
    EXPECT_EQ(rate("100", "100", "1", PremiumBasis::Seed), QStringLiteral("0.00"));
}

TEST(PremiumCalculator, RefusesNonPositiveInputs)
{
    EXPECT_EQ(rate("0", "89277.1", "1432.6", PremiumBasis::Seed), QStringLiteral("none"));
    EXPECT_EQ(rate("129555000", "-1", "1432.6", PremiumBasis::Seed), QStringLiteral("none"));
    EXPECT_EQ(rate("129555000", "89277.1", "0", PremiumBasis::Global), QStringLiteral("none"));
}
