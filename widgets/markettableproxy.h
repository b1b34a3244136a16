#pragma once

#include <QSortFilterProxyModel>

// Sorts and filters a MarketTableModel. Sorting compares the exact values (MarketTableModel::SortRole:
// decimals as decimals) and puts missing values last in both orders. The rows stay where they are
// between flushes (no dynamic sort): the order changes when the user sorts again, or after every
// flush with live sort on, so a row never moves under the mouse unasked.
class MarketTableProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarketTableProxy)

public:
    explicit MarketTableProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

    void setLiveSort(bool on);
    bool liveSort() const { return m_liveSort; }

    // Symbol, English name, Korean name or Korean initial consonants; case-insensitive.
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    void setFavouritesOnly(bool on);
    bool favouritesOnly() const { return m_favouritesOnly; }
    // Coins with a closed deposit or withdrawal on some network.
    void setWalletSuspendedOnly(bool on);
    bool walletSuspendedOnly() const { return m_walletSuspendedOnly; }
    void setCautionOnly(bool on);
    bool cautionOnly() const { return m_cautionOnly; }

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilter();
    void onFlushed();

    bool m_liveSort = false;
    QString m_search; // case-folded
    bool m_favouritesOnly = false;
    bool m_walletSuspendedOnly = false;
    bool m_cautionOnly = false;
};
