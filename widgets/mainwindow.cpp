#include "mainwindow.h"

#include "alertlogmodel.h"
#include "alertlogpanel.h"
#include "alertsettingsdialog.h"
#include "feedtext.h"
#include "fxcontrol.h"
#include "healthwindow.h"
#include "keyrotationbanner.h"
#include "markettablemodel.h"
#include "markettableview.h"
#include "positionpanel.h"
#include "premiumchartview.h"
#include "premiummatrixview.h"
#include "secretsdialog.h"
#include "settingsdialog.h"
#include "tickerpanel.h"
#include "venuehealthview.h"
#include "venuepairbar.h"
#include "version.h"

#include "observability/alertengine.h"
#include "premium/marketfeed.h"
#include "premium/premiummatrix.h"
#include "settings/appsettings.h"
#include "streaming/streamingmarketsource.h"
#include "venues/pollingmarketsource.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace {

// Wide enough for the four price cards next to the feeds dock; smaller screens get 90 % of theirs.
constexpr QSize kDefaultSize(1280, 800);

} // namespace

MainWindow::MainWindow(AppSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_ticker(new TickerPanel(this))
    , m_chart(new PremiumChartView(this))
    , m_table(new MarketTableView(this))
    , m_chartDock(new QDockWidget(this))
    , m_pairBar(new VenuePairBar(this))
    , m_pairToolBar(new QToolBar(this))
    , m_matrixView(new PremiumMatrixView(this))
    , m_matrixDock(new QDockWidget(this))
    , m_venueHealth(new VenueHealthView(this))
    , m_fxControl(new FxControl(this))
    , m_feedsDock(new QDockWidget(this))
    , m_rotationBanner(new KeyRotationBanner(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    // The market is the centre; the selected coin's cards and chart sit below it.
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addWidget(m_rotationBanner);
    layout->addWidget(m_table, 1);
    setCentralWidget(central);
    setMinimumSize(760, 480);
    connect(m_table, &MarketTableView::currentCoinChanged, this, &MainWindow::selectCoin);
    connect(m_table, &MarketTableView::coinActivated, this, [this](const QString &coin) {
        selectCoin(coin);
        m_chartDock->show();
        m_chartDock->raise();
    });

    auto *coin = new QWidget(m_chartDock);
    auto *coinLayout = new QVBoxLayout(coin);
    coinLayout->setContentsMargins(0, 0, 0, 0);
    coinLayout->addWidget(m_ticker);
    coinLayout->addWidget(m_chart, 1);
    m_chartDock->setObjectName(QStringLiteral("chartDock"));
    m_chartDock->setWidget(coin);
    addDockWidget(Qt::BottomDockWidgetArea, m_chartDock);

    // Where the numbers come from: the venue in use, each venue's standing, the FX rate.
    auto *feeds = new QWidget(m_feedsDock);
    auto *feedsLayout = new QVBoxLayout(feeds);
    feedsLayout->addWidget(m_venueHealth);
    feedsLayout->addWidget(m_fxControl);
    feedsLayout->addStretch(1);
    m_feedsDock->setObjectName(QStringLiteral("feedsDock"));
    m_feedsDock->setWidget(feeds);
    connect(m_rotationBanner, &KeyRotationBanner::rotateRequested, this, &MainWindow::showSecrets);

    m_pairToolBar->setObjectName(QStringLiteral("pairToolBar"));
    m_pairToolBar->addWidget(m_pairBar);
    addToolBar(Qt::TopToolBarArea, m_pairToolBar);
    connect(m_pairBar, &VenuePairBar::pairChosen, this, &MainWindow::choosePair);
    m_matrixDock->setObjectName(QStringLiteral("matrixDock"));
    m_matrixDock->setWidget(m_matrixView);
    // Below the table, so that it keeps the window's width for its columns: the coin's cards and
    // chart (with the positions and alerts as tabs), beside them the matrix (the feeds as a tab).
    splitDockWidget(m_chartDock, m_matrixDock, Qt::Horizontal);
    addDockWidget(Qt::BottomDockWidgetArea, m_feedsDock);
    tabifyDockWidget(m_matrixDock, m_feedsDock);
    m_matrixDock->raise();
    connect(m_matrixView, &PremiumMatrixView::pairChosen, this, &MainWindow::choosePair);

    createActions();
    createMenus();
    retranslate();
    connect(m_ticker, &TickerPanel::summaryChanged, this, &MainWindow::updateTitle);
    restoreWindow();
}

MainWindow::~MainWindow() = default;

void MainWindow::setFeed(MarketFeed *feed)
{
    // Detach first: the caller destroys the old feed right after setFeed(nullptr).
    m_ticker->setMonitor(nullptr);
    m_chart->setMonitor(nullptr);
    m_matrixView->setMatrix(nullptr);
    if (m_feed) {
        for (QObject *receiver : { static_cast<QObject *>(m_table), static_cast<QObject *>(m_venueHealth),
                                   static_cast<QObject *>(m_positions) }) {
            // A null receiver would cut every connection of the feed, the application's too.
            if (receiver)
                disconnect(m_feed, nullptr, receiver, nullptr);
        }
        if (PollingMarketSource *korea = m_feed->poller(m_feed->pair().korea))
            disconnect(korea, nullptr, m_table, nullptr);
        if (PollingMarketSource *perp = m_feed->poller(m_feed->pair().foreign))
            disconnect(perp, nullptr, m_ticker, nullptr);
    }
    m_venueHealth->watch(nullptr, nullptr);
    m_fxControl->setKeeper(nullptr);
    m_feed = feed;
    if (!feed)
        return;

    const FeedConfig &config = feed->config();
    m_pairBar->setPair(feed->pair());
    m_ticker->setVenues(config.koreanVenue, config.foreignVenue, config.fxSources.value(0));
    m_ticker->setMonitor(feed->monitor());
    showForeignInstrument();
    if (PollingMarketSource *perp = feed->poller(feed->pair().foreign))
        connect(perp, &MarketSource::listingChanged, m_ticker, [this] { showForeignInstrument(); });
    showCoinOnChart();
    // The matrix belongs to the feed: it polls through the feed's gates and goes with it.
    m_matrix = new PremiumMatrix(feed, feed);
    m_matrix->setCoin(config.symbol);
    m_matrixView->setMatrix(m_matrix);
    // Another pair's numbers must not stand in the rows as this pair's.
    if (feed->pair() != m_tablePair)
        m_table->setCoins({});
    m_tablePair = feed->pair();
    showCoins();
    connect(feed, &MarketFeed::cycled, m_table, &MarketTableView::setPremiums);
    // A pushed premium goes to the table at once; its flush shows it within 100 ms.
    connect(feed, &MarketFeed::coinsUpdated, m_table, &MarketTableView::setPremiums);
    connect(feed, &MarketFeed::statusReceived, m_table, &MarketTableView::setStatuses);
    connect(feed, &MarketFeed::coinsChanged, m_table, [this] { showCoins(); });
    if (PollingMarketSource *korea = feed->poller(feed->pair().korea))
        connect(korea, &MarketSource::listingChanged, m_table, &MarketTableView::setInstruments);
    m_venueHealth->watch(feed->gates(), feed->koreanFailover());
    for (const QString &venue : feed->venues()) {
        const auto *stream = qobject_cast<const StreamingMarketSource *>(feed->source(venue));
        if (!stream)
            continue;
        connect(stream, &StreamingMarketSource::socketStatusChanged, m_venueHealth, &VenueHealthView::showSocket);
        for (const StreamSocketStatus &status : stream->socketStatuses())
            m_venueHealth->showSocket(status);
    }
    connect(feed, &MarketFeed::outlierReported, m_venueHealth, &VenueHealthView::showOutlier);
    connect(feed, &MarketFeed::dataIssue, m_venueHealth, &VenueHealthView::showDataIssue);
    m_fxControl->setKeeper(feed->fxKeeper());
    if (m_settings)
        showAlertLevels(m_settings->userAlerts());
    if (m_positions) {
        m_positions->setSymbol(config.symbol);
        m_positions->setPair(VenuePair { config.koreanVenue, config.foreignVenue });
        m_positions->setCoins(feed->followedCoins());
        connect(feed, &MarketFeed::coinsChanged, m_positions, &PositionPanel::setCoins);
    }
}

void MainWindow::showCoins()
{
    m_table->setCoins(m_feed->followedCoins());
    if (const PollingMarketSource *korea = m_feed->poller(m_feed->pair().korea))
        m_table->setInstruments(korea->listed());
    if (m_table->currentCoin() != selectedCoin())
        m_table->selectCoin(selectedCoin());
}

void MainWindow::showForeignInstrument()
{
    const PollingMarketSource *perp = m_feed->poller(m_feed->pair().foreign);
    const Instrument *instrument = perp ? perp->listed().byCoin(selectedCoin()) : nullptr;
    m_ticker->setForeignInstrument(selectedCoin(), instrument ? instrument->symbol : QString());
}

void MainWindow::setHistoryStore(HistoryStore *store)
{
    m_history = store;
    m_chartKey.clear();
    if (m_feed)
        showCoinOnChart();
}

QString MainWindow::selectedCoin() const
{
    return m_feed ? m_feed->config().symbol : QString();
}

void MainWindow::selectCoin(const QString &coin)
{
    if (!m_feed || coin.isEmpty() || coin == selectedCoin())
        return;
    m_feed->setMonitoredCoin(coin);
    // Again: the cards take the monitor's coin and its first sample when attached.
    m_ticker->setMonitor(m_feed->monitor());
    showForeignInstrument();
    showCoinOnChart();
    if (m_matrix)
        m_matrix->setCoin(coin);
    if (m_positions)
        m_positions->setSymbol(coin);
    if (m_table->currentCoin() != coin)
        m_table->selectCoin(coin);
    if (m_settings) {
        m_settings->setSelectedCoin(coin);
        showAlertLevels(m_settings->userAlerts());
    }
    Q_EMIT coinSelected(coin);
}

void MainWindow::showCoinOnChart()
{
    const FeedConfig &config = m_feed->config();
    const VenuePair pair { config.koreanVenue, config.foreignVenue };
    const QString key = config.symbol + u'@' + pair.id() + u'/' + premiumBasisId(config.basis);
    m_chart->setMonitor(nullptr);
    if (key != m_chartKey) {
        // Another coin's or pair's line must not run on from this one's.
        m_chart->clear();
        m_chartKey = key;
        if (m_history)
            m_chart->setHistoryStore(m_history, config.symbol, config.basis, pair);
    }
    m_chart->setMonitor(m_feed->monitor());
}

void MainWindow::choosePair(const VenuePair &pair)
{
    m_pairBar->setPair(pair);
    if (m_feed && pair == m_feed->pair())
        return;
    statusBar()->showMessage(
        tr("Switching to %1 against %2…").arg(FeedText::venueName(pair.korea), FeedText::venueName(pair.foreign)),
        5000);
    Q_EMIT venuePairChosen(pair);
}

void MainWindow::setPositions(PositionBook *book, PositionStore *store)
{
    if (m_positions)
        return;
    m_positions = new PositionPanel(book, m_settings, this);
    m_positions->setStore(store);
    m_positionsDock = new QDockWidget(this);
    m_positionsDock->setObjectName(QStringLiteral("positionsDock"));
    m_positionsDock->setWidget(m_positions);
    addDockWidget(Qt::BottomDockWidgetArea, m_positionsDock);
    tabifyDockWidget(m_chartDock, m_positionsDock);
    m_chartDock->raise();

    m_positionsMenu = new QMenu(this);
    menuBar()->insertMenu(m_settingsMenu->menuAction(), m_positionsMenu);
    m_positionsMenu->addActions({m_positions->newAction(), m_positions->closeAction(), m_positions->deleteAction()});
    m_positionsMenu->addSeparator();
    m_positionsMenu->addAction(m_positions->exportAction());
    m_positionsMenu->addAction(m_positionsDock->toggleViewAction());
    connect(m_positions, &PositionPanel::chartMarkersChanged, m_chart, &PremiumChartView::setPositionMarkers);
    if (m_feed) {
        m_positions->setSymbol(m_feed->config().symbol);
        m_positions->setPair(VenuePair { m_feed->config().koreanVenue, m_feed->config().foreignVenue });
    }
    m_chart->setPositionMarkers(m_positions->chartMarkers());
    // The dock did not exist when the saved layout was first restored.
    arrangeDocks();
    retranslate();
}

void MainWindow::showApiUnavailable(const ApiFailure &failure)
{
    QString text;
    switch (failure.kind) {
    case ApiFailure::Kind::NoAddress:
        text = tr("Local API not served: %1 is not an address to listen on.").arg(failure.address);
        break;
    case ApiFailure::Kind::TokenMissing:
        text = tr("Local API not served: listening on %1 needs the local API token, set under Settings → API keys.")
                   .arg(failure.address);
        break;
    case ApiFailure::Kind::CannotListen:
        text = tr("Local API not served: cannot listen on %1 (%2).").arg(failure.address, failure.detail);
        break;
    }
    statusBar()->showMessage(text);
}

void MainWindow::setAlerts(AlertEngine *alerts, const HealthBoard *health)
{
    if (m_alertLog)
        return;
    m_alertModel = new AlertLogModel(AlertLogModel::DefaultCapacity, this);
    connect(alerts, &AlertEngine::alertRaised, m_alertModel, &AlertLogModel::append);
    m_alertLog = new AlertLogPanel(m_alertModel, this);
    m_alertsDock = new QDockWidget(this);
    m_alertsDock->setObjectName(QStringLiteral("alertsDock"));
    m_alertsDock->setWidget(m_alertLog);
    addDockWidget(Qt::BottomDockWidgetArea, m_alertsDock);
    tabifyDockWidget(m_chartDock, m_alertsDock);
    m_chartDock->raise();
    m_healthWindow = new HealthWindow(health, this);
    m_healthAction = new QAction(this);
    m_healthAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    connect(m_healthAction, &QAction::triggered, this, [this] {
        m_healthWindow->show();
        m_healthWindow->raise();
        m_healthWindow->activateWindow();
    });
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_alertsDock->toggleViewAction());
    m_viewMenu->addAction(m_healthAction);
    if (m_settings) {
        connect(m_settings, &AppSettings::userAlertsChanged, this, &MainWindow::showAlertLevels);
        m_alertSettingsAction = new QAction(this);
        connect(m_alertSettingsAction, &QAction::triggered, this, [this] {
            AlertSettingsDialog dialog(m_settings, this);
            dialog.exec();
        });
        m_settingsMenu->addAction(m_alertSettingsAction);
    }
    // The dock did not exist when the saved layout was first restored.
    arrangeDocks();
    retranslate();
}

void MainWindow::showPreferences()
{
    if (!m_settings)
        return;
    SettingsDialog dialog(m_settings, this);
    dialog.exec();
}

void MainWindow::setSecrets(SecretStore *store)
{
    if (m_secrets)
        return;
    m_secrets = store;
    m_secretsAction = new QAction(this);
    connect(m_secretsAction, &QAction::triggered, this, [this] { showSecrets(); });
    m_settingsMenu->addAction(m_secretsAction);
    m_rotationBanner->setStore(store);
    retranslate();
}

void MainWindow::showSecrets(const QString &keyId)
{
    if (!m_secrets)
        return;
    // Window-modal and deleted on close: the keychain jobs it starts end through signals.
    auto *dialog = new SecretsDialog(m_secrets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SecretsDialog::keyChanged, this, &MainWindow::secretChanged);
    dialog->open();
    if (!keyId.isEmpty())
        dialog->editKey(keyId);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindow();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::createActions()
{
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::close);

    m_preferencesAction = new QAction(this);
    // QKeySequence::Preferences is empty on most Linux desktops; Ctrl+, is what users expect.
    m_preferencesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);

    m_manualFxAction = new QAction(this);
    m_manualFxAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(m_manualFxAction, &QAction::triggered, this, [this] {
        m_feedsDock->show();
        m_feedsDock->raise();
        m_fxControl->focusManualRate();
    });

    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_quitAction);
    // A closed dock must come back from the keyboard too, not only from a right click.
    m_viewMenu = menuBar()->addMenu(QString());
    m_feedsDock->toggleViewAction()->setShortcut(QKeySequence(Qt::Key_F9));
    m_viewMenu->addAction(m_chartDock->toggleViewAction());
    m_viewMenu->addAction(m_feedsDock->toggleViewAction());
    m_viewMenu->addAction(m_matrixDock->toggleViewAction());
    m_viewMenu->addAction(m_manualFxAction);
    m_settingsMenu = menuBar()->addMenu(QString());
    m_settingsMenu->addAction(m_preferencesAction);
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
    m_quitAction->setStatusTip(tr("Close the window and stop polling"));
    m_viewMenu->setTitle(tr("&View"));
    m_manualFxAction->setText(tr("Set a &manual USD/KRW rate…"));
    m_manualFxAction->setStatusTip(tr("Type a rate that overrides the FX feeds until you go back to live"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_preferencesAction->setText(tr("&Preferences…"));
    m_preferencesAction->setStatusTip(tr("Exchange addresses, premium basis and polling periods"));
    if (m_positionsMenu) {
        m_positionsMenu->setTitle(tr("P&ositions"));
        m_positionsDock->setWindowTitle(tr("Positions"));
        m_positionsDock->toggleViewAction()->setText(tr("Show &positions"));
    }
    if (m_secretsAction) {
        m_secretsAction->setText(tr("API &keys…"));
        m_secretsAction->setStatusTip(tr("Add, replace or delete the keys kept in the system keychain"));
    }
    if (m_alertsDock) {
        m_alertsDock->setWindowTitle(tr("Alerts"));
        m_alertsDock->toggleViewAction()->setText(tr("Show &alerts"));
        m_alertsDock->toggleViewAction()->setStatusTip(tr("Every alert that fired or cleared, newest first"));
        m_healthAction->setText(tr("Feed &health…"));
        m_healthAction->setStatusTip(tr("Each job's state, age, errors and latency over the last 5 minutes"));
    }
    if (m_alertSettingsAction) {
        m_alertSettingsAction->setText(tr("&Alerts…"));
        m_alertSettingsAction->setStatusTip(tr("Thresholds, cooldown and muting of the alerts, and your own premium alerts"));
    }
    m_pairToolBar->setWindowTitle(tr("Venue pair"));
    m_chartDock->setWindowTitle(tr("Selected coin"));
    m_chartDock->toggleViewAction()->setText(tr("Show the selected &coin"));
    m_chartDock->toggleViewAction()->setStatusTip(tr("The price cards and the premium chart of the selected row"));
    m_matrixDock->setWindowTitle(tr("Every pair"));
    m_matrixDock->toggleViewAction()->setText(tr("Show every &pair"));
    m_matrixDock->toggleViewAction()->setStatusTip(
        tr("The selected coin's premium on every Korean and perpetual venue pair"));
    // After the title, which the dock copies into its toggle action.
    m_feedsDock->setWindowTitle(tr("Feeds"));
    m_feedsDock->toggleViewAction()->setText(tr("Show &feeds"));
    m_feedsDock->toggleViewAction()->setStatusTip(tr("Each venue's state, the Korean venue in use and the USD/KRW rate"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Premium Spread"));
    m_aboutQtAction->setText(tr("About &Qt"));
    updateTitle(m_ticker->summary());
}

void MainWindow::restoreWindow()
{
    QSize size = kDefaultSize;
    if (const QScreen *screen = this->screen())
        size = size.boundedTo(screen->availableGeometry().size() * 0.9);
    resize(size);
    if (!m_settings)
        return;
    const QByteArray geometry = m_settings->windowGeometry();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    arrangeDocks();
    m_table->restoreState(m_settings->store());
    // Preferences recolour the running table.
    connect(m_settings, &AppSettings::premiumBandsChanged, m_table->model(), &MarketTableModel::setPremiumBands);
}

void MainWindow::arrangeDocks()
{
    if (m_settings && !m_settings->windowState().isEmpty()) {
        restoreState(m_settings->windowState());
        return;
    }
    // First start: the table gets most of the height, the chart most of the bottom's width.
    resizeDocks({ m_chartDock }, { height() * 9 / 20 }, Qt::Vertical);
    resizeDocks({ m_chartDock, m_matrixDock }, { width() * 7 / 10, width() * 3 / 10 }, Qt::Horizontal);
}

void MainWindow::saveWindow()
{
    if (!m_settings)
        return;
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_table->saveState(m_settings->store());
}

void MainWindow::updateTitle(const QString &summary)
{
    // The premium in the title keeps it readable from the task bar; the application display
    // name is appended by Qt.
    setWindowTitle(summary.isEmpty() ? tr("Premium Spread") : summary);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Premium Spread"),
        tr("<h3>Premium Spread %1</h3>"
           "<p>Watches the Korean crypto premium of every coin: Korean spot prices (Bithumb, Upbit, "
           "Coinone) against USDT perpetuals (Binance, OKX, Bybit) at the USD/KRW rate.</p>"
           "<p>Prices are public market data polled from the exchanges; nothing here is "
           "investment advice.</p>")
            .arg(QStringLiteral(PS_VERSION_STRING)));
}

void MainWindow::showAlertLevels(const QList<UserAlertRule> &rules)
{
    QList<double> levels;
    for (const UserAlertRule &rule : rules) {
        if (!m_feed || !rule.enabled || rule.symbol.compare(m_feed->config().symbol, Qt::CaseInsensitive) != 0
            || rule.koreaVenue != m_feed->config().koreanVenue || rule.foreignVenue != m_feed->config().foreignVenue)
            continue;
        // Drawing only: the engine compares the exact decimals.
        for (const auto &level : {rule.above, rule.below}) {
            if (level)
                levels.append(level->toDouble());
        }
    }
    m_chart->setAlertLevels(levels);
}
