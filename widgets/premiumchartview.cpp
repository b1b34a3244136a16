#include "premiumchartview.h"

#include "chartcontrols.h"
#include "chartgestures.h"
#include "crosshairreadout.h"
#include "historystatuslabel.h"
#include "premiumchartcanvas.h"
#include "storage/historystore.h"

#include <QDateTime>
#include <QFileDialog>
#include <QVBoxLayout>

#include <algorithm>

namespace {

// While following the live edge, points older than the larger of a day (what a start loads) and
// twice the visible span, at most this, are dropped from memory: a window left running holds a
// bounded series instead of a month of seconds it does not show. The database keeps them (and
// the rollups for ever), and a view reaching back loads them again.
constexpr qint64 kKeptInMemoryMs = 31LL * 24 * 3600 * 1000;
constexpr int kInputsDelayMs = 250;
constexpr int kInputsLiveRefreshMs = 2000;

qint64 alignUp(qint64 value, qint64 step)
{
    return step > 1 ? ((value + step - 1) / step) * step : value;
}

} // namespace

PremiumChartView::PremiumChartView(QWidget *parent)
    : QWidget(parent)
    , m_controls(new ChartControls(this))
    , m_canvas(new PremiumChartCanvas(this))
    , m_readout(new CrosshairReadout(this))
    , m_status(new HistoryStatusLabel(this))
    , m_gestures(new ChartGestures(
          &m_viewport, m_canvas->plotSurface(), this, [this] { return m_canvas->plotArea(); }, this))
{
    setFocusPolicy(Qt::StrongFocus);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_controls);
    layout->addWidget(m_canvas, 1);
    layout->addWidget(m_readout);
    layout->addWidget(m_status);

    m_redrawTimer.setSingleShot(true);
    m_redrawTimer.setInterval(RedrawDelayMs);
    connect(&m_redrawTimer, &QTimer::timeout, this, &PremiumChartView::redraw);
    m_inputsTimer.setSingleShot(true);
    connect(&m_inputsTimer, &QTimer::timeout, this, &PremiumChartView::requestInputs);

    connect(&m_viewport, &ChartViewport::changed, this, &PremiumChartView::onViewportChanged);
    connect(m_controls, &ChartControls::presetChosen, this,
            [this](ChartViewport::Preset preset) { m_viewport.setPreset(preset); });
    connect(m_controls, &ChartControls::liveRequested, this, [this] { m_viewport.followLive(); });
    connect(m_controls, &ChartControls::inputsToggled, this, &PremiumChartView::setInputsShown);
    connect(m_controls, &ChartControls::csvExportRequested, this, &PremiumChartView::chooseCsvFile);
    connect(m_controls, &ChartControls::pngExportRequested, this, &PremiumChartView::choosePngFile);

    connect(m_gestures, &ChartGestures::hovered, this, [this](const QPointF &pos, qint64 timeMs) {
        m_canvas->showCrosshair(pos);
        inspectAt(timeMs);
    });
    connect(m_gestures, &ChartGestures::hoverLeft, m_canvas, &PremiumChartCanvas::hideCrosshair);
    connect(m_gestures, &ChartGestures::presetChosen, m_controls, &ChartControls::setPreset);
    connect(m_gestures, &ChartGestures::inputsToggleRequested, this, [this] { setInputsShown(!m_inputsShown); });

    connect(&m_data, &PremiumChartData::cleared, this, &PremiumChartView::onCleared);
    connect(&m_data, &PremiumChartData::keyChanged, this, [this] { m_canvas->setBasis(m_data.key()->basis); });
    connect(&m_data, &PremiumChartData::historyLoaded, this, &PremiumChartView::onHistoryLoaded);
    connect(&m_data, &PremiumChartData::inputsLoaded, this, [this] {
        if (m_inputsShown)
            scheduleRedraw();
    });
    connect(&m_data, &PremiumChartData::statusChanged, m_status, &HistoryStatusLabel::setStatus);
    connect(&m_data, &PremiumChartData::sampleLoaded, this, [this](const PremiumSample &sample) {
        m_readout->showSample(sample);
        Q_EMIT inspected(sample, true);
    });
    connect(&m_data, &PremiumChartData::exportFinished, this, &PremiumChartView::onExportFinished);

    m_viewport.setNow(QDateTime::currentMSecsSinceEpoch());
    PremiumChartCanvas::Frame frame;
    frame.fromMs = frame.viewFromMs = m_viewport.fromMs();
    frame.toMs = frame.viewToMs = m_viewport.toMs();
    frame.waiting = true;
    m_canvas->draw(DecimatedSeries(), nullptr, frame);
}

PremiumChartView::~PremiumChartView()
{
    // Before the children: hiding the canvas as it goes sends events the gestures would turn into
    // calls on a half-destroyed canvas and on the viewport, a member already gone by then.
    delete m_gestures;
}

void PremiumChartView::setMonitor(PremiumMonitor *monitor)
{
    if (m_monitor)
        disconnect(m_monitor, nullptr, this, nullptr);
    m_monitor = monitor;
    if (!monitor)
        return;
    connect(monitor, &PremiumMonitor::sampled, this, &PremiumChartView::addSample);
    if (monitor->latest())
        addSample(*monitor->latest());
}

void PremiumChartView::setHistoryStore(HistoryStore *store, const QString &symbol, PremiumBasis basis,
                                       const VenuePair &pair)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_data.setHistoryStore(store, HistoryKey(symbol, pair, basis), now);
    if (!store)
        return;
    m_status->setStatus(store->status());
    m_viewport.setNow(std::max(now, m_data.series().isEmpty() ? 0 : m_data.series().lastTimeMs()));
}

void PremiumChartView::addSample(const PremiumSample &sample)
{
    if (!m_data.addSample(sample))
        return;
    if (m_viewport.isFollowingLive() && m_viewport.spanMs() < kKeptInMemoryMs
        && m_viewport.preset() != ChartViewport::Preset::All)
        m_data.dropBefore(sample.observedAtMs
                          - std::min(kKeptInMemoryMs, std::max(StartupHistoryMs, 2 * m_viewport.spanMs())));
    m_viewport.setNow(sample.observedAtMs);
    scheduleRedraw();
}

void PremiumChartView::clear()
{
    m_data.clear();
}

void PremiumChartView::onCleared()
{
    // The points of the series dropped go from the screen now, not at the next redraw: a chart
    // that switched coins never shows the previous coin's line under the new one's name.
    m_canvas->erase();
    m_readout->clearReading();
    m_viewport.setOldestMs(0);
    if (m_inputsShown) {
        m_inputsTimer.setInterval(kInputsDelayMs);
        m_inputsTimer.start();
    }
    scheduleRedraw();
}

void PremiumChartView::setSpanMs(qint64 spanMs)
{
    m_data.setRecentSpanMs(spanMs);
    m_viewport.setRange(m_viewport.toMs() - spanMs, m_viewport.toMs());
    m_viewport.followLive();
}

void PremiumChartView::onViewportChanged()
{
    m_controls->setFollowingLive(m_viewport.isFollowingLive());
    if (m_inputsShown && !m_viewport.isFollowingLive()) {
        m_inputsTimer.setInterval(kInputsDelayMs);
        m_inputsTimer.start();
    }
    m_data.requestOlder(m_viewport.fromMs());
    scheduleRedraw();
}

void PremiumChartView::onHistoryLoaded(qint64 fromMs, qint64 points)
{
    if (m_data.oldestStoredMs() > 0)
        m_viewport.setOldestMs(m_data.oldestStoredMs());
    if (points > 0)
        scheduleRedraw();
    Q_EMIT historyLoaded(fromMs, points);
    m_data.requestOlder(m_viewport.fromMs());
}

void PremiumChartView::setInputsShown(bool shown)
{
    if (m_inputsShown == shown)
        return;
    m_inputsShown = shown;
    m_controls->setInputsShown(shown);
    m_data.dropInputs();
    if (shown)
        requestInputs();
    scheduleRedraw();
}

void PremiumChartView::requestInputs()
{
    if (m_inputsShown)
        m_data.requestInputs(m_viewport.fromMs(), m_viewport.toMs() + 1, plotWidthPx());
}

void PremiumChartView::scheduleRedraw()
{
    // Not restarted when already running: a steady stream of samples must still be drawn.
    if (!m_redrawTimer.isActive())
        m_redrawTimer.start();
}

void PremiumChartView::redraw()
{
    const int width = plotWidthPx();
    // While following, the drawn window moves a whole column at a time: the axes (and with them
    // every series' geometry) change once per column, not once per tick.
    // One column more than the viewport keeps its oldest moment in view as the edge moves.
    const qint64 columnMs = std::max<qint64>(1, (m_viewport.spanMs() + width - 2) / std::max(1, width - 1));
    const bool following = m_viewport.isFollowingLive();
    const qint64 span = m_viewport.spanMs() + (following ? columnMs : 0) + 1;
    const qint64 to = following ? alignUp(m_viewport.toMs() + 1, columnMs) : m_viewport.toMs() + 1;
    const qint64 from = to - span;

    PremiumChartCanvas::Frame frame;
    frame.fromMs = from;
    frame.toMs = to - 1;
    frame.viewFromMs = m_viewport.fromMs();
    frame.viewToMs = m_viewport.toMs();
    frame.waiting = m_data.series().isEmpty();
    m_canvas->draw(m_data.decimate(from, to, width), m_inputsShown ? &m_data.inputs() : nullptr, frame);
    if (m_inputsShown && following && !m_inputsTimer.isActive()) {
        m_inputsTimer.setInterval(kInputsLiveRefreshMs);
        m_inputsTimer.start();
    }
    ++m_redrawCount;
    Q_EMIT redrawn();
}

void PremiumChartView::setPositionMarkers(const PositionMarkers &markers)
{
    if (m_canvas->setPositionMarkers(markers))
        scheduleRedraw();
}

QList<QLineF> PremiumChartView::positionMarkerLines() const
{
    return m_canvas->positionMarkerLines();
}

void PremiumChartView::setAlertLevels(const QList<double> &levels)
{
    if (m_canvas->setAlertLevels(levels))
        scheduleRedraw();
}

QList<QLineF> PremiumChartView::alertLevelLines() const
{
    return m_canvas->alertLevelLines();
}

int PremiumChartView::freshPointCount() const
{
    return m_canvas->freshPointCount();
}

int PremiumChartView::stalePointCount() const
{
    return m_canvas->stalePointCount();
}

int PremiumChartView::runCount() const
{
    return m_canvas->runCount();
}

int PremiumChartView::inputPointCount() const
{
    return m_canvas->inputPointCount();
}

int PremiumChartView::plotWidthPx() const
{
    // Before the chart is first laid out its plot has no width: the panel's is the best guess.
    const int plot = static_cast<int>(m_canvas->plotArea().width());
    return plot >= 50 ? plot : std::max(50, width() - 80);
}

QWidget *PremiumChartView::plotViewport() const
{
    return m_canvas->plotSurface();
}

void PremiumChartView::inspectAt(qint64 timeMs)
{
    const std::optional<PremiumChartData::Reading> reading = m_data.readAt(timeMs);
    if (!reading) {
        m_readout->clearReading();
        return;
    }
    if (reading->exact) {
        m_readout->showSample(*reading->exact);
        Q_EMIT inspected(*reading->exact, true);
        return;
    }
    m_readout->showApproximate(reading->timeMs, reading->rate);
    PremiumSample approximate;
    approximate.observedAtMs = reading->timeMs;
    Q_EMIT inspected(approximate, false);
}

void PremiumChartView::redrawNow()
{
    m_redrawTimer.stop();
    redraw();
}

void PremiumChartView::exportPng(const QString &path)
{
    if (m_redrawTimer.isActive())
        redrawNow();
    const bool ok = m_canvas->savePng(path);
    const QString message = ok ? tr("Saved the chart to %1.").arg(path) : tr("Could not save %1.").arg(path);
    m_readout->setText(message);
    Q_EMIT exported(path, ok, message);
}

void PremiumChartView::exportCsv(const QString &path)
{
    m_data.exportCsv(m_viewport.fromMs(), m_viewport.toMs() + 1, path);
}

void PremiumChartView::onExportFinished(const QString &path, qint64 rows, const QString &error)
{
    const QString message
        = error.isEmpty() ? tr("Exported %n row(s).", nullptr, int(rows)) : tr("Export failed: %1").arg(error);
    m_readout->setText(message);
    Q_EMIT exported(path, error.isEmpty(), message);
}

void PremiumChartView::chooseCsvFile()
{
    const QString name = QStringLiteral("premium-%1.csv")
                             .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export the visible range as CSV"), name, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

void PremiumChartView::choosePngFile()
{
    const QString name = QStringLiteral("premium-%1.png")
                             .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save the chart as PNG"), name, tr("PNG images (*.png)"));
    if (!path.isEmpty())
        exportPng(path);
}
