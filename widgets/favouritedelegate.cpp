#include "favouritedelegate.h"

#include "markettablemodel.h"

#include <QMouseEvent>

bool FavouriteDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                                    const QModelIndex &index)
{
    if (event->type() != QEvent::MouseButtonRelease)
        return CentredIconDelegate::editorEvent(event, model, option, index);
    const auto *mouse = static_cast<QMouseEvent *>(event);
    if (mouse->button() != Qt::LeftButton || !option.rect.contains(mouse->position().toPoint()))
        return false;
    return model->setData(index, !index.data(MarketTableModel::FavouriteRole).toBool(), Qt::EditRole);
}
