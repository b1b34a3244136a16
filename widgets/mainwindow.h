#pragma once

#include "api/apifailure.h"

#include "observability/useralertrule.h"
#include "premium/marketfeed.h"
#include "premium/premiummatrix.h"

#include <QMainWindow>
#include <QPointer>

class AlertEngine;
class AlertLogModel;
class AlertLogPanel;
class AppSettings;
class HealthBoard;
class HealthWindow;
class FxControl;
class HistoryStore;
class PremiumMatrixView;
class QToolBar;
class VenuePairBar;
class KeyRotationBanner;
class MarketTableView;
class PositionBook;
class PositionPanel;
class PositionStore;
class PremiumChartView;
class QDockWidget;
class QAction;
class QMenu;
class SecretStore;
class TickerPanel;
class VenueHealthView;

// The window: the ticker panel on top, the premium chart below, menus for settings and help.
// It only observes a feed; the application owns and replaces it (see setFeed).
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(AppSettings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows `feed`'s monitor, its current statuses at once. nullptr detaches from the previous
    // feed, which the caller may then destroy.
    void setFeed(MarketFeed *feed);
    MarketFeed *feed() const { return m_feed; }
    // Where the chart reads the selected coin's history; the application owns it.
    void setHistoryStore(HistoryStore *store);

    // Shows `coin` closer: the price cards, the chart (its history), the matrix and the positions
    // form follow it, the feed's monitor too, and it is remembered.
    void selectCoin(const QString &coin);
    QString selectedCoin() const;

    TickerPanel *tickerPanel() const { return m_ticker; }
    PremiumChartView *chartView() const { return m_chart; }
    MarketTableView *marketTable() const { return m_table; }
    QDockWidget *chartDock() const { return m_chartDock; }
    VenuePairBar *pairBar() const { return m_pairBar; }
    PremiumMatrixView *matrixView() const { return m_matrixView; }
    PremiumMatrix *matrix() const { return m_matrix; }

    // Shows the positions of `book` in a dock with a Positions menu, changes going through
    // `store`; once, before show(). The application owns both.
    void setPositions(PositionBook *book, PositionStore *store);
    PositionPanel *positionPanel() const { return m_positions; }

    // Opens the preferences; saved settings make the application rebuild the feed.
    void showPreferences();

    // The API keys page and the rotation reminders for `store`; once. The application owns it.
    void setSecrets(SecretStore *store);
    // Opens the API keys page, with the editor for `keyId` when one is given.
    void showSecrets(const QString &keyId = QString());
    // The alert log dock (every fire and clear of `alerts`) and the health window of `health`,
    // both in the View menu; once. The application owns both.
    void setAlerts(AlertEngine *alerts, const HealthBoard *health);
    AlertLogPanel *alertLog() const { return m_alertLog; }
    HealthWindow *healthWindow() const { return m_healthWindow; }
    VenueHealthView *venueHealth() const { return m_venueHealth; }
    FxControl *fxControl() const { return m_fxControl; }
    KeyRotationBanner *rotationBanner() const { return m_rotationBanner; }
    // Says in the status bar that the local API was asked for and is not served, and why.
    void showApiUnavailable(const ApiFailure &failure);

Q_SIGNALS:
    // A key was saved or deleted on the API keys page.
    void secretChanged(const QString &id);
    // The user chose another venue pair (toolbar or matrix); the application switches the feed.
    void venuePairChosen(const VenuePair &pair);
    void coinSelected(const QString &coin);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void retranslate();
    void restoreWindow();
    // The saved layout, or the first start's.
    void arrangeDocks();
    void saveWindow();
    void updateTitle(const QString &summary);
    void showAbout();
    void showAlertLevels(const QList<UserAlertRule> &rules);
    // Rows of the feed's coins with the Korean venue's names.
    void showCoins();
    // The selected coin's perpetual code on the pair's perp venue, for the perp card's caption.
    void showForeignInstrument();
    // The chart on the feed's coin and pair: its history reloaded when either changed.
    void showCoinOnChart();
    void choosePair(const VenuePair &pair);

    AppSettings *m_settings;
    QPointer<MarketFeed> m_feed;
    TickerPanel *m_ticker;
    PremiumChartView *m_chart;
    MarketTableView *m_table;
    QDockWidget *m_chartDock;
    VenuePair m_tablePair; // the pair whose premiums the rows show
    HistoryStore *m_history = nullptr;
    QString m_chartKey; // coin, pair and basis the chart shows
    VenuePairBar *m_pairBar;
    QToolBar *m_pairToolBar;
    PremiumMatrixView *m_matrixView;
    QPointer<PremiumMatrix> m_matrix;
    QDockWidget *m_matrixDock;
    PositionPanel *m_positions = nullptr;
    QDockWidget *m_positionsDock = nullptr;
    VenueHealthView *m_venueHealth;
    FxControl *m_fxControl;
    QDockWidget *m_feedsDock;
    KeyRotationBanner *m_rotationBanner;
    SecretStore *m_secrets = nullptr;
    QAction *m_secretsAction = nullptr;
    QMenu *m_positionsMenu = nullptr;
    AlertLogModel *m_alertModel = nullptr;
    AlertLogPanel *m_alertLog = nullptr;
    QDockWidget *m_alertsDock = nullptr;
    HealthWindow *m_healthWindow = nullptr;
    QAction *m_healthAction = nullptr;
    QAction *m_alertSettingsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_manualFxAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_settingsMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
};
