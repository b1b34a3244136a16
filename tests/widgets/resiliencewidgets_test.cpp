#include "fxcontrol.h"
#include "keyrotationbanner.h"
#include "mainwindow.h"
#include "secretsdialog.h"
#include "venuehealthview.h"

#include "exchanges/venuefailover.h"
#include "fx/fxkeeper.h"
#include "premium/marketfeed.h"
#include "secrets/secretcatalog.h"

#include "../common/fakevenues.h"

#include <QDockWidget>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

// The window's resilience parts against a real live feed on loopback venues: what the user sees
// when a venue is banned, when Upbit takes over, when a tick is held back, where FX comes from,
// and the API key page.
namespace {

class ResilienceWidgetsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(server.listen());
        ASSERT_TRUE(upbit.listen());
        serveAllVenues(server);
        serveUpbit(upbit);
        for (const char *venue : { "bithumb", "binance", "dunamu", "open-er-api" })
            config.baseUrls.insert(QString::fromLatin1(venue), server.baseUrl());
        config.baseUrls.insert(QStringLiteral("upbit"), upbit.baseUrl());
        config.tickerPeriodMs = 100;
        // Polling's behaviour: the stream transport has tests of its own.
        config.transport = FeedTransport::Poll;
    }

    FixtureServer server;
    FixtureServer upbit;
    FeedConfig config;
};

// What the window does with a feed: the gates and failover to watch, outliers and data issues.
void attach(VenueHealthView &view, MarketFeed &feed)
{
    view.watch(feed.gates(), feed.koreanFailover());
    QObject::connect(&feed, &MarketFeed::outlierReported, &view, &VenueHealthView::showOutlier);
    QObject::connect(&feed, &MarketFeed::dataIssue, &view, &VenueHealthView::showDataIssue);
}

} // namespace

TEST_F(ResilienceWidgetsTest, ABanShowsUntilWhenAndTheKoreanVenueInUse)
{
    FixtureResponse banned = FixtureResponse::fromFile(QStringLiteral("binance/fapi-error-ip-banned.json"), 418);
    banned.headers = { { "Retry-After", "120" } };
    server.setRoute(QStringLiteral("/fapi/v1/ticker/price"), banned);
    MarketFeed feed(config);
    VenueHealthView view;
    attach(view, feed);
    const QDateTime before = QDateTime::currentDateTime();
    feed.start();
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return view.venueText(QStringLiteral("binance")).contains(u"Banned until"); }, 3000))
        << qPrintable(view.venueText(QStringLiteral("binance")));
    // The ban ends 120 s after the reply, which came between `before` and now: the shown time is
    // one of the seconds in that span (a date in front of it when that is tomorrow).
    const QString text = view.venueText(QStringLiteral("binance"));
    bool shown = false;
    for (QDateTime at = before.addSecs(120); at <= QDateTime::currentDateTime().addSecs(121); at = at.addSecs(1))
        shown = shown || text.contains(at.toString(QStringLiteral("HH:mm:ss")));
    EXPECT_TRUE(shown) << qPrintable(text);
    EXPECT_EQ(view.koreanVenueText(), QStringLiteral("Premium uses Bithumb"));
    view.watch(nullptr, nullptr);
}

TEST_F(ResilienceWidgetsTest, TheWindowSaysWhenUpbitCarriesThePremium)
{
    config.koreanFailoverMs = 300;
    // Bithumb down: every request of its cycle fails.
    for (const char *path : { "/v1/ticker", "/v1/orderbook" })
        server.setRoute(QString::fromLatin1(path), FixtureResponse::fromFile(QStringLiteral("errors/cloudflare-502.html"), 502));
    MarketFeed feed(config);
    VenueHealthView view;
    attach(view, feed);
    feed.start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.koreanVenueText().startsWith(u"Premium uses Upbit"); }, 3000));
    EXPECT_TRUE(view.koreanVenueText().contains(u"Bithumb failing for")) << qPrintable(view.koreanVenueText());
    EXPECT_TRUE(view.venueText(QStringLiteral("bithumb")).contains(u"Backing off"))
        << qPrintable(view.venueText(QStringLiteral("bithumb")));
    view.watch(nullptr, nullptr);
}

TEST_F(ResilienceWidgetsTest, AHeldBackTickIsReported)
{
    QByteArray spike = FixtureResponse::fromFile(QStringLiteral("bithumb/v1-ticker-krw-btc.json")).body;
    spike.replace("129555000", "100000000");
    server.setRouteSequence(QStringLiteral("/v1/ticker"),
                            { FixtureResponse::fromFile(QStringLiteral("bithumb/v1-ticker-krw-btc.json")),
                              FixtureResponse { .body = spike }, FixtureResponse { .body = spike },
                              FixtureResponse::fromFile(QStringLiteral("bithumb/v1-ticker-krw-btc.json")) });
    MarketFeed feed(config);
    VenueHealthView view;
    attach(view, feed);
    feed.start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.dataIssueText().contains(u"outlier held for confirmation"); }, 3000))
        << qPrintable(view.dataIssueText());
    EXPECT_TRUE(view.dataIssueText().contains(u"BTC on Bithumb")) << qPrintable(view.dataIssueText());
    view.watch(nullptr, nullptr);
}

TEST_F(ResilienceWidgetsTest, FxControlSetsAndClearsTheManualRate)
{
    MarketFeed feed(config);
    FxControl control;
    control.setKeeper(feed.fxKeeper());
    QSignalSpy changed(&control, &FxControl::manualRateChanged);
    feed.start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return control.originText().contains(u"Live from Dunamu"); }, 3000))
        << qPrintable(control.originText());
    EXPECT_TRUE(control.originText().startsWith(u"1,432.60"));

    auto *edit = control.findChild<QLineEdit *>(QStringLiteral("manualFxEdit"));
    auto *set = control.findChild<QPushButton *>(QStringLiteral("setManualFxButton"));
    auto *clear = control.findChild<QPushButton *>(QStringLiteral("clearManualFxButton"));
    ASSERT_TRUE(edit && set && clear);
    EXPECT_FALSE(clear->isEnabled());
    auto *problem = control.findChild<QLabel *>(QStringLiteral("manualFxProblem"));
    ASSERT_TRUE(problem);
    EXPECT_TRUE(problem->isHidden());
    // Not a number, and a rate with a digit too many: refused with the reason under the field.
    for (const char *bad : {"abc", "14326", "14.3"}) {
        edit->setText(QString::fromLatin1(bad));
        EXPECT_FALSE(set->isEnabled()) << bad;
        EXPECT_FALSE(problem->isHidden()) << bad;
        EXPECT_TRUE(problem->text().contains(QLocale().toString(10'000))) << qPrintable(problem->text());
    }
    edit->setText(QStringLiteral("1400"));
    ASSERT_TRUE(set->isEnabled());
    EXPECT_TRUE(problem->isHidden());
    set->click();
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).value<std::optional<Decimal>>(), Decimal::fromInteger(1400));
    EXPECT_EQ(feed.fxKeeper()->origin(), FxKeeper::Origin::Manual);
    EXPECT_TRUE(control.originText().startsWith(u"1,400.00")) << qPrintable(control.originText());
    EXPECT_TRUE(control.originText().contains(u"Manual"));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return feed.monitor()->latest() && feed.monitor()->latest()->fx.venue == u"manual"; }, 3000));

    clear->click();
    EXPECT_EQ(changed.count(), 2);
    EXPECT_FALSE(changed.at(1).at(0).value<std::optional<Decimal>>());
    EXPECT_TRUE(control.originText().contains(u"Live from Dunamu"));
    control.setKeeper(nullptr);
}

TEST_F(ResilienceWidgetsTest, ASavedRateShowsItsAge)
{
    QTemporaryDir dir;
    config.stateFile = dir.filePath(QStringLiteral("state.ini"));
    {
        QSettings state(config.stateFile, QSettings::IniFormat);
        state.setValue(QStringLiteral("fx/last/venue"), QStringLiteral("dunamu"));
        state.setValue(QStringLiteral("fx/last/price"), QStringLiteral("1432.6"));
        state.setValue(QStringLiteral("fx/last/receivedAtMs"), QDateTime::currentMSecsSinceEpoch() - 3 * 3600 * 1000);
    }
    server.setRoute(QStringLiteral("/v1/forex/recent"),
                    FixtureResponse::fromFile(QStringLiteral("errors/cloudflare-502.html"), 502));
    server.setRoute(QStringLiteral("/v6/latest/USD"),
                    FixtureResponse::fromFile(QStringLiteral("errors/cloudflare-502.html"), 502));
    MarketFeed feed(config);
    FxControl control;
    control.setKeeper(feed.fxKeeper());
    EXPECT_TRUE(control.originText().contains(u"Saved rate from Dunamu, 3 h 0 min old"))
        << qPrintable(control.originText());
    control.setKeeper(nullptr);
}

TEST(KeyRotationBannerTest, WarnsFromDay85AndAsksFromDay90)
{
    QTemporaryDir dir;
    QSettings metadata(dir.filePath(QStringLiteral("state.ini")), QSettings::IniFormat);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    metadata.setValue(QStringLiteral("secrets/koreaexim-key/createdAt"), now.addDays(-10).toString(Qt::ISODate));
    SecretStore store(QStringLiteral("premium-spread-test"), &metadata);
    KeyRotationBanner banner;
    banner.setStore(&store);
    banner.refresh(now);
    EXPECT_TRUE(banner.isHidden());

    metadata.setValue(QStringLiteral("secrets/binance-api-key/createdAt"), now.addDays(-86).toString(Qt::ISODate));
    banner.refresh(now);
    EXPECT_FALSE(banner.isHidden());
    EXPECT_EQ(banner.keyId(), QStringLiteral("binance-api-key"));
    EXPECT_TRUE(banner.text().contains(u"is 86 day")) << qPrintable(banner.text());
    EXPECT_TRUE(banner.text().contains(u"before it is 90 days old")) << qPrintable(banner.text());

    metadata.setValue(QStringLiteral("secrets/exchangerate-api-key/createdAt"), now.addDays(-91).toString(Qt::ISODate));
    banner.refresh(now);
    EXPECT_EQ(banner.keyId(), QStringLiteral("exchangerate-api-key"));
    EXPECT_TRUE(banner.text().contains(u"replace it now")) << qPrintable(banner.text());
    QSignalSpy rotate(&banner, &KeyRotationBanner::rotateRequested);
    banner.findChild<QPushButton *>(QStringLiteral("rotateButton"))->click();
    ASSERT_EQ(rotate.count(), 1);
    EXPECT_EQ(rotate.at(0).at(0).toString(), QStringLiteral("exchangerate-api-key"));
}

TEST(SecretsDialogTest, KeysAreAddedShownMaskedAndDeleted)
{
    QTemporaryDir dir;
    QSettings metadata(dir.filePath(QStringLiteral("state.ini")), QSettings::IniFormat);
    SecretStore store(QStringLiteral("premium-spread-test"), &metadata);
    store.useMemoryOnly();
    SecretsDialog dialog(&store);
    QSignalSpy changed(&dialog, &SecretsDialog::keyChanged);
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("secretsTable"));
    ASSERT_TRUE(table);

    const QString id = QStringLiteral("koreaexim-key");
    const QString value = QStringLiteral("korea-exim-secret-WXYZ");
    dialog.editKey(id);
    auto *editor = qobject_cast<QInputDialog *>(dialog.prompt());
    ASSERT_TRUE(editor);
    EXPECT_EQ(editor->textEchoMode(), QLineEdit::Password);
    editor->setTextValue(value);
    editor->accept();
    ASSERT_TRUE(changed.wait(3000));
    EXPECT_EQ(changed.at(0).at(0).toString(), id);
    const int row = static_cast<int>(SecretCatalog::ids().indexOf(id));
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return table->item(row, SecretsDialog::StoredColumn)->text().endsWith(u"WXYZ"); }, 3000));
    // Nowhere in the table is the key itself.
    for (int r = 0; r < table->rowCount(); ++r) {
        for (int c = 0; c < table->columnCount(); ++c)
            EXPECT_FALSE(table->item(r, c)->text().contains(u"korea-exim")) << r << "," << c;
    }
    EXPECT_FALSE(table->item(row, SecretsDialog::CreatedColumn)->text().isEmpty());

    dialog.selectKey(id);
    dialog.findChild<QPushButton *>(QStringLiteral("deleteButton"))->click();
    auto *confirm = qobject_cast<QMessageBox *>(dialog.prompt());
    ASSERT_TRUE(confirm);
    confirm->button(QMessageBox::Yes)->click();
    ASSERT_TRUE(changed.wait(3000));
    EXPECT_EQ(table->item(row, SecretsDialog::StoredColumn)->text(), QStringLiteral("not set"));
    EXPECT_FALSE(store.createdAt(id));
}

TEST(SecretsDialogTest, WithoutAKeychainItSaysSoAndOffersMemoryForThisRun)
{
    // No session bus, as on a server or a minimal desktop.
    QTemporaryDir runtime;
    const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    const QByteArray display = qgetenv("DISPLAY");
    const QByteArray runtimeDir = qgetenv("XDG_RUNTIME_DIR");
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("DISPLAY");
    qputenv("XDG_RUNTIME_DIR", runtime.path().toLocal8Bit());
    QSettings metadata(runtime.filePath(QStringLiteral("state.ini")), QSettings::IniFormat);
    SecretStore store(QStringLiteral("premium-spread-test"), &metadata);
    SecretsDialog dialog(&store);
    QSignalSpy backend(&store, &SecretStore::backendChanged);
    store.probe();
    ASSERT_TRUE(backend.wait(20'000));
    qputenv("DBUS_SESSION_BUS_ADDRESS", bus);
    qputenv("DISPLAY", display);
    qputenv("XDG_RUNTIME_DIR", runtimeDir);
    ASSERT_EQ(store.backend(), SecretStore::Backend::Unavailable);

    auto *banner = dialog.findChild<QLabel *>(QStringLiteral("keychainBanner"));
    auto *memory = dialog.findChild<QPushButton *>(QStringLiteral("memoryOnlyButton"));
    ASSERT_TRUE(banner && memory);
    EXPECT_TRUE(banner->text().startsWith(u"No system keychain is available")) << qPrintable(banner->text());
    EXPECT_TRUE(banner->text().contains(u"never writes them to a file"));
    EXPECT_FALSE(memory->isHidden());
    memory->click();
    EXPECT_EQ(store.backend(), SecretStore::Backend::MemoryOnly);
    EXPECT_TRUE(memory->isHidden());
    EXPECT_TRUE(banner->text().contains(u"memory only")) << qPrintable(banner->text());
}

TEST(MainWindowResilienceTest, TheWindowShowsTheFeedsAndAsksToRotateAnOldKey)
{
    QTemporaryDir dir;
    QSettings metadata(dir.filePath(QStringLiteral("state.ini")), QSettings::IniFormat);
    metadata.setValue(QStringLiteral("secrets/binance-api-key/createdAt"),
                      QDateTime::currentDateTimeUtc().addDays(-92).toString(Qt::ISODate));
    SecretStore store(QStringLiteral("premium-spread-test"), &metadata);
    MainWindow window(nullptr);
    ASSERT_TRUE(window.findChild<QDockWidget *>(QStringLiteral("feedsDock")));
    EXPECT_TRUE(window.venueHealth()->isVisibleTo(&window));
    EXPECT_TRUE(window.fxControl()->isVisibleTo(&window));
    EXPECT_TRUE(window.rotationBanner()->isHidden());

    window.setSecrets(&store);
    EXPECT_FALSE(window.rotationBanner()->isHidden());
    EXPECT_TRUE(window.rotationBanner()->text().contains(u"Binance API key"))
        << qPrintable(window.rotationBanner()->text());
    bool listed = false;
    for (QAction *menu : window.menuBar()->actions()) {
        for (QAction *action : menu->menu() ? menu->menu()->actions() : QList<QAction *>())
            listed |= action->text() == u"API &keys…";
    }
    EXPECT_TRUE(listed) << "no API keys entry in the menus";

    window.rotationBanner()->findChild<QPushButton *>(QStringLiteral("rotateButton"))->click();
    auto *dialog = window.findChild<SecretsDialog *>();
    ASSERT_TRUE(dialog);
    EXPECT_EQ(dialog->selectedId(), QStringLiteral("binance-api-key"));
    EXPECT_TRUE(qobject_cast<QInputDialog *>(dialog->prompt()));
    dialog->close();
}
