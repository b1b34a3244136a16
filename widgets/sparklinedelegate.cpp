#include "sparklinedelegate.h"

#include "markettablemodel.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

void SparklineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // Background, selection and flash as any cell.
    QStyledItemDelegate::paint(painter, option, index);
    const auto points = index.data(MarketTableModel::SparklineRole).value<QList<QPointF>>();
    if (points.size() < 2)
        return;
    const QRectF area = QRectF(option.rect).adjusted(3, 3, -3, -3);
    const auto [minX, maxX] = std::minmax_element(points.cbegin(), points.cend(),
                                                  [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });
    const auto [minY, maxY] = std::minmax_element(points.cbegin(), points.cend(),
                                                  [](const QPointF &a, const QPointF &b) { return a.y() < b.y(); });
    const double spanX = std::max(1.0, maxX->x() - minX->x());
    const double low = minY->y();
    const double spanY = std::max(1e-9, maxY->y() - low);
    const auto map = [&](double x, double y) {
        return QPointF(area.left() + (x - minX->x()) / spanX * area.width(),
                       area.bottom() - (y - low) / spanY * area.height());
    };

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = option.state & QStyle::State_Selected;
    const QColor line = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    if (low < 0 && maxY->y() > 0) {
        QColor zero = line;
        zero.setAlphaF(0.3);
        painter->setPen(QPen(zero, 1, Qt::DotLine));
        const double y = map(0, 0).y();
        painter->drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
    }
    QPainterPath path(map(points.first().x(), points.first().y()));
    for (qsizetype i = 1; i < points.size(); ++i)
        path.lineTo(map(points.at(i).x(), points.at(i).y()));
    const QVariant foreground = index.data(Qt::ForegroundRole);
    painter->setPen(
        QPen(foreground.canConvert<QBrush>() && !selected ? foreground.value<QBrush>().color() : line, 1.2));
    painter->drawPath(path);
    painter->restore();
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    return QStyledItemDelegate::sizeHint(option, index).expandedTo(QSize(80, 0));
}
