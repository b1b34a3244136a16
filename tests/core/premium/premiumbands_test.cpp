#include "premium/premiumbands.h"

#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

Decimal d(const char *text)
{
    return Decimal::fromString(QString::fromLatin1(text)).value();
}

} // namespace

TEST(PremiumBands, DefaultsAreThreePercentWarmAndMinusOneCool)
{
    const PremiumBands bands;
    EXPECT_EQ(bands.bandOf(d("3.00")), PremiumBands::Band::Warm);
    EXPECT_EQ(bands.bandOf(d("2.99")), PremiumBands::Band::Neutral);
    EXPECT_EQ(bands.bandOf(d("-0.99")), PremiumBands::Band::Neutral);
    EXPECT_EQ(bands.bandOf(d("-1")), PremiumBands::Band::Cool);
    EXPECT_EQ(bands.bandOf(d("-12.5")), PremiumBands::Band::Cool);
}

TEST(PremiumBands, RoundTripsThroughSettingsAndFallsBackOnGarbage)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("bands.ini"));
    {
        QSettings settings(path, QSettings::IniFormat);
        EXPECT_EQ(PremiumBands::load(settings), PremiumBands());
        PremiumBands bands;
        bands.warmAtLeast = d("4.5");
        bands.coolAtMost = d("-0.25");
        bands.save(settings);
    }
    {
        QSettings settings(path, QSettings::IniFormat);
        const PremiumBands bands = PremiumBands::load(settings);
        EXPECT_EQ(bands.warmAtLeast, d("4.5"));
        EXPECT_EQ(bands.coolAtMost, d("-0.25"));
        settings.setValue(QStringLiteral("marketTable/warmPremium"), QStringLiteral("lots"));
        EXPECT_EQ(PremiumBands::load(settings).warmAtLeast, PremiumBands().warmAtLeast);
    }
}
