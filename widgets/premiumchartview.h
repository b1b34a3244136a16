#pragma once

#include "premium/premiummonitor.h"
#include "premium/premiumsample.h"
#include "premiumhistory.h"

#include <QList>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <optional>

class QChart;
class QChartView;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

// The premium over the last hour as a line. This is the only class that touches Qt Charts
// (deprecated from Qt 6.10 in favour of Qt Graphs): a switch rewrites this file pair and nothing
// else. The data lives in a PremiumHistory outside the chart; the chart is redrawn from it with
// QLineSeries::replace() on a 40 ms single-shot timer, so a burst of samples costs one redraw.
//
// Fresh and stale stretches are separate series: fresh ones solid in the accent colour, stale
// ones grey and dashed with their points marked, with a gap where the state changes, so a value
// computed from old inputs never reads as a move of the market.
class PremiumChartView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PremiumChartView)

public:
    static constexpr int RedrawDelayMs = 40;

    explicit PremiumChartView(QWidget *parent = nullptr);
    ~PremiumChartView() override;

    // Follows the monitor's samples; nullptr detaches. The history is kept across monitors of the
    // same basis (a settings change should not wipe the hour) and cleared when the basis differs.
    void setMonitor(PremiumMonitor *monitor);
    void addSample(const PremiumSample &sample);
    void clear();
    void setSpanMs(qint64 spanMs);

    const PremiumHistory &history() const { return m_history; }
    // What the chart shows right now (after the last redraw), for tests and accessibility.
    int freshPointCount() const;
    int stalePointCount() const;
    int redrawCount() const { return m_redrawCount; }
    bool isRedrawPending() const { return m_redrawTimer.isActive(); }

Q_SIGNALS:
    void redrawn();

protected:
    void changeEvent(QEvent *event) override;

private:
    void scheduleRedraw();
    void redraw();
    QLineSeries *runSeries(int index);
    void styleRun(QLineSeries *series, bool stale, bool single);
    void updateAxes();
    void updateTexts();
    void showPointToolTip(const QPointF &point, bool hovered);
    int pointCount(bool stale) const;

    PremiumHistory m_history;
    std::optional<PremiumBasis> m_basis;
    QPointer<PremiumMonitor> m_monitor;
    QChart *m_chart;
    QChartView *m_view;
    QDateTimeAxis *m_axisX;
    QValueAxis *m_axisY;
    QList<QLineSeries *> m_runs;      // one series per fresh or stale stretch, oldest first
    QList<bool> m_runIsStale;
    QTimer m_redrawTimer;
    int m_redrawCount = 0;
};
