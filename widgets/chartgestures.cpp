#include "chartgestures.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QRubberBand>
#include <QWheelEvent>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace {

constexpr int kBandMinimumPx = 4;

} // namespace

ChartGestures::ChartGestures(ChartViewport *viewport, QWidget *surface, QWidget *keyTarget, PlotArea plotArea,
                             QObject *parent)
    : QObject(parent)
    , m_viewport(viewport)
    , m_surface(surface)
    , m_keyTarget(keyTarget)
    , m_plotArea(std::move(plotArea))
    , m_rubberBand(new QRubberBand(QRubberBand::Rectangle, surface))
{
    surface->setMouseTracking(true);
    surface->installEventFilter(this);
    keyTarget->installEventFilter(this);
}

qint64 ChartGestures::timeAt(double x) const
{
    const QRectF plot = m_plotArea();
    const double share = plot.width() > 0 ? (x - plot.left()) / plot.width() : 1.0;
    return m_viewport->fromMs() + std::llround(std::clamp(share, 0.0, 1.0) * double(m_viewport->spanMs()));
}

bool ChartGestures::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_surface)
        return mouseEvent(event);
    if (watched == m_keyTarget && event->type() == QEvent::KeyPress)
        return keyEvent(static_cast<QKeyEvent *>(event));
    return false;
}

bool ChartGestures::mouseEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::Wheel: {
        const auto *wheel = static_cast<QWheelEvent *>(event);
        const double steps = wheel->angleDelta().y() / 120.0;
        if (steps != 0)
            m_viewport->zoom(std::pow(0.8, steps), timeAt(wheel->position().x()));
        return true;
    }
    case QEvent::MouseButtonPress: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        m_keyTarget->setFocus(Qt::MouseFocusReason);
        m_pressPos = mouse->position().toPoint();
        m_pressFromMs = m_viewport->fromMs();
        m_banding = mouse->button() == Qt::RightButton
            || (mouse->button() == Qt::LeftButton && (mouse->modifiers() & Qt::ShiftModifier));
        m_panning = !m_banding && mouse->button() == Qt::LeftButton;
        if (m_banding) {
            m_rubberBand->setGeometry(QRect(m_pressPos, QSize()));
            m_rubberBand->show();
        }
        return true;
    }
    case QEvent::MouseMove: {
        const QPoint pos = static_cast<QMouseEvent *>(event)->position().toPoint();
        const QRectF plot = m_plotArea();
        if (m_panning) {
            const double msPerPx = double(m_viewport->spanMs()) / std::max(1.0, plot.width());
            const qint64 target = m_pressFromMs - std::llround((pos.x() - m_pressPos.x()) * msPerPx);
            m_viewport->pan(target - m_viewport->fromMs());
        } else if (m_banding) {
            m_rubberBand->setGeometry(QRect(QPoint(std::min(pos.x(), m_pressPos.x()), int(plot.top())),
                                            QPoint(std::max(pos.x(), m_pressPos.x()), int(plot.bottom()))));
        }
        hover(pos);
        return m_panning || m_banding;
    }
    case QEvent::MouseButtonRelease: {
        const QPoint pos = static_cast<QMouseEvent *>(event)->position().toPoint();
        if (m_banding && std::abs(pos.x() - m_pressPos.x()) >= kBandMinimumPx)
            m_viewport->setRange(timeAt(m_pressPos.x()), timeAt(pos.x()));
        m_rubberBand->hide();
        m_banding = false;
        m_panning = false;
        return true;
    }
    case QEvent::MouseButtonDblClick:
        m_viewport->reset();
        return true;
    case QEvent::Leave:
        Q_EMIT hoverLeft();
        return false;
    default:
        return false;
    }
}

void ChartGestures::hover(const QPointF &pos)
{
    if (!m_plotArea().contains(pos)) {
        Q_EMIT hoverLeft();
        return;
    }
    Q_EMIT hovered(pos, timeAt(pos.x()));
}

bool ChartGestures::keyEvent(QKeyEvent *event)
{
    // The live edge is the natural zoom anchor while following; otherwise the middle.
    const qint64 anchor
        = m_viewport->isFollowingLive() ? m_viewport->toMs() : m_viewport->fromMs() + m_viewport->spanMs() / 2;
    const qint64 step = std::max<qint64>(1, m_viewport->spanMs() / 10);
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        m_viewport->zoom(0.8, anchor);
        break;
    case Qt::Key_Minus:
        m_viewport->zoom(1.25, anchor);
        break;
    case Qt::Key_Left:
        m_viewport->pan(-step);
        break;
    case Qt::Key_Right:
        m_viewport->pan(step);
        break;
    case Qt::Key_Home:
    case Qt::Key_Escape:
    case Qt::Key_0:
        m_viewport->reset();
        break;
    case Qt::Key_End:
        m_viewport->followLive();
        break;
    case Qt::Key_I:
        Q_EMIT inputsToggleRequested();
        break;
    case Qt::Key_1:
    case Qt::Key_2:
    case Qt::Key_3:
    case Qt::Key_4:
    case Qt::Key_5:
    case Qt::Key_6: {
        const auto preset = static_cast<ChartViewport::Preset>(event->key() - Qt::Key_1);
        Q_EMIT presetChosen(preset);
        m_viewport->setPreset(preset);
        break;
    }
    default:
        return false;
    }
    event->accept();
    return true;
}
