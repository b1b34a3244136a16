#pragma once

#include "chartviewport.h"

#include <QObject>
#include <QPoint>
#include <QRectF>

#include <functional>

class QKeyEvent;
class QRubberBand;
class QWidget;

// What the mouse and the keyboard do to a chart, as changes of its ChartViewport: the wheel zooms
// around the moment under the cursor, a drag pans, Shift+drag (or a right drag) zooms to the
// dragged range, a double-click resets; + - ← → Home End Esc 0 and 1…6 (presets) on the keys.
// Hovering reports the moment under the cursor for the crosshair.
//
// Knows the plot only as a rectangle on the surface that takes the mouse, so it is driven by
// synthetic events in tests without any chart.
class ChartGestures final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartGestures)

public:
    // The plot's rectangle in the surface's coordinates, asked at each event (the axes move it).
    using PlotArea = std::function<QRectF()>;

    // Takes the mouse on `surface` and the keys on `keyTarget`, which gets the focus on a click.
    ChartGestures(ChartViewport *viewport, QWidget *surface, QWidget *keyTarget, PlotArea plotArea,
                  QObject *parent = nullptr);

    // The moment at a horizontal position on the surface, clamped to the plot.
    qint64 timeAt(double x) const;

Q_SIGNALS:
    void hovered(const QPointF &surfacePos, qint64 timeMs);
    void hoverLeft();
    void presetChosen(ChartViewport::Preset preset);
    void inputsToggleRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool mouseEvent(QEvent *event);
    bool keyEvent(QKeyEvent *event);
    void hover(const QPointF &pos);

    ChartViewport *m_viewport;
    QWidget *m_surface;
    QWidget *m_keyTarget;
    PlotArea m_plotArea;
    QRubberBand *m_rubberBand;
    QPoint m_pressPos;
    qint64 m_pressFromMs = 0;
    bool m_panning = false;
    bool m_banding = false;
};
