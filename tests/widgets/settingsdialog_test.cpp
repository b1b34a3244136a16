#include "settingsdialog.h"

#include "exchanges/venuecatalog.h"
#include "settings/appsettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

class SettingsDialogTest : public ::testing::Test
{
protected:
    SettingsDialogTest()
        : settings(dir.filePath(QStringLiteral("settings.ini")))
        , dialog(&settings)
    {
    }

    template<typename T>
    T *child(const QString &name) const
    {
        T *widget = dialog.findChild<T *>(name);
        EXPECT_NE(widget, nullptr) << name.toStdString();
        return widget;
    }
    QLineEdit *url(const char *venue) const { return child<QLineEdit>(QStringLiteral("url_") + QString::fromLatin1(venue)); }
    QLabel *urlError(const char *venue) const { return child<QLabel>(QStringLiteral("urlError_") + QString::fromLatin1(venue)); }
    QPushButton *ok() const { return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok); }

    QTemporaryDir dir;
    AppSettings settings;
    SettingsDialog dialog;
};

} // namespace

TEST_F(SettingsDialogTest, OffersEveryVenueAndStartsValid)
{
    for (const char *venue : {"bithumb", "binance", "upbit", "dunamu", "open-er-api"}) {
        ASSERT_NE(url(venue), nullptr);
        EXPECT_TRUE(urlError(venue)->isHidden());
    }
    EXPECT_EQ(url("bithumb")->placeholderText(), QStringLiteral("https://api.bithumb.com"));
    EXPECT_EQ(child<QSpinBox>(QStringLiteral("tickerPeriod"))->value(), 1000);
    EXPECT_EQ(child<QSpinBox>(QStringLiteral("fxPeriod"))->value(), 10);
    EXPECT_TRUE(ok()->isEnabled());
}

TEST_F(SettingsDialogTest, RejectsBadUrlsWithTheReasonNextToTheField)
{
    url("binance")->setText(QStringLiteral("ftp://fapi.binance.com"));
    EXPECT_FALSE(ok()->isEnabled());
    EXPECT_FALSE(urlError("binance")->isHidden());
    EXPECT_TRUE(urlError("binance")->text().contains(QStringLiteral("http")));
    EXPECT_TRUE(urlError("bithumb")->isHidden());

    url("binance")->setText(QStringLiteral("http://"));
    EXPECT_FALSE(ok()->isEnabled());
    EXPECT_TRUE(urlError("binance")->text().contains(QStringLiteral("host")));

    url("binance")->setText(QStringLiteral("http://exa mple.com"));
    EXPECT_FALSE(ok()->isEnabled());
    EXPECT_FALSE(urlError("binance")->text().isEmpty());

    url("binance")->setText(QStringLiteral("https://fapi.binance.com/fapi/v2/ticker/price"));
    EXPECT_FALSE(ok()->isEnabled());
    EXPECT_TRUE(urlError("binance")->text().contains(QStringLiteral("path")));

    url("binance")->setText(QStringLiteral("http://127.0.0.1:18080"));
    EXPECT_TRUE(ok()->isEnabled());
    EXPECT_TRUE(urlError("binance")->isHidden());

    // Clicking OK while invalid saves nothing.
    url("dunamu")->setText(QStringLiteral("nonsense"));
    QSignalSpy changed(&settings, &AppSettings::feedConfigChanged);
    dialog.accept();
    EXPECT_EQ(changed.count(), 0);
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
}

TEST_F(SettingsDialogTest, RejectsPeriodsOutOfRange)
{
    auto *ticker = child<QSpinBox>(QStringLiteral("tickerPeriod"));
    auto *fx = child<QSpinBox>(QStringLiteral("fxPeriod"));
    auto *tickerError = child<QLabel>(QStringLiteral("tickerPeriodError"));
    auto *fxError = child<QLabel>(QStringLiteral("fxPeriodError"));

    ticker->setValue(100);
    EXPECT_FALSE(ok()->isEnabled());
    EXPECT_FALSE(tickerError->isHidden());
    EXPECT_TRUE(tickerError->text().contains(QStringLiteral("500")));
    ticker->setValue(60'001);
    EXPECT_FALSE(ok()->isEnabled());
    ticker->setValue(500);
    EXPECT_TRUE(ok()->isEnabled());
    EXPECT_TRUE(tickerError->isHidden());

    fx->setValue(0);
    EXPECT_FALSE(ok()->isEnabled());
    EXPECT_TRUE(fxError->text().contains(QStringLiteral("1440")));
    fx->setValue(1441);
    EXPECT_FALSE(ok()->isEnabled());
    fx->setValue(1440);
    EXPECT_TRUE(ok()->isEnabled());
}

TEST_F(SettingsDialogTest, AcceptingSavesTheConfiguration)
{
    QSignalSpy changed(&settings, &AppSettings::feedConfigChanged);
    url("bithumb")->setText(QStringLiteral("http://127.0.0.1:18080/"));
    url("open-er-api")->setText(QStringLiteral("https://fx.example.com:8443"));
    auto *basis = child<QComboBox>(QStringLiteral("basis"));
    basis->setCurrentIndex(basis->findData(QStringLiteral("global")));
    auto *transport = child<QComboBox>(QStringLiteral("transport"));
    EXPECT_EQ(transport->currentData().toString(), QStringLiteral("stream")) << "streams by default";
    transport->setCurrentIndex(transport->findData(QStringLiteral("poll")));
    child<QSpinBox>(QStringLiteral("tickerPeriod"))->setValue(2000);
    child<QSpinBox>(QStringLiteral("fxPeriod"))->setValue(5);

    ok()->click();

    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    ASSERT_EQ(changed.count(), 1);
    // Read back from a fresh object on the same file: it really was written.
    AppSettings reread(dir.filePath(QStringLiteral("settings.ini")));
    const FeedConfig config = reread.feedConfig();
    EXPECT_EQ(config.baseUrl(QStringLiteral("bithumb")), QUrl(QStringLiteral("http://127.0.0.1:18080")));
    EXPECT_EQ(config.baseUrl(QStringLiteral("open-er-api")), QUrl(QStringLiteral("https://fx.example.com:8443")));
    EXPECT_EQ(config.baseUrl(QStringLiteral("binance")), VenueCatalog::defaultBaseUrl(QStringLiteral("binance")));
    EXPECT_EQ(config.basis, PremiumBasis::Global);
    EXPECT_EQ(config.transport, FeedTransport::Poll);
    EXPECT_EQ(config.tickerPeriodMs, 2000);
    EXPECT_EQ(config.fxPeriodMs, 5 * 60'000);
}

TEST_F(SettingsDialogTest, TheSharedFeedsRedisIsCheckedAndSavedWithoutAPassword)
{
    auto *redis = child<QLineEdit>(QStringLiteral("redisUrl"));
    auto *error = child<QLabel>(QStringLiteral("redisUrlError"));
    ASSERT_TRUE(redis && error);
    EXPECT_TRUE(redis->text().isEmpty()) << "off by default";
    EXPECT_TRUE(ok()->isEnabled());

    redis->setText(QStringLiteral("http://cache.lan:6379"));
    EXPECT_FALSE(ok()->isEnabled());
    EXPECT_FALSE(error->isHidden());
    EXPECT_TRUE(error->text().contains(QStringLiteral("redis://"))) << error->text().toStdString();

    redis->setText(QStringLiteral("redis://feed:hunter2@cache.lan:6379"));
    EXPECT_FALSE(ok()->isEnabled());
    EXPECT_TRUE(error->text().contains(QStringLiteral("password"))) << error->text().toStdString();
    EXPECT_FALSE(error->text().contains(QStringLiteral("hunter2")));

    redis->setText(QStringLiteral("redis://cache.lan:6379/x"));
    EXPECT_FALSE(ok()->isEnabled());

    QSignalSpy changed(&settings, &AppSettings::feedConfigChanged);
    // The feed is rebuilt on the configuration change: the address must be saved by then.
    QString seenByTheRebuild;
    QObject::connect(&settings, &AppSettings::feedConfigChanged, &dialog, [&] { seenByTheRebuild = settings.redisUrl(); });
    redis->setText(QStringLiteral(" redis://feed@cache.lan:6380/2 "));
    EXPECT_TRUE(ok()->isEnabled());
    EXPECT_TRUE(error->isHidden());
    ok()->click();
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(seenByTheRebuild, QStringLiteral("redis://feed@cache.lan:6380/2"));
    EXPECT_EQ(AppSettings(dir.filePath(QStringLiteral("settings.ini"))).redisUrl(), QStringLiteral("redis://feed@cache.lan:6380/2"));
}

TEST_F(SettingsDialogTest, TheLocalApiIsOffByDefaultAndNeedsTheTokenOffLoopback)
{
    auto *port = child<QSpinBox>(QStringLiteral("apiPort"));
    auto *address = child<QLineEdit>(QStringLiteral("apiAddress"));
    auto *error = child<QLabel>(QStringLiteral("apiAddressError"));
    auto *token = child<QCheckBox>(QStringLiteral("apiRequireToken"));
    ASSERT_TRUE(port && address && error && token);
    EXPECT_EQ(port->value(), 0) << "off by default";
    EXPECT_FALSE(port->text().contains(u'0')) << "0 shows as Off";
    EXPECT_FALSE(token->isChecked());

    address->setText(QStringLiteral("localhost:80"));
    EXPECT_FALSE(ok()->isEnabled());
    EXPECT_FALSE(error->isHidden());

    // Another machine may connect: the token is required, not a choice.
    address->setText(QStringLiteral("0.0.0.0"));
    EXPECT_TRUE(ok()->isEnabled());
    EXPECT_TRUE(token->isChecked());
    EXPECT_FALSE(token->isEnabled());

    port->setValue(8765);
    QSignalSpy changed(&settings, &AppSettings::apiSettingsChanged);
    ok()->click();
    ASSERT_EQ(changed.count(), 1);
    const ApiSettings saved = AppSettings(dir.filePath(QStringLiteral("settings.ini"))).apiSettings();
    EXPECT_EQ(saved.port, 8765);
    EXPECT_EQ(saved.address, QStringLiteral("0.0.0.0"));
    EXPECT_TRUE(saved.requireToken);
}

TEST_F(SettingsDialogTest, FailoverDelayAndOutlierThresholdAreSaved)
{
    auto *failover = child<QSpinBox>(QStringLiteral("koreanFailover"));
    auto *outlier = child<QDoubleSpinBox>(QStringLiteral("outlierPercent"));
    ASSERT_TRUE(failover && outlier);
    EXPECT_EQ(failover->value(), 10);
    EXPECT_DOUBLE_EQ(outlier->value(), 10.0);
    failover->setValue(25);
    outlier->setValue(5.5);
    ok()->click();
    FeedConfig saved = AppSettings(dir.filePath(QStringLiteral("settings.ini"))).feedConfig();
    EXPECT_EQ(saved.koreanFailoverMs, 25'000);
    EXPECT_EQ(saved.outlierShare.toString(), QStringLiteral("0.055"));

    // Zero reads "Off" and turns the guard off.
    SettingsDialog again(&settings);
    auto *outlierAgain = again.findChild<QDoubleSpinBox *>(QStringLiteral("outlierPercent"));
    ASSERT_TRUE(outlierAgain);
    EXPECT_DOUBLE_EQ(outlierAgain->value(), 5.5);
    outlierAgain->setValue(0);
    EXPECT_EQ(outlierAgain->text(), QStringLiteral("Off"));
    again.accept();
    saved = AppSettings(dir.filePath(QStringLiteral("settings.ini"))).feedConfig();
    EXPECT_TRUE(saved.outlierShare.isZero()) << saved.outlierShare.toString().toStdString();
}

TEST_F(SettingsDialogTest, TheKoreanFallbackVenuesAddressIsSaved)
{
    url("upbit")->setText(QStringLiteral("http://127.0.0.1:18081"));
    ok()->click();
    AppSettings reread(dir.filePath(QStringLiteral("settings.ini")));
    EXPECT_EQ(reread.feedConfig().baseUrl(QStringLiteral("upbit")), QUrl(QStringLiteral("http://127.0.0.1:18081")));
}

TEST_F(SettingsDialogTest, ShowsSavedValuesAndRestoresDefaults)
{
    FeedConfig saved;
    saved.baseUrls.insert(QStringLiteral("dunamu"), QUrl(QStringLiteral("http://127.0.0.1:9999")));
    saved.basis = PremiumBasis::Global;
    saved.transport = FeedTransport::Poll;
    saved.tickerPeriodMs = 3000;
    settings.setFeedConfig(saved);

    SettingsDialog again(&settings);
    auto *dunamu = again.findChild<QLineEdit *>(QStringLiteral("url_dunamu"));
    auto *ticker = again.findChild<QSpinBox *>(QStringLiteral("tickerPeriod"));
    auto *basis = again.findChild<QComboBox *>(QStringLiteral("basis"));
    auto *transport = again.findChild<QComboBox *>(QStringLiteral("transport"));
    ASSERT_TRUE(dunamu && ticker && basis && transport);
    EXPECT_EQ(transport->currentData().toString(), QStringLiteral("poll"));
    EXPECT_EQ(dunamu->text(), QStringLiteral("http://127.0.0.1:9999"));
    EXPECT_EQ(ticker->value(), 3000);
    EXPECT_EQ(basis->currentData().toString(), QStringLiteral("global"));

    dunamu->setText(QStringLiteral("bad"));
    EXPECT_FALSE(again.isInputValid());
    again.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::RestoreDefaults)->click();
    EXPECT_TRUE(dunamu->text().isEmpty());
    EXPECT_EQ(ticker->value(), 1000);
    EXPECT_EQ(basis->currentData().toString(), QStringLiteral("seed"));
    EXPECT_EQ(transport->currentData().toString(), QStringLiteral("stream"));
    EXPECT_TRUE(again.isInputValid());
    // Restoring is not saving.
    EXPECT_EQ(settings.feedConfig().tickerPeriodMs, 3000);
}

TEST_F(SettingsDialogTest, PremiumColourBandsAreCheckedAndSaved)
{
    QLineEdit *warm = child<QLineEdit>(QStringLiteral("warmPremium"));
    QLineEdit *cool = child<QLineEdit>(QStringLiteral("coolPremium"));
    QLabel *warmError = child<QLabel>(QStringLiteral("warmPremiumError"));
    QLabel *coolError = child<QLabel>(QStringLiteral("coolPremiumError"));
    EXPECT_EQ(warm->text(), QStringLiteral("3"));
    EXPECT_EQ(cool->text(), QStringLiteral("-1"));

    warm->setText(QStringLiteral("three"));
    EXPECT_FALSE(ok()->isEnabled());
    EXPECT_FALSE(warmError->isHidden());
    EXPECT_EQ(warmError->text(), QStringLiteral("Expected a percentage such as 3 or -1.5."));
    warm->setText(QStringLiteral("250"));
    EXPECT_EQ(warmError->text(), QStringLiteral("Must be between -100 and 100 %."));
    warm->setText(QStringLiteral("-2"));
    EXPECT_TRUE(warmError->isHidden());
    EXPECT_FALSE(coolError->isHidden()) << "a premium cannot be warm and cool at once";
    EXPECT_EQ(coolError->text(), QStringLiteral("Must be below the warm premium (-2 %)."));
    EXPECT_FALSE(ok()->isEnabled());

    QSignalSpy changed(&settings, &AppSettings::premiumBandsChanged);
    warm->setText(QStringLiteral(" 2.5 "));
    cool->setText(QStringLiteral("-0.5"));
    EXPECT_TRUE(ok()->isEnabled());
    dialog.accept();
    const PremiumBands expected { *Decimal::fromString(u"2.5"), *Decimal::fromString(u"-0.5") };
    EXPECT_EQ(settings.premiumBands(), expected);
    ASSERT_EQ(changed.size(), 1);
    EXPECT_EQ(changed.at(0).at(0).value<PremiumBands>(), expected);

    SettingsDialog again(&settings);
    EXPECT_EQ(again.findChild<QLineEdit *>(QStringLiteral("warmPremium"))->text(), QStringLiteral("2.5"));
    again.restoreDefaults();
    EXPECT_EQ(again.findChild<QLineEdit *>(QStringLiteral("coolPremium"))->text(), QStringLiteral("-1"));
}
