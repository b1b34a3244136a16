#pragma once

#include "positionmarker.h"
#include "premium/premiumbasis.h"
#include "storage/decimatedseries.h"
#include "storage/historyinputs.h"

#include <QLineF>
#include <QList>
#include <QWidget>

#include <optional>

class QChart;
class QChartView;
class QDateTimeAxis;
class QGraphicsLineItem;
class QLineSeries;
class QValueAxis;

// Draws the premium chart: the decimated premium (fresh solid, stale grey and dashed, a line per
// run so that a gap stays a gap), the inputs on a second axis, the positions' markers, the alert
// levels and the crosshair. The only class that touches Qt Charts (deprecated from Qt 6.10 in
// favour of Qt Graphs): a switch rewrites this file pair and nothing else. It holds no data of its
// own beyond what it drew, and decides nothing about what to draw.
class PremiumChartCanvas final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PremiumChartCanvas)

public:
    // The time windows of a draw, in epoch ms: the drawn one (whole decimation columns, `to`
    // included) sets the axis, the viewport's one bounds the marker and alert lines.
    struct Frame
    {
        qint64 fromMs = 0;
        qint64 toMs = 0;
        qint64 viewFromMs = 0;
        qint64 viewToMs = 0;
        bool waiting = false; // nothing to draw yet: the title says so
    };

    explicit PremiumChartCanvas(QWidget *parent = nullptr);
    ~PremiumChartCanvas() override;

    // `inputs` nullptr: the inputs are hidden.
    void draw(const DecimatedSeries &premium, const HistoryInputs *inputs, const Frame &frame);
    // Removes every drawn point at once, without waiting for the next draw.
    void erase();
    void setBasis(std::optional<PremiumBasis> basis);
    // Equal markers or levels return false: nothing to draw again.
    bool setPositionMarkers(const PositionMarkers &markers);
    bool setAlertLevels(const QList<double> &levels);

    // The widget that takes the mouse, and the plot's rectangle in its coordinates.
    QWidget *plotSurface() const;
    QRectF plotArea() const;
    void showCrosshair(const QPointF &surfacePos);
    void hideCrosshair();
    bool savePng(const QString &path);

    // What the chart shows right now (after the last draw), for tests and accessibility.
    int freshPointCount() const;
    int stalePointCount() const;
    int runCount() const { return m_runTotal; }
    int inputPointCount() const;
    QList<QLineF> positionMarkerLines() const;
    QList<QLineF> alertLevelLines() const;
    QList<QPointF> premiumPoints() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void drawRuns(const DecimatedSeries &decimated, QList<QLineSeries *> &pool, bool inputs, int flavour);
    QLineSeries *makeSeries(bool inputs);
    void styleRun(QLineSeries *series, bool stale, bool single, int flavour);
    void updateAxes(const DecimatedSeries &decimated, const HistoryInputs *inputs, qint64 fromMs, qint64 toMs);
    void drawPositionMarkers(qint64 fromMs, qint64 toMs);
    void drawAlertLevels(qint64 fromMs, qint64 toMs);
    void syncLines(QList<QLineSeries *> &pool, const QList<QLineF> &lines, const QPen &pen);
    void updateTexts();
    int pointCount(bool stale) const;

    QChart *m_chart;
    QChartView *m_view;
    QDateTimeAxis *m_axisX;
    QValueAxis *m_axisY;
    QValueAxis *m_axisInputs;
    QGraphicsLineItem *m_crosshair;
    std::optional<PremiumBasis> m_basis;
    bool m_waiting = true;
    QList<QLineSeries *> m_runs; // premium: the chunks of each fresh or stale stretch, oldest first
    QList<bool> m_runIsStale; // per series in m_runs (a long run spans several)
    int m_runTotal = 0;
    std::pair<double, double> m_premiumExtremes { 0, 0 };
    std::pair<double, double> m_inputExtremes { 0, 0 };
    QList<QLineSeries *> m_inputRuns;
    PositionMarkers m_markers;
    QList<QLineSeries *> m_markerLines;
    QList<double> m_alertLevels;
    QList<QLineSeries *> m_alertLines;
};
