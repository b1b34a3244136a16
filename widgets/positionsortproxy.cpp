#include "positionsortproxy.h"

#include "positiontablemodel.h"

#include "market/decimal.h"

PositionSortProxy::PositionSortProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(PositionTableModel::ExactValueRole);
    setDynamicSortFilter(true);
}

bool PositionSortProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const bool leftTotals = left.data(PositionTableModel::IsTotalsRole).toBool();
    const bool rightTotals = right.data(PositionTableModel::IsTotalsRole).toBool();
    if (leftTotals || rightTotals) {
        // The view reverses the order for a descending sort; answer so that the totals end last.
        const bool ascending = sortOrder() == Qt::AscendingOrder;
        return rightTotals ? ascending && !leftTotals : !ascending;
    }
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    // Unknown values (no live prices yet) come first.
    if (!a.isValid() || !b.isValid())
        return !a.isValid() && b.isValid();
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString) {
        const auto x = Decimal::fromString(a.toString());
        const auto y = Decimal::fromString(b.toString());
        if (x && y)
            return *x < *y;
        return QString::localeAwareCompare(a.toString(), b.toString()) < 0;
    }
    return QVariant::compare(a, b) == QPartialOrdering::Less;
}
