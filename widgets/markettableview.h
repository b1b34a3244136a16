#pragma once

#include "premium/coinpremium.h"
#include "venues/coinstatus.h"
#include "venues/instrumentset.h"

#include <QWidget>

class MarketTableModel;
class MarketTableProxy;
class QLineEdit;
class StaleMarketBanner;
class QSettings;
class QTableView;
class QToolButton;

// The market table with its search field and filter toggles: one row per followed coin. Ctrl+F
// focuses the search (Esc clears it), arrows move, Space toggles the current coin's favourite,
// Enter or a double click activates it (coinActivated).
class MarketTableView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarketTableView)

public:
    explicit MarketTableView(QWidget *parent = nullptr);

    MarketTableModel *model() const { return m_model; }
    MarketTableProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    // Shown while every row is stale.
    StaleMarketBanner *staleBanner() const { return m_staleBanner; }

    void setCoins(const QStringList &coins);
    void setInstruments(const InstrumentSet &korea);
    void setPremiums(const QList<CoinPremium> &premiums);
    void setStatuses(const QList<CoinStatus> &statuses);

    // Empty when no row is current.
    QString currentCoin() const;
    // Makes the coin's row current and visible; a coin hidden by the filters stays unselected.
    void selectCoin(const QString &coin);

    // Column widths and order, sort, filters, live sort and favourites, in the group "marketTable".
    void saveState(QSettings &settings) const;
    void restoreState(QSettings &settings);

Q_SIGNALS:
    void currentCoinChanged(const QString &coin);
    void coinActivated(const QString &coin);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QToolButton *addToggle(const char *objectName);
    void retranslate();
    // Each column as wide as its header and a long value, in the current font and language.
    void applyDefaultWidths();
    void onCurrentChanged(const QModelIndex &current);
    void toggleCurrentFavourite();
    void activateCurrent();

    MarketTableModel *m_model = nullptr;
    MarketTableProxy *m_proxy = nullptr;
    QLineEdit *m_search = nullptr;
    QToolButton *m_favouritesOnly = nullptr;
    QToolButton *m_walletSuspendedOnly = nullptr;
    QToolButton *m_cautionOnly = nullptr;
    QToolButton *m_liveSort = nullptr;
    QTableView *m_table = nullptr;
    StaleMarketBanner *m_staleBanner = nullptr;
    QString m_currentCoin;
    bool m_widthsRestored = false;
};
