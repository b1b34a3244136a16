#include "settingsdialog.h"

#include "settings/appsettings.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>

#include <gtest/gtest.h>

// The fee rates a new position starts from are settings, edited in the preferences.
TEST(PositionSettings, DefaultFeeRatesAreEditedAndValidated)
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    SettingsDialog dialog(&settings);
    auto *korea = dialog.findChild<QLineEdit *>(QStringLiteral("koreaFee"));
    auto *foreign = dialog.findChild<QLineEdit *>(QStringLiteral("foreignFee"));
    auto *koreaError = dialog.findChild<QLabel *>(QStringLiteral("koreaFeeError"));
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    ASSERT_TRUE(korea && foreign && koreaError);
    EXPECT_EQ(korea->text(), QStringLiteral("0.0004"));
    EXPECT_EQ(foreign->text(), QStringLiteral("0.0005"));
    EXPECT_TRUE(ok->isEnabled());

    for (const char *bad : {"", "x", "-0.001", "0.02"}) {
        korea->setText(QString::fromLatin1(bad));
        EXPECT_FALSE(ok->isEnabled()) << bad;
        EXPECT_FALSE(koreaError->isHidden()) << bad;
    }
    korea->setText(QStringLiteral("0.00025"));
    foreign->setText(QStringLiteral("0.0002"));
    EXPECT_TRUE(koreaError->isHidden());
    ok->click();
    EXPECT_EQ(settings.positionFees().korea.toString(), QStringLiteral("0.00025"));
    EXPECT_EQ(settings.positionFees().foreign.toString(), QStringLiteral("0.0002"));

    SettingsDialog again(&settings);
    EXPECT_EQ(again.findChild<QLineEdit *>(QStringLiteral("koreaFee"))->text(), QStringLiteral("0.00025"));
    again.restoreDefaults();
    EXPECT_EQ(again.findChild<QLineEdit *>(QStringLiteral("koreaFee"))->text(), QStringLiteral("0.0004"));
}
