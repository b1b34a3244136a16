#pragma once

#include "centredicondelegate.h"

// The favourite star, centred; a click on it toggles the favourite (setData with a bool).
class FavouriteDelegate final : public CentredIconDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FavouriteDelegate)

public:
    using CentredIconDelegate::CentredIconDelegate;

    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;
};
