#pragma once

#include "premium/livefeed.h"

#include <QMainWindow>
#include <QPointer>

class AppSettings;
class PremiumChartView;
class QAction;
class QMenu;
class TickerPanel;

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
    void setFeed(LiveFeed *feed);
    LiveFeed *feed() const { return m_feed; }

    TickerPanel *tickerPanel() const { return m_ticker; }
    PremiumChartView *chartView() const { return m_chart; }

    // Opens the preferences; saved settings make the application rebuild the feed.
    void showPreferences();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void retranslate();
    void restoreWindow();
    void saveWindow();
    void updateTitle(const QString &summary);
    void showAbout();

    AppSettings *m_settings;
    QPointer<LiveFeed> m_feed;
    TickerPanel *m_ticker;
    PremiumChartView *m_chart;
    QAction *m_quitAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_settingsMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
};
