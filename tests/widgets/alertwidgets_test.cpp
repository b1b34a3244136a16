#include "alertlogmodel.h"
#include "alertlogpanel.h"
#include "alertnotifier.h"
#include "alertsettingsdialog.h"
#include "alerttext.h"
#include "healthtablemodel.h"
#include "healthwindow.h"
#include "mainwindow.h"
#include "premiumchartview.h"

#include "observability/alertengine.h"
#include "observability/healthboard.h"
#include "premium/marketfeed.h"
#include "settings/appsettings.h"

#include <QAction>
#include <QCheckBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSystemTrayIcon>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTranslator>

#include <gtest/gtest.h>

// The alert log, the tray notifications and the health window, on the offscreen platform.
namespace {

AlertEvent alert(AlertRule rule, const QString &subject, AlertEvent::Kind kind = AlertEvent::Kind::Fired,
                 bool notify = true)
{
    AlertEvent event;
    event.rule = rule;
    event.subject = subject;
    event.kind = kind;
    event.notify = notify;
    event.value = Decimal::fromInteger(7);
    event.threshold = Decimal::fromInteger(5);
    event.atMs = 1'795'632'820'000;
    return event;
}

} // namespace

TEST(AlertLogModel, NewestFirstAndBounded)
{
    AlertLogModel model(3);
    for (const char *venue : { "bithumb", "binance", "upbit", "dunamu" })
        model.append(alert(AlertRule::BatchJobStale, QStringLiteral("ticker:") + QLatin1StringView(venue)));
    ASSERT_EQ(model.rowCount(), 3) << "the oldest alert left the bounded log";
    EXPECT_EQ(model.event(0).subject, QStringLiteral("ticker:dunamu"));
    EXPECT_EQ(model.event(2).subject, QStringLiteral("ticker:binance"));
    EXPECT_EQ(model.index(0, AlertLogModel::MessageColumn).data().toString(),
              QStringLiteral("Dunamu ticker has had no fresh value for 7 s (limit 5 s)"));
    EXPECT_EQ(model.index(0, AlertLogModel::ValueColumn).data().toString(), QStringLiteral("7"));
    EXPECT_EQ(model.index(0, AlertLogModel::StateColumn).data().toString(), QStringLiteral("Fired"));
    EXPECT_FALSE(model.index(0, AlertLogModel::TimeColumn).data().toString().isEmpty());
}

TEST(AlertLogPanel, TheFilterMatchesAnyColumn)
{
    AlertLogModel model;
    model.append(alert(AlertRule::BatchJobStale, QStringLiteral("ticker:bithumb")));
    model.append(alert(AlertRule::RedisConnectionFailed, QStringLiteral("redis")));
    model.append(alert(AlertRule::BatchJobStale, QStringLiteral("ticker:bithumb"), AlertEvent::Kind::Cleared));
    AlertLogPanel panel(&model);
    EXPECT_EQ(panel.visibleRows(), 3);
    panel.filterField()->setText(QStringLiteral("BITHUMB"));
    EXPECT_EQ(panel.visibleRows(), 2);
    panel.filterField()->setText(QStringLiteral("redis"));
    EXPECT_EQ(panel.visibleRows(), 1);
    panel.filterField()->clear();
    EXPECT_EQ(panel.visibleRows(), 3);
}

TEST(AlertNotifier, NotifiesFiresMarkedForItOnly)
{
    QSystemTrayIcon tray;
    AlertNotifier notifier(&tray);
    QSignalSpy notified(&notifier, &AlertNotifier::notified);
    notifier.onAlert(alert(AlertRule::PremiumRateSpike, QStringLiteral("BTC")));
    notifier.onAlert(alert(AlertRule::PremiumRateSpike, QStringLiteral("BTC"), AlertEvent::Kind::Cleared));
    notifier.onAlert(alert(AlertRule::PremiumRateSpike, QStringLiteral("BTC"), AlertEvent::Kind::Fired, false));
    ASSERT_EQ(notified.count(), 1) << "a clear, a muted rule or a repeat within the cooldown pops nothing up";
    EXPECT_EQ(notified.at(0).at(0).toString(), QStringLiteral("Premium spike"));
    EXPECT_EQ(notified.at(0).at(1).toString(), QStringLiteral("BTC premium moved 7 points within 5 minutes (limit 5)"));
    // The offscreen platform has no tray: the icon stays hidden and no balloon is attempted.
    EXPECT_FALSE(QSystemTrayIcon::isSystemTrayAvailable());
    EXPECT_FALSE(tray.isVisible());
}

TEST(HealthTableModel, JobsWithStateAgeErrorsAndLatency)
{
    qint64 now = 1'000'000;
    HealthBoard board([](const QString &job) { return job == QStringLiteral("fx") ? 900'000 : 5'000; });
    board.setClock([&now] { return now; });
    board.watch(QStringLiteral("fx"));
    for (int i = 1; i <= 10; ++i) {
        now += 1'000;
        board.recordAttempt(QStringLiteral("ticker:bithumb"), i == 10, i * 10);
        if (i < 10)
            board.recordSuccess(QStringLiteral("ticker:bithumb"));
    }
    now += 6'000;
    HealthTableModel model(&board);
    ASSERT_EQ(model.rowCount(), 2);
    const auto text = [&](int row, int column) {
        return model.index(row, column).data().toString();
    };
    EXPECT_EQ(text(0, HealthTableModel::JobColumn), QStringLiteral("USD/KRW rate"));
    EXPECT_EQ(text(0, HealthTableModel::StateColumn), QStringLiteral("Waiting"));
    EXPECT_EQ(text(1, HealthTableModel::JobColumn), QStringLiteral("Bithumb ticker"));
    EXPECT_EQ(text(1, HealthTableModel::StateColumn), QStringLiteral("Stale"));
    EXPECT_EQ(text(1, HealthTableModel::AgeColumn), QStringLiteral("7 s"));
    EXPECT_EQ(text(1, HealthTableModel::ErrorsColumn), QStringLiteral("1 of 10"));
    EXPECT_EQ(text(1, HealthTableModel::P50Column), QStringLiteral("50 ms"));
    EXPECT_EQ(text(1, HealthTableModel::P99Column), QStringLiteral("100 ms"));
    EXPECT_EQ(text(1, HealthTableModel::LatencyTrendColumn).size(), HealthTableModel::SparklineSlices);

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    board.watch(QStringLiteral("premium"));
    model.refresh();
    EXPECT_EQ(reset.count(), 1);
    EXPECT_EQ(model.rowCount(), 3);
}

TEST(HealthTableModel, SparklinesScaleToTheirMaximum)
{
    EXPECT_EQ(HealthTableModel::sparkline({ 0, 7, 14, std::nullopt }), QStringLiteral("▁▄█ "));
    EXPECT_EQ(HealthTableModel::sparkline({ 0, 0 }), QStringLiteral("▁▁"));
}

TEST(MainWindowAlerts, TheAlertDockLogsTheEngineAndTheHealthWindowOpensFromTheViewMenu)
{
    HealthBoard board([](const QString &) { return 5'000; });
    AlertEngine engine(&board, AlertSettings());
    MainWindow window(nullptr);
    window.setAlerts(&engine, &board);
    window.show();
    ASSERT_NE(window.alertLog(), nullptr);
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("alertsDock"));
    ASSERT_NE(dock, nullptr);
    EXPECT_TRUE(dock->isVisible());
    engine.setRedisReachable(false);
    EXPECT_EQ(window.alertLog()->visibleRows(), 1);

    QAction *health = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H))
            health = action;
    }
    ASSERT_NE(health, nullptr);
    EXPECT_EQ(health->text(), QStringLiteral("Feed &health…"));
    health->trigger();
    EXPECT_TRUE(window.healthWindow()->isVisible());
    EXPECT_EQ(window.healthWindow()->windowTitle(), QStringLiteral("Feed health"));
}

TEST(AlertText, KoreanForRulesAlertsAndHealth)
{
    QTranslator translator;
    ASSERT_TRUE(translator.load(QLocale(QLocale::Korean, QLocale::SouthKorea), QStringLiteral("premium-spread"),
                                QStringLiteral("_"), QStringLiteral(":/i18n")));
    ASSERT_TRUE(QCoreApplication::installTranslator(&translator));
    const QString rule = AlertText::ruleName(AlertRule::BatchJobStale);
    const QString message = AlertText::message(alert(AlertRule::BatchJobStale, QStringLiteral("ticker:bithumb")));
    const QString health = AlertText::healthText(JobHealth::State::Healthy);
    QCoreApplication::removeTranslator(&translator);
    EXPECT_EQ(rule, QStringLiteral("피드 지연"));
    EXPECT_EQ(message, QStringLiteral("Bithumb 시세: 7초 동안 새 값 없음 (기준 5초)"));
    EXPECT_EQ(health, QStringLiteral("정상"));
}

TEST(AlertSettingsDialog, SavesThresholdsMutesAndUserAlertsAndRefusesUnusableRows)
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    QSignalSpy alertsChanged(&settings, &AppSettings::alertSettingsChanged);
    QSignalSpy usersChanged(&settings, &AppSettings::userAlertsChanged);
    AlertSettingsDialog dialog(&settings);
    EXPECT_EQ(dialog.alertSettings(), AlertSettings()) << "the defaults, untouched";
    EXPECT_TRUE(dialog.problem().isEmpty());

    dialog.findChild<QSpinBox *>(QStringLiteral("apiErrorRate"))->setValue(25);
    dialog.findChild<QSpinBox *>(QStringLiteral("tickerStale"))->setValue(10);
    dialog.findChild<QSpinBox *>(QStringLiteral("cooldown"))->setValue(2);
    dialog.findChild<QCheckBox *>(QStringLiteral("notify_HighCacheMissRate"))->setChecked(false);
    dialog.addUserAlert(QStringLiteral("eth"));
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    EXPECT_FALSE(ok->isEnabled()) << "a row without any threshold";
    EXPECT_EQ(dialog.problem(), QStringLiteral("Alert 1: give a premium to go above, below, or both."));
    dialog.userTable()->item(0, AlertSettingsDialog::AboveColumn)->setText(QStringLiteral("3,x"));
    EXPECT_FALSE(ok->isEnabled());
    dialog.userTable()->item(0, AlertSettingsDialog::AboveColumn)->setText(QStringLiteral("3.5"));
    EXPECT_TRUE(ok->isEnabled());
    ok->click();

    ASSERT_EQ(alertsChanged.count(), 1);
    ASSERT_EQ(usersChanged.count(), 1);
    const AlertSettings saved = settings.alertSettings();
    EXPECT_EQ(saved.apiErrorRatePercent, 25);
    EXPECT_EQ(saved.tickerStaleMs, 10'000);
    EXPECT_EQ(saved.fxStaleMs, 15 * 60'000) << "untouched";
    EXPECT_EQ(saved.cooldownMs, 120'000);
    EXPECT_EQ(saved.muted, QSet<AlertRule> { AlertRule::HighCacheMissRate });
    const QList<UserAlertRule> users = settings.userAlerts();
    ASSERT_EQ(users.size(), 1);
    EXPECT_EQ(users.at(0).symbol, QStringLiteral("ETH"));
    EXPECT_EQ(users.at(0).koreaVenue, QStringLiteral("bithumb"));
    EXPECT_EQ(users.at(0).foreignVenue, QStringLiteral("binance"));
    EXPECT_EQ(users.at(0).above, Decimal::fromString(u"3.5"));
    EXPECT_FALSE(users.at(0).below);
    EXPECT_FALSE(users.at(0).id.isEmpty());

    AlertSettingsDialog again(&settings);
    EXPECT_EQ(again.userAlerts(), users) << "a saved alert reads back the same, its id included";
}

TEST(MainWindowAlerts, TheUserAlertsOfTheShownPairAreLinesOnTheChart)
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    FeedConfig config;
    config.baseUrls.insert(QStringLiteral("bithumb"), QUrl(QStringLiteral("http://127.0.0.1:9")));
    config.baseUrls.insert(QStringLiteral("binance"), QUrl(QStringLiteral("http://127.0.0.1:9")));
    MarketFeed feed(config);
    HealthBoard board([](const QString &) { return 5'000; });
    AlertEngine engine(&board, AlertSettings());
    MainWindow window(&settings);
    window.setAlerts(&engine, &board);
    window.setFeed(&feed);
    QSignalSpy redrawn(window.chartView(), &PremiumChartView::redrawn);

    UserAlertRule btc;
    btc.id = QStringLiteral("a");
    btc.symbol = QStringLiteral("BTC");
    btc.koreaVenue = QStringLiteral("bithumb");
    btc.foreignVenue = QStringLiteral("binance");
    btc.above = Decimal::fromInteger(3);
    btc.below = *Decimal::fromString(u"-0.5");
    UserAlertRule otherPair = btc;
    otherPair.id = QStringLiteral("b");
    otherPair.koreaVenue = QStringLiteral("upbit");
    otherPair.above = Decimal::fromInteger(9);
    settings.setUserAlerts({ btc, otherPair });
    ASSERT_TRUE(redrawn.wait(2000));
    const QList<QLineF> lines = window.chartView()->alertLevelLines();
    ASSERT_EQ(lines.size(), 2) << "only the alerts of the pair the chart shows";
    EXPECT_EQ(lines.at(0).y1(), 3);
    EXPECT_EQ(lines.at(0).y2(), 3);
    EXPECT_EQ(lines.at(1).y1(), -0.5);
    window.setFeed(nullptr);
}
