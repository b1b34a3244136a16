#pragma once

#include <QSortFilterProxyModel>

// Sorts a PositionTableModel by its exact values (decimals compared as decimals, never as
// doubles or text) and keeps the totals row last whichever way the column is sorted.
class PositionSortProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PositionSortProxy)

public:
    explicit PositionSortProxy(QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};
