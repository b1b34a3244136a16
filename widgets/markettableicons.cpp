#include "markettableicons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <cmath>
#include <numbers>

namespace {

constexpr int Size = 32; // drawn large, scaled down by the view

QPixmap canvas()
{
    QPixmap pixmap(Size, Size);
    pixmap.fill(Qt::transparent);
    return pixmap;
}

QIcon drawStar(bool filled)
{
    QPixmap pixmap = canvas();
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    for (int i = 0; i < 10; ++i) {
        const double radius = i % 2 == 0 ? Size * 0.46 : Size * 0.19;
        const double angle = -std::numbers::pi / 2 + i * std::numbers::pi / 5;
        const QPointF point(Size / 2.0 + radius * std::cos(angle), Size / 2.0 + radius * std::sin(angle));
        if (i == 0)
            path.moveTo(point);
        else
            path.lineTo(point);
    }
    path.closeSubpath();
    const QColor gold(0xf0, 0xa2, 0x02);
    painter.setPen(QPen(filled ? gold : QColor(0x9e, 0x9e, 0x9e), 2));
    painter.setBrush(filled ? QBrush(gold) : QBrush(Qt::NoBrush));
    painter.drawPath(path);
    return QIcon(pixmap);
}

QIcon drawDot(const QColor &color)
{
    QPixmap pixmap = canvas();
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QRectF(Size * 0.25, Size * 0.25, Size * 0.5, Size * 0.5));
    return QIcon(pixmap);
}

QIcon drawCaution()
{
    QPixmap pixmap = canvas();
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPolygonF triangle { QPointF(Size / 2.0, 2), QPointF(Size - 2.0, Size - 3.0), QPointF(2, Size - 3.0) };
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0xe0, 0x8e, 0x0b));
    painter.drawPolygon(triangle);
    painter.setPen(QPen(Qt::white, 3.5, Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(QPointF(Size / 2.0, Size * 0.36), QPointF(Size / 2.0, Size * 0.64));
    painter.drawPoint(QPointF(Size / 2.0, Size * 0.78));
    return QIcon(pixmap);
}

} // namespace

MarketTableIcons::MarketTableIcons()
    : m_starOn(drawStar(true))
    , m_starOff(drawStar(false))
    , m_walletOpen(drawDot(QColor(0x2f, 0x9e, 0x44)))
    , m_walletPartial(drawDot(QColor(0xe0, 0x8e, 0x0b)))
    , m_walletSuspended(drawDot(QColor(0xe0, 0x31, 0x31)))
    , m_caution(drawCaution())
{
}

QIcon MarketTableIcons::wallet(Wallet state) const
{
    switch (state) {
    case Wallet::Open:
        return m_walletOpen;
    case Wallet::Partial:
        return m_walletPartial;
    case Wallet::Suspended:
        break;
    }
    return m_walletSuspended;
}
