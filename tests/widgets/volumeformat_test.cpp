#include "volumeformat.h"

#include <gtest/gtest.h>

namespace {

Decimal dec(const char *text)
{
    return Decimal::fromString(QString::fromLatin1(text)).value();
}

const QLocale Korean(QLocale::Korean, QLocale::SouthKorea);
const QLocale English(QLocale::English, QLocale::UnitedStates);

} // namespace

TEST(VolumeFormat, KoreanCountsInManEokAndJo)
{
    EXPECT_EQ(VolumeFormat::krw(dec("345600000000"), Korean), QStringLiteral("₩3,456억"));
    EXPECT_EQ(VolumeFormat::krw(dec("1234500000000"), Korean), QStringLiteral("₩1.23조"));
    EXPECT_EQ(VolumeFormat::krw(dec("1235000000000"), Korean), QStringLiteral("₩1.24조")); // half-up
    EXPECT_EQ(VolumeFormat::krw(dec("50000000"), Korean), QStringLiteral("₩5,000만"));
    EXPECT_EQ(VolumeFormat::krw(dec("9999"), Korean), QStringLiteral("₩9,999"));
}

TEST(VolumeFormat, EnglishCountsInThousands)
{
    EXPECT_EQ(VolumeFormat::krw(dec("345600000000"), English), QStringLiteral("₩345.60B"));
    EXPECT_EQ(VolumeFormat::krw(dec("1234500000000"), English), QStringLiteral("₩1.23T"));
    EXPECT_EQ(VolumeFormat::krw(dec("12345678"), English), QStringLiteral("₩12.35M"));
    EXPECT_EQ(VolumeFormat::krw(dec("1500"), English), QStringLiteral("₩1.50K"));
    EXPECT_EQ(VolumeFormat::krw(dec("999.4"), English), QStringLiteral("₩999"));
    EXPECT_EQ(VolumeFormat::krw(dec("0"), English), QStringLiteral("₩0"));
}
