#include "markettableproxy.h"

#include "markettablemodel.h"

#include "market/decimal.h"
#include "market/koreaninitials.h"

namespace {

using Model = MarketTableModel;

// -1, 0, 1 for two present values of one column.
int compare(const QVariant &a, const QVariant &b)
{
    const QMetaType decimal = QMetaType::fromType<Decimal>();
    if (a.metaType() == decimal && b.metaType() == decimal) {
        const auto order = a.value<Decimal>() <=> b.value<Decimal>();
        return order < 0 ? -1 : (order > 0 ? 1 : 0);
    }
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString)
        return QString::compare(a.toString(), b.toString());
    const QPartialOrdering order = QVariant::compare(a, b);
    return order == QPartialOrdering::Less ? -1 : (order == QPartialOrdering::Greater ? 1 : 0);
}

} // namespace

MarketTableProxy::MarketTableProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(Model::SortRole);
    // Rows stay put between flushes; sorting happens on request (or live, after a flush).
    setDynamicSortFilter(false);
}

void MarketTableProxy::setSourceModel(QAbstractItemModel *model)
{
    if (auto *old = qobject_cast<MarketTableModel *>(sourceModel()))
        disconnect(old, nullptr, this, nullptr);
    QSortFilterProxyModel::setSourceModel(model);
    if (auto *market = qobject_cast<MarketTableModel *>(model)) {
        connect(market, &MarketTableModel::flushed, this, &MarketTableProxy::onFlushed);
        connect(market, &MarketTableModel::favouritesChanged, this, [this] {
            if (m_favouritesOnly)
                refilter();
        });
    }
}

void MarketTableProxy::setLiveSort(bool on)
{
    if (on == m_liveSort)
        return;
    m_liveSort = on;
    if (on)
        onFlushed();
}

void MarketTableProxy::setSearchText(const QString &text)
{
    const QString folded = text.trimmed().toCaseFolded();
    if (folded == m_search)
        return;
    m_search = folded;
    refilter();
}

void MarketTableProxy::setFavouritesOnly(bool on)
{
    if (on == m_favouritesOnly)
        return;
    m_favouritesOnly = on;
    refilter();
}

void MarketTableProxy::setWalletSuspendedOnly(bool on)
{
    if (on == m_walletSuspendedOnly)
        return;
    m_walletSuspendedOnly = on;
    refilter();
}

void MarketTableProxy::setCautionOnly(bool on)
{
    if (on == m_cautionOnly)
        return;
    m_cautionOnly = on;
    refilter();
}

void MarketTableProxy::refilter()
{
    // Without dynamic filtering a changed filter is applied here, and only here.
    invalidateFilter();
}

void MarketTableProxy::onFlushed()
{
    if (!m_liveSort)
        return;
    // Filters follow the data too in live mode (a wallet that reopens leaves the "suspended" view).
    invalidateFilter();
    if (sortColumn() >= 0)
        sort(sortColumn(), sortOrder());
}

bool MarketTableProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (!a.isValid() || !b.isValid()) {
        // Missing values last in both orders: the view reverses the answer for a descending sort.
        if (a.isValid() == b.isValid())
            return false;
        const bool ascending = sortOrder() == Qt::AscendingOrder;
        return a.isValid() == ascending;
    }
    return compare(a, b) < 0;
}

bool MarketTableProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex cell = sourceModel()->index(sourceRow, Model::Coin, sourceParent);
    if (m_favouritesOnly && !cell.data(Model::FavouriteRole).toBool())
        return false;
    if (m_walletSuspendedOnly && !cell.data(Model::WalletSuspendedRole).toBool())
        return false;
    if (m_cautionOnly && !cell.data(Model::CautionRole).toBool())
        return false;
    if (m_search.isEmpty())
        return true;
    for (const int role : { int(Model::CoinRole), int(Model::EnglishNameRole), int(Model::KoreanNameRole) }) {
        if (KoreanInitials::contains(cell.data(role).toString().toCaseFolded(), m_search))
            return true;
    }
    return false;
}
