#include "priceformat.h"

#include <gtest/gtest.h>

namespace {

Decimal dec(const char *text)
{
    return Decimal::fromString(QString::fromLatin1(text)).value();
}

const QLocale english(QLocale::English, QLocale::UnitedStates);

} // namespace

TEST(PriceFormatTest, GroupsThousandsExactly)
{
    EXPECT_EQ(PriceFormat::grouped(dec("129555000"), 0, english), QStringLiteral("129,555,000"));
    EXPECT_EQ(PriceFormat::grouped(dec("999"), 0, english), QStringLiteral("999"));
    EXPECT_EQ(PriceFormat::grouped(dec("1000"), 2, english), QStringLiteral("1,000.00"));
    EXPECT_EQ(PriceFormat::grouped(dec("-1234567.891"), 2, english), QStringLiteral("-1,234,567.89"));
    // Beyond double precision: the digits are the Decimal's, not a binary approximation.
    EXPECT_EQ(PriceFormat::grouped(dec("12345678901234.56"), 2, english), QStringLiteral("12,345,678,901,234.56"));
    EXPECT_EQ(PriceFormat::grouped(dec("-0.001"), 2, english), QStringLiteral("0.00"));
}

TEST(PriceFormatTest, UsesTheLocaleSeparators)
{
    const QLocale german(QLocale::German, QLocale::Germany);
    EXPECT_EQ(PriceFormat::fxRate(dec("1432.6"), german), QStringLiteral("1.432,60"));
    const QLocale korean(QLocale::Korean, QLocale::SouthKorea);
    EXPECT_EQ(PriceFormat::fxRate(dec("1432.6"), korean), QStringLiteral("1,432.60"));
    // The C locale asks to omit grouping; a nine-digit price is unreadable without it.
    EXPECT_EQ(PriceFormat::grouped(dec("129555000"), 0, QLocale::c()), QStringLiteral("129,555,000"));
}

TEST(PriceFormatTest, Prices)
{
    EXPECT_EQ(PriceFormat::krw(dec("129555000"), english), QStringLiteral("₩129,555,000"));
    EXPECT_EQ(PriceFormat::krw(dec("1234.5"), english), QStringLiteral("₩1,234.5"));
    EXPECT_EQ(PriceFormat::usdt(dec("89277.1"), english), QStringLiteral("89,277.10 USDT"));
    EXPECT_EQ(PriceFormat::usdt(dec("0.123456"), english), QStringLiteral("0.123456 USDT"));
    EXPECT_EQ(PriceFormat::fxRate(dec("1432.6"), english), QStringLiteral("1,432.60"));
}

TEST(PriceFormatTest, PremiumCarriesItsSign)
{
    EXPECT_EQ(PriceFormat::percent(dec("1.28"), english), QStringLiteral("+1.28 %"));
    EXPECT_EQ(PriceFormat::percent(dec("-0.41"), english), QStringLiteral("-0.41 %"));
    EXPECT_EQ(PriceFormat::percent(dec("0"), english), QStringLiteral("0.00 %"));
    EXPECT_EQ(PriceFormat::percent(dec("1.3"), english), QStringLiteral("+1.30 %"));
}
