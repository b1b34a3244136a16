#include "settings/appsettings.h"

#include "positiontestdata.h"

#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

TEST(FeeRates, DefaultsAreTheVenuesStandardFees)
{
    EXPECT_EQ(FeeRates::standard().korea.toString(), QStringLiteral("0.0004"));
    EXPECT_EQ(FeeRates::standard().foreign.toString(), QStringLiteral("0.0005"));
}

TEST(FeeRates, SettingsKeepThemExactly)
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("settings.ini"));
    {
        AppSettings settings(ini);
        EXPECT_EQ(settings.positionFees(), FeeRates::standard());
        settings.setPositionFees(FeeRates{dec("0.000123456789"), dec("0.0002")});
    }
    AppSettings reread(ini);
    EXPECT_EQ(reread.positionFees().korea.toString(), QStringLiteral("0.000123456789"));
    EXPECT_EQ(reread.positionFees().foreign.toString(), QStringLiteral("0.0002"));

    // A value edited by hand into nonsense falls back to the standard rate.
    {
        QSettings raw(ini, QSettings::IniFormat);
        raw.setValue(QStringLiteral("positions/koreaFeeRate"), QStringLiteral("lots"));
        raw.setValue(QStringLiteral("positions/foreignFeeRate"), QStringLiteral("-1"));
    }
    AppSettings broken(ini);
    EXPECT_EQ(broken.positionFees(), FeeRates::standard());
}
