#pragma once

#include "chartviewport.h"
#include "positionmarker.h"
#include "premium/premiumhistory.h"
#include "premium/premiummonitor.h"
#include "premium/premiumsample.h"
#include "premium/venuepair.h"
#include "storage/premiumchartdata.h"
#include "storage/premiumseries.h"

#include <QList>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class ChartControls;
class ChartGestures;
class CrosshairReadout;
class HistoryStatusLabel;
class HistoryStore;
class PremiumChartCanvas;

// The premium chart and everything to inspect it: range presets, wheel zoom, drag to pan,
// Shift+drag (or right-drag) to zoom to a range, double-click to reset, the keyboard; a crosshair
// that reads the exact stored values; a second axis with the inputs; CSV and PNG export.
//
// Three parts under one panel, wired here: PremiumChartData holds the series (live samples and
// the history read from the HistoryStore, 13 bytes a point), its requests, decimation and export,
// and knows no chart library; PremiumChartCanvas draws, the only class that touches Qt Charts;
// ChartGestures turns the mouse and keys into ChartViewport changes. The panel redraws on a 40 ms
// single-shot timer, never per sample, through SeriesDecimator (min/max per pixel column).
//
// Fresh and stale stretches are separate series, as are the two sides of a gap in the data (app
// closed, feed down): fresh solid, stale grey and dashed, never a line across a gap.
class PremiumChartView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PremiumChartView)

public:
    static constexpr int RedrawDelayMs = 40;
    static constexpr qint64 StartupHistoryMs = PremiumChartData::StartupHistoryMs;

    explicit PremiumChartView(QWidget *parent = nullptr);
    ~PremiumChartView() override;

    // Follows the monitor's samples; nullptr detaches. The history is kept across monitors of the
    // same coin and basis (a settings change should not wipe it) and cleared when either differs.
    void setMonitor(PremiumMonitor *monitor);
    // Reads older history, exact values and exports from `store` for `symbol` on `basis`, starting
    // with the last StartupHistoryMs. nullptr: memory only. Another coin, pair or basis than the
    // one shown drops the shown one at once: its points, and the answers still on their way.
    void setHistoryStore(HistoryStore *store, const QString &symbol, PremiumBasis basis, const VenuePair &pair = {});
    void addSample(const PremiumSample &sample);
    void clear();
    void setSpanMs(qint64 spanMs);

    const PremiumHistory &history() const { return m_data.history(); }
    const PremiumSeries &series() const { return m_data.series(); }
    const PremiumChartData &chartData() const { return m_data; }
    ChartViewport *viewport() { return &m_viewport; }
    ChartControls *controls() const { return m_controls; }
    CrosshairReadout *readout() const { return m_readout; }
    PremiumChartCanvas *canvas() const { return m_canvas; }

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

private:
    void scheduleRedraw();
    void redraw();
    void onViewportChanged();
    void onHistoryLoaded(qint64 fromMs, qint64 points);
    void onCleared();
    void onExportFinished(const QString &path, qint64 rows, const QString &error);
    void requestInputs();
    void chooseCsvFile();
    void choosePngFile();

    PremiumChartData m_data;
    ChartViewport m_viewport;
    QPointer<PremiumMonitor> m_monitor;
    bool m_inputsShown = false;

    ChartControls *m_controls;
    PremiumChartCanvas *m_canvas;
    CrosshairReadout *m_readout;
    HistoryStatusLabel *m_status;
    ChartGestures *m_gestures;
    QTimer m_redrawTimer;
    QTimer m_inputsTimer;
    int m_redrawCount = 0;
};
