#pragma once

#include "chartviewport.h"
#include "positionmarker.h"
#include "premium/premiummonitor.h"
#include "premium/premiumsample.h"
#include "premiumhistory.h"
#include "premium/venuepair.h"
#include "storage/historyinputs.h"
#include "storage/historyrange.h"
#include "storage/premiumseries.h"
#include "storage/seriesdecimator.h"

#include <QList>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <optional>

class ChartControls;
class CrosshairReadout;
class HistoryStatusLabel;
class HistoryStore;
class QChart;
class QChartView;
class QDateTimeAxis;
class QGraphicsLineItem;
class QLineSeries;
class QRubberBand;
class QValueAxis;

// The premium chart and everything to inspect it: range presets, wheel zoom, drag to pan,
// Shift+drag (or right-drag) to zoom to a range, double-click to reset, the keyboard; a crosshair
// that reads the exact stored values; a second axis with the inputs; CSV and PNG export.
//
// This is the only class that touches Qt Charts (deprecated from Qt 6.10 in favour of Qt Graphs):
// a switch rewrites this file pair and nothing else. The data lives outside the chart: a compact
// PremiumSeries (13 bytes a point) with the live samples and the history loaded from the
// HistoryStore, drawn through SeriesDecimator (min/max per pixel column, at most 4 points per
// column) and QLineSeries::replace() on a 40 ms single-shot timer, never per sample.
//
// Fresh and stale stretches are separate series, as are the two sides of a gap in the data (app
// closed, feed down): fresh solid, stale grey and dashed, never a line across a gap.
class PremiumChartView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PremiumChartView)

public:
    static constexpr int RedrawDelayMs = 40;
    static constexpr qint64 StartupHistoryMs = 24LL * 3600 * 1000;

    explicit PremiumChartView(QWidget *parent = nullptr);
    ~PremiumChartView() override;

    // Follows the monitor's samples; nullptr detaches. The history is kept across monitors of the
    // same basis (a settings change should not wipe it) and cleared when the basis differs.
    void setMonitor(PremiumMonitor *monitor);
    // Reads older history, exact values and exports from `store` for `symbol` on `basis`, starting
    // with the last StartupHistoryMs. nullptr: memory only.
    void setHistoryStore(HistoryStore *store, const QString &symbol, PremiumBasis basis, const VenuePair &pair = {});
    void addSample(const PremiumSample &sample);
    void clear();
    void setSpanMs(qint64 spanMs);

    const PremiumHistory &history() const { return m_history; }
    const PremiumSeries &series() const { return m_series; }
    ChartViewport *viewport() { return &m_viewport; }
    ChartControls *controls() const { return m_controls; }
    CrosshairReadout *readout() const { return m_readout; }

    // Draws the pending changes at once instead of on the throttle timer.
    void redrawNow();
    void exportPng(const QString &path);
    void exportCsv(const QString &path);
    void setInputsShown(bool shown);
    bool inputsShown() const { return m_inputsShown; }
    // The crosshair at a moment, as a mouse move there does.
    void inspectAt(qint64 timeMs);

    // Marks positions: each open one's entry premium as a horizontal line from its opening on,
    // and the opening and closing times of every one as vertical lines.
    void setPositionMarkers(const PositionMarkers &markers);
    // The marker lines drawn at the last redraw, in chart values (x: epoch ms, y: premium %).
    QList<QLineF> positionMarkerLines() const;
    // The user's alert thresholds (premium %) as dotted lines across the chart. They do not
    // stretch the axis: a line shows once the premium's range comes near it.
    void setAlertLevels(const QList<double> &levels);
    QList<QLineF> alertLevelLines() const;

    // What the chart shows right now (after the last redraw), for tests and accessibility.
    int freshPointCount() const;
    int stalePointCount() const;
    int runCount() const;
    int inputPointCount() const;
    int plotWidthPx() const;
    // The widget that takes the mouse: tests send their events here.
    QWidget *plotViewport() const;
    int redrawCount() const { return m_redrawCount; }
    bool isRedrawPending() const { return m_redrawTimer.isActive(); }

Q_SIGNALS:
    void redrawn();
    void historyLoaded(qint64 fromMs, qint64 points);
    void inspected(const PremiumSample &sample, bool exact);
    void exported(const QString &path, bool ok, const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void scheduleRedraw();
    void redraw();
    void onViewportChanged();
    void requestOlderHistory();
    void onRangeLoaded(const HistoryRange &range);
    void onInputsLoaded(const HistoryInputs &inputs);
    void requestInputs();
    void drawRuns(const DecimatedSeries &decimated, QList<QLineSeries *> &pool, bool inputs, int flavour);
    QLineSeries *makeSeries(bool inputs);
    void styleRun(QLineSeries *series, bool stale, bool single, int flavour);
    void updateAxes(const DecimatedSeries &decimated, qint64 fromMs, qint64 toMs);
    void drawPositionMarkers();
    void drawAlertLevels();
    void syncLines(QList<QLineSeries *> &pool, const QList<QLineF> &lines, const QPen &pen);
    void updateTexts();
    qint64 timeAt(const QPointF &viewPos) const;
    void showCrosshair(const QPointF &viewPos);
    void hideCrosshair();
    void chooseCsvFile();
    void choosePngFile();
    int pointCount(bool stale) const;

    PremiumHistory m_history;  // full samples of the last hour: exact values without a database
    PremiumSeries m_series;    // everything drawn: loaded history and live samples
    SeriesDecimator m_decimator;
    ChartViewport m_viewport;
    std::optional<PremiumBasis> m_basis;
    QString m_symbol;
    VenuePair m_pair;
    QPointer<PremiumMonitor> m_monitor;
    QPointer<HistoryStore> m_store;
    QList<QMetaObject::Connection> m_storeConnections;
    qint64 m_requestedFromMs = 0;  // history older than this has been asked of the store
    quint64 m_rangeRequest = 0;
    quint64 m_sampleRequest = 0;
    quint64 m_inputsRequest = 0;
    qint64 m_drawnFromMs = 0;
    qint64 m_drawnToMs = 0;
    int m_drawnWidth = 0;
    bool m_seriesChanged = true;
    bool m_inputsShown = false;
    HistoryInputs m_inputs;

    ChartControls *m_controls;
    QChart *m_chart;
    QChartView *m_view;
    CrosshairReadout *m_readout;
    HistoryStatusLabel *m_status;
    QDateTimeAxis *m_axisX;
    QValueAxis *m_axisY;
    QValueAxis *m_axisInputs;
    QGraphicsLineItem *m_crosshair;
    QRubberBand *m_rubberBand;
    QList<QLineSeries *> m_runs;  // premium: the chunks of each fresh or stale stretch, oldest first
    QList<bool> m_runIsStale;     // per series in m_runs (a long run spans several)
    int m_runTotal = 0;
    std::pair<double, double> m_premiumExtremes{0, 0};
    std::pair<double, double> m_inputExtremes{0, 0};
    QList<QLineSeries *> m_inputRuns;
    PositionMarkers m_markers;
    QList<QLineSeries *> m_markerLines;
    QList<double> m_alertLevels;
    QList<QLineSeries *> m_alertLines;
    QPoint m_pressPos;
    qint64 m_pressFromMs = 0;
    bool m_panning = false;
    bool m_banding = false;
    QTimer m_redrawTimer;
    QTimer m_inputsTimer;
    int m_redrawCount = 0;
};
