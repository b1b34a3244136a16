#pragma once

#include <QStyledItemDelegate>

// A cell that is only a picture (wallet state, caution, favourite star): its decoration drawn in
// the middle of the cell, on the usual background, selection and highlight.
class CentredIconDelegate : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CentredIconDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
