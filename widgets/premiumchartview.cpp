#include "premiumchartview.h"

#include "chartcontrols.h"
#include "crosshairreadout.h"
#include "feedtext.h"
#include "historystatuslabel.h"
#include "premium/premiummonitor.h"
#include "storage/historycsv.h"
#include "storage/historykey.h"
#include "storage/historystore.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QFileDialog>
#include <QGraphicsLineItem>
#include <QKeyEvent>
#include <QLineSeries>
#include <QMouseEvent>
#include <QRubberBand>
#include <QSaveFile>
#include <QValueAxis>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace {

const QColor kFreshColor(0x15, 0x65, 0xc0);
const QColor kStaleColor(0x9e, 0x9e, 0x9e);
const QColor kKoreaColor(0xef, 0x6c, 0x00);
const QColor kForeignColor(0x2e, 0x7d, 0x32);
enum Flavour { PremiumLine, KoreaLine, ForeignLine };
// While following the live edge, points older than the larger of a day (what a start loads) and
// twice the visible span, at most this, are dropped from memory: a window left running holds a
// bounded series instead of a month of seconds it does not show. The database keeps them (and
// the rollups for ever), and a view reaching back loads them again.
constexpr qint64 kKeptInMemoryMs = 31LL * 24 * 3600 * 1000;
constexpr int kInputsDelayMs = 250;
constexpr int kInputsLiveRefreshMs = 2000;
constexpr int kBandMinimumPx = 4;
// Qt Charts strokes a whole series again whenever its points change. Runs are cut into chunks of
// this many points (each sharing its first point with the previous one's last), and a chunk whose
// points did not change is not replaced: a live tick restrokes the newest chunk only.
constexpr qsizetype kChunkPoints = 128;

qint64 alignUp(qint64 value, qint64 step)
{
    return step > 1 ? ((value + step - 1) / step) * step : value;
}

} // namespace

PremiumChartView::PremiumChartView(QWidget *parent)
    : QWidget(parent)
    , m_controls(new ChartControls(this))
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_readout(new CrosshairReadout(this))
    , m_status(new HistoryStatusLabel(this))
    , m_axisX(new QDateTimeAxis)
    , m_axisY(new QValueAxis)
    , m_axisInputs(new QValueAxis)
    , m_crosshair(new QGraphicsLineItem)
    , m_rubberBand(new QRubberBand(QRubberBand::Rectangle, m_view->viewport()))
{
    m_chart->legend()->hide();
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_axisX->setTickCount(7);
    m_axisY->setLabelFormat(QStringLiteral("%.2f"));
    m_axisY->setTickCount(6);
    m_axisInputs->setLabelFormat(QStringLiteral("%.0f"));
    m_axisInputs->setVisible(false);
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    m_chart->addAxis(m_axisInputs, Qt::AlignRight);

    QPen crosshairPen(QColor(0x61, 0x61, 0x61));
    crosshairPen.setStyle(Qt::DotLine);
    m_crosshair->setPen(crosshairPen);
    m_crosshair->setZValue(100);
    m_crosshair->hide();
    m_view->scene()->addItem(m_crosshair);

    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(220);
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->viewport()->setMouseTracking(true);
    m_view->viewport()->installEventFilter(this);
    setFocusPolicy(Qt::StrongFocus);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_controls);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_readout);
    layout->addWidget(m_status);

    m_redrawTimer.setSingleShot(true);
    m_redrawTimer.setInterval(RedrawDelayMs);
    connect(&m_redrawTimer, &QTimer::timeout, this, &PremiumChartView::redraw);
    m_inputsTimer.setSingleShot(true);
    connect(&m_inputsTimer, &QTimer::timeout, this, &PremiumChartView::requestInputs);

    connect(&m_viewport, &ChartViewport::changed, this, &PremiumChartView::onViewportChanged);
    connect(m_controls, &ChartControls::presetChosen, this, [this](ChartViewport::Preset preset) { m_viewport.setPreset(preset); });
    connect(m_controls, &ChartControls::liveRequested, this, [this] { m_viewport.followLive(); });
    connect(m_controls, &ChartControls::inputsToggled, this, &PremiumChartView::setInputsShown);
    connect(m_controls, &ChartControls::csvExportRequested, this, &PremiumChartView::chooseCsvFile);
    connect(m_controls, &ChartControls::pngExportRequested, this, &PremiumChartView::choosePngFile);

    m_viewport.setNow(QDateTime::currentMSecsSinceEpoch());
    updateTexts();
    updateAxes(DecimatedSeries(), m_viewport.fromMs(), m_viewport.toMs());
}

PremiumChartView::~PremiumChartView() = default;

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

void PremiumChartView::setHistoryStore(HistoryStore *store, const QString &symbol, PremiumBasis basis, const VenuePair &pair)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_storeConnections))
        disconnect(connection);
    m_storeConnections.clear();
    m_store = store;
    m_rangeRequest = 0;
    if (!store)
        return;
    if (m_basis && *m_basis != basis)
        clear();
    m_basis = basis;
    m_symbol = symbol;
    m_pair = pair;
    m_storeConnections = {
        connect(store, &HistoryStore::rangeLoaded, this, &PremiumChartView::onRangeLoaded),
        connect(store, &HistoryStore::inputsLoaded, this, &PremiumChartView::onInputsLoaded),
        connect(store, &HistoryStore::statusChanged, m_status, &HistoryStatusLabel::setStatus),
        connect(store, &HistoryStore::sampleLoaded, this,
                [this](quint64 id, const PremiumSample &sample, bool found) {
                    if (id != m_sampleRequest || !found)
                        return;
                    m_readout->showSample(sample);
                    Q_EMIT inspected(sample, true);
                }),
        connect(store, &HistoryStore::exportFinished, this,
                [this](quint64, qint64 rows, const QString &error) {
                    const QString message = error.isEmpty() ? tr("Exported %n row(s).", nullptr, int(rows))
                                                            : tr("Export failed: %1").arg(error);
                    m_readout->setText(message);
                    Q_EMIT exported(QString(), error.isEmpty(), message);
                }),
    };
    m_status->setStatus(store->status());
    const qint64 now = std::max(QDateTime::currentMSecsSinceEpoch(), m_series.isEmpty() ? 0 : m_series.lastTimeMs());
    m_viewport.setNow(now);
    m_requestedFromMs = now - StartupHistoryMs;
    const qint64 to = m_series.isEmpty() ? now + 1 : m_series.firstTimeMs();
    m_rangeRequest = store->requestRange(HistoryKey(symbol, m_pair, basis), m_requestedFromMs, to, HistoryRange::Resolution::Raw);
}

void PremiumChartView::addSample(const PremiumSample &sample)
{
    // Seed and global premiums differ by a few hundredths; one line must not mix them.
    if (m_basis && *m_basis != sample.basis)
        clear();
    if (m_basis != sample.basis) {
        m_basis = sample.basis;
        updateTexts();
    }
    m_symbol = sample.symbol;
    m_pair = sample.pair;
    if (!m_history.append(sample))
        return;
    // The 8-place rate: the chart shows movement finer than the rounded headline number.
    m_series.append(sample.observedAtMs, static_cast<float>(sample.preciseRate.toDouble()), sample.stale);
    if (m_viewport.isFollowingLive() && m_viewport.spanMs() < kKeptInMemoryMs && m_viewport.preset() != ChartViewport::Preset::All) {
        const qint64 keptMs = std::min(kKeptInMemoryMs, std::max(StartupHistoryMs, 2 * m_viewport.spanMs()));
        m_series.removeBefore(sample.observedAtMs - keptMs);
        if (!m_series.isEmpty())
            m_requestedFromMs = std::max(m_requestedFromMs, m_series.firstTimeMs());
    }
    m_viewport.setNow(sample.observedAtMs);
    scheduleRedraw();
}

void PremiumChartView::clear()
{
    m_history.clear();
    m_series.clear();
    m_seriesChanged = true;
    m_requestedFromMs = 0;
    m_rangeRequest = 0;
    scheduleRedraw();
}

void PremiumChartView::setSpanMs(qint64 spanMs)
{
    m_history.setSpanMs(spanMs);
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
    requestOlderHistory();
    scheduleRedraw();
}

void PremiumChartView::requestOlderHistory()
{
    if (!m_store || m_rangeRequest != 0 || m_symbol.isEmpty() || !m_basis)
        return;
    const qint64 from = m_viewport.fromMs();
    if (m_requestedFromMs == 0 || from >= m_requestedFromMs)
        return;
    if (m_viewport.oldestMs() > 0 && m_requestedFromMs <= m_viewport.oldestMs())
        return;
    const qint64 to = m_series.isEmpty() ? m_requestedFromMs : std::min(m_requestedFromMs, m_series.firstTimeMs());
    m_rangeRequest = m_store->requestRange(HistoryKey(m_symbol, m_pair, *m_basis), from, to);
    m_requestedFromMs = from;
}

void PremiumChartView::onRangeLoaded(const HistoryRange &range)
{
    if (range.requestId != m_rangeRequest)
        return;
    m_rangeRequest = 0;
    if (range.storedFirstMs > 0)
        m_viewport.setOldestMs(range.storedFirstMs);
    if (range.series && !range.series->isEmpty()) {
        m_series.prepend(*range.series);
        m_seriesChanged = true;
        scheduleRedraw();
    }
    Q_EMIT historyLoaded(range.fromMs, range.series ? qint64(range.series->size()) : 0);
    requestOlderHistory();
}

void PremiumChartView::setInputsShown(bool shown)
{
    if (m_inputsShown == shown)
        return;
    m_inputsShown = shown;
    m_controls->setInputsShown(shown);
    m_axisInputs->setVisible(shown);
    m_inputs = HistoryInputs();
    if (shown)
        requestInputs();
    scheduleRedraw();
}

void PremiumChartView::requestInputs()
{
    if (!m_inputsShown)
        return;
    const qint64 from = m_viewport.fromMs();
    const qint64 to = m_viewport.toMs() + 1;
    if (m_store && m_basis) {
        m_inputsRequest = m_store->requestInputs(HistoryKey(m_symbol, m_pair, *m_basis), from, to, plotWidthPx());
        return;
    }
    // Without a database the inputs of the samples kept in memory are all there is.
    PremiumSeries korea;
    PremiumSeries foreign;
    for (const PremiumSample &sample : m_history.samples()) {
        korea.append(sample.observedAtMs, float(sample.korea.price.toDouble()), sample.stale);
        foreign.append(sample.observedAtMs, float((sample.foreign.price * sample.fx.price).toDouble()), sample.stale);
    }
    HistoryInputs inputs;
    inputs.fromMs = from;
    inputs.toMs = to;
    inputs.korea = SeriesDecimator::decimate(korea, from, to, plotWidthPx());
    inputs.foreignInKrw = SeriesDecimator::decimate(foreign, from, to, plotWidthPx());
    onInputsLoaded(inputs);
}

void PremiumChartView::onInputsLoaded(const HistoryInputs &inputs)
{
    if (inputs.requestId != m_inputsRequest || !m_inputsShown)
        return;
    m_inputs = inputs;
    scheduleRedraw();
}

void PremiumChartView::scheduleRedraw()
{
    // Not restarted when already running: a steady stream of samples must still be drawn.
    if (!m_redrawTimer.isActive())
        m_redrawTimer.start();
}

int PremiumChartView::plotWidthPx() const
{
    const int plot = static_cast<int>(m_chart->plotArea().width());
    return plot >= 50 ? plot : std::max(50, width() - 80);
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
    // Sliding along with the live edge keeps every column but the newest (see SeriesDecimator);
    // anything else recomputes the visible columns.
    if (m_seriesChanged || width != m_drawnWidth || to - from != m_drawnToMs - m_drawnFromMs)
        m_decimator.setView(m_series, from, to, width);
    else if (to != m_drawnToMs)
        m_decimator.slideTo(m_series, to);
    else
        m_decimator.update(m_series);
    m_seriesChanged = false;
    m_drawnFromMs = from;
    m_drawnToMs = to;
    m_drawnWidth = width;

    const DecimatedSeries decimated = m_decimator.result();
    m_runIsStale.clear();
    drawRuns(decimated, m_runs, false, PremiumLine);
    m_runTotal = int(decimated.runs.size());
    if (m_inputsShown) {
        DecimatedSeries inputs = m_inputs.korea;
        const std::size_t offset = inputs.points.size();
        const std::size_t koreaRuns = inputs.runs.size();
        inputs.points.insert(inputs.points.end(), m_inputs.foreignInKrw.points.begin(), m_inputs.foreignInKrw.points.end());
        for (DecimatedSeries::Run run : m_inputs.foreignInKrw.runs) {
            run.begin += offset;
            run.end += offset;
            inputs.runs.push_back(run);
        }
        drawRuns(inputs, m_inputRuns, true, int(koreaRuns));
        if (m_viewport.isFollowingLive() && !m_inputsTimer.isActive()) {
            m_inputsTimer.setInterval(kInputsLiveRefreshMs);
            m_inputsTimer.start();
        }
    } else {
        drawRuns(DecimatedSeries(), m_inputRuns, true, 0);
    }

    updateAxes(decimated, from, to - 1);
    drawPositionMarkers();
    drawAlertLevels();
    updateTexts();
    ++m_redrawCount;
    Q_EMIT redrawn();
}

void PremiumChartView::drawRuns(const DecimatedSeries &decimated, QList<QLineSeries *> &pool, bool inputs, int flavour)
{
    // For the inputs, `flavour` is the number of Korean runs: the ones after it are foreign.
    qsizetype used = 0;
    for (std::size_t i = 0; i < decimated.runs.size(); ++i) {
        const DecimatedSeries::Run &run = decimated.runs[i];
        const int lineFlavour = !inputs ? PremiumLine : (qsizetype(i) < flavour ? KoreaLine : ForeignLine);
        const auto runBegin = qsizetype(run.begin);
        const auto runEnd = qsizetype(run.end);
        for (qsizetype begin = runBegin;; begin += kChunkPoints - 1) {
            const qsizetype end = std::min(runEnd, begin + kChunkPoints);
            if (pool.size() <= used)
                pool.append(makeSeries(inputs));
            QLineSeries *series = pool.at(used++);
            styleRun(series, run.stale, runEnd - runBegin == 1, lineFlavour);
            const QList<QPointF> points(decimated.points.begin() + begin, decimated.points.begin() + end);
            if (series->points() != points)
                series->replace(points);
            if (!inputs)
                m_runIsStale.append(run.stale);
            if (end == runEnd)
                break;
        }
    }
    while (pool.size() > used) {
        QLineSeries *series = pool.takeLast();
        m_chart->removeSeries(series);
        delete series;
    }
}

QLineSeries *PremiumChartView::makeSeries(bool inputs)
{
    auto *series = new QLineSeries;
    m_chart->addSeries(series);
    series->attachAxis(m_axisX);
    series->attachAxis(inputs ? m_axisInputs : m_axisY);
    return series;
}

void PremiumChartView::styleRun(QLineSeries *series, bool stale, bool single, int flavour)
{
    // Setting an equal pen still makes Qt Charts redo the series' geometry.
    const bool markers = flavour == PremiumLine && (stale || single);
    if (series->property("flavour").toInt() == flavour + 1 && series->property("stale").toBool() == stale
        && series->pointsVisible() == markers)
        return;
    series->setProperty("flavour", flavour + 1);
    series->setProperty("stale", stale);
    QColor color = stale ? kStaleColor : kFreshColor;
    if (flavour == KoreaLine)
        color = kKoreaColor;
    else if (flavour == ForeignLine)
        color = kForeignColor;
    QPen pen(color);
    pen.setWidthF(flavour == PremiumLine ? 2 : 1);
    pen.setStyle(stale ? Qt::DashLine : Qt::SolidLine);
    series->setPen(pen);
    // A stretch of one point has no line to draw; its marker is all there is.
    series->setPointsVisible(markers);
}

void PremiumChartView::updateAxes(const DecimatedSeries &decimated, qint64 from, qint64 to)
{
    if (m_axisX->min().toMSecsSinceEpoch() != from || m_axisX->max().toMSecsSinceEpoch() != to)
        m_axisX->setRange(QDateTime::fromMSecsSinceEpoch(from), QDateTime::fromMSecsSinceEpoch(to));
    // Seconds matter in the first minutes, days over long ranges.
    const qint64 span = to - from;
    const QString format = span <= 10 * 60'000 ? QStringLiteral("HH:mm:ss")
        : span <= 2 * 24 * 3'600'000LL         ? QStringLiteral("HH:mm")
                                               : QStringLiteral("MM-dd HH:mm");
    if (m_axisX->format() != format)
        m_axisX->setFormat(format);
    double lowest = 0;
    double highest = 0;
    bool any = false;
    for (const QPointF &point : decimated.points) {
        if (point.x() < double(from) || point.x() > double(to))
            continue;
        lowest = any ? std::min(lowest, point.y()) : point.y();
        highest = any ? std::max(highest, point.y()) : point.y();
        any = true;
    }
    // An open position's entry premium stays in view, however far the premium has moved since.
    for (const PositionMarker &marker : std::as_const(m_markers)) {
        if (marker.isOpen() && marker.openedAtMs <= to) {
            lowest = any ? std::min(lowest, marker.entryPremium) : marker.entryPremium;
            highest = any ? std::max(highest, marker.entryPremium) : marker.entryPremium;
            any = true;
        }
    }
    // Every change of an axis makes Qt Charts redo every series: the range is only set when the
    // extremes it comes from have changed, not once per tick.
    const std::pair<double, double> extremes = any ? std::make_pair(lowest, highest) : std::make_pair(-1.0, 1.0);
    if (extremes != m_premiumExtremes) {
        m_premiumExtremes = extremes;
        if (!any) {
            m_axisY->setRange(-1, 1);
        } else {
            // A flat premium still gets a readable band of ±0.05 pp around it instead of a zero range.
            const double pad = std::max(0.05, (highest - lowest) * 0.1);
            m_axisY->setRange(lowest - pad, highest + pad);
            m_axisY->applyNiceNumbers();
        }
    }
    if (m_inputsShown) {
        double low = 0;
        double high = 0;
        bool found = false;
        for (const auto *points : {&m_inputs.korea.points, &m_inputs.foreignInKrw.points}) {
            for (const QPointF &point : *points) {
                low = found ? std::min(low, point.y()) : point.y();
                high = found ? std::max(high, point.y()) : point.y();
                found = true;
            }
        }
        if (found && std::make_pair(low, high) != m_inputExtremes) {
            m_inputExtremes = {low, high};
            const double pad = std::max(1.0, (high - low) * 0.1);
            m_axisInputs->setRange(low - pad, high + pad);
        }
    }
}

void PremiumChartView::setPositionMarkers(const PositionMarkers &markers)
{
    if (markers == m_markers)
        return;
    m_markers = markers;
    scheduleRedraw();
}

QList<QLineF> PremiumChartView::positionMarkerLines() const
{
    QList<QLineF> lines;
    for (const QLineSeries *series : m_markerLines)
        lines.append(QLineF(series->at(0), series->at(1)));
    return lines;
}

void PremiumChartView::drawPositionMarkers()
{
    // The axes already include every open position's entry premium (updateAxes).
    const double from = double(m_viewport.fromMs());
    const double to = double(m_viewport.toMs());
    const double low = m_axisY->min();
    const double high = m_axisY->max();

    QList<QLineF> lines;
    for (const PositionMarker &marker : std::as_const(m_markers)) {
        const double opened = double(marker.openedAtMs);
        if (marker.isOpen() && opened <= to)
            lines.append(QLineF(std::max(opened, from), marker.entryPremium, to, marker.entryPremium));
        for (const qint64 time : {marker.openedAtMs, marker.closedAtMs}) {
            if (time != 0 && double(time) >= from && double(time) <= to)
                lines.append(QLineF(double(time), low, double(time), high));
        }
    }
    QPen pen(kFreshColor.darker(130));
    pen.setStyle(Qt::DashDotLine);
    syncLines(m_markerLines, lines, pen);
}

void PremiumChartView::setAlertLevels(const QList<double> &levels)
{
    if (levels == m_alertLevels)
        return;
    m_alertLevels = levels;
    scheduleRedraw();
}

QList<QLineF> PremiumChartView::alertLevelLines() const
{
    QList<QLineF> lines;
    for (const QLineSeries *series : m_alertLines)
        lines.append(QLineF(series->at(0), series->at(1)));
    return lines;
}

void PremiumChartView::drawAlertLevels()
{
    QList<QLineF> lines;
    for (const double level : std::as_const(m_alertLevels))
        lines.append(QLineF(double(m_viewport.fromMs()), level, double(m_viewport.toMs()), level));
    QPen pen(QColor(0xc6, 0x28, 0x28));
    pen.setStyle(Qt::DotLine);
    syncLines(m_alertLines, lines, pen);
}

void PremiumChartView::syncLines(QList<QLineSeries *> &pool, const QList<QLineF> &lines, const QPen &pen)
{
    while (pool.size() < lines.size()) {
        auto *series = new QLineSeries;
        series->setPen(pen);
        m_chart->addSeries(series);
        series->attachAxis(m_axisX);
        series->attachAxis(m_axisY);
        pool.append(series);
    }
    while (pool.size() > lines.size()) {
        QLineSeries *series = pool.takeLast();
        m_chart->removeSeries(series);
        delete series;
    }
    for (qsizetype i = 0; i < lines.size(); ++i)
        pool[i]->replace({lines[i].p1(), lines[i].p2()});
}

void PremiumChartView::updateTexts()
{
    // Qt Charts lays the chart out again on every title change, equal or not.
    const auto setIfChanged = [](auto *target, const QString &text, auto getter, auto setter) {
        if ((target->*getter)() != text)
            (target->*setter)(text);
    };
    setIfChanged(m_axisX, tr("Time"), &QAbstractAxis::titleText, &QAbstractAxis::setTitleText);
    setIfChanged(m_axisY, m_basis ? tr("Premium %, %1").arg(FeedText::basisText(*m_basis)) : tr("Premium %"),
                 &QAbstractAxis::titleText, &QAbstractAxis::setTitleText);
    setIfChanged(m_axisInputs, tr("KRW: Korean price (orange), foreign price × FX (green)"), &QAbstractAxis::titleText,
                 &QAbstractAxis::setTitleText);
    setIfChanged(m_chart, m_series.isEmpty() ? tr("Waiting for the first premium…") : QString(), &QChart::title, &QChart::setTitle);
    m_view->setAccessibleName(tr("Premium chart"));
}

int PremiumChartView::freshPointCount() const
{
    return pointCount(false);
}

int PremiumChartView::stalePointCount() const
{
    return pointCount(true);
}

int PremiumChartView::pointCount(bool stale) const
{
    int count = 0;
    for (qsizetype i = 0; i < m_runs.size(); ++i) {
        if (m_runIsStale.value(i) == stale)
            count += m_runs.at(i)->count();
    }
    return count;
}

int PremiumChartView::runCount() const
{
    return m_runTotal;
}

int PremiumChartView::inputPointCount() const
{
    int count = 0;
    for (const QLineSeries *series : m_inputRuns)
        count += series->count();
    return count;
}

QWidget *PremiumChartView::plotViewport() const
{
    return m_view->viewport();
}

qint64 PremiumChartView::timeAt(const QPointF &viewPos) const
{
    const QRectF plot = m_chart->plotArea();
    const QPointF chartPos = m_chart->mapFromScene(m_view->mapToScene(viewPos.toPoint()));
    const double share = plot.width() > 0 ? (chartPos.x() - plot.left()) / plot.width() : 1.0;
    return m_viewport.fromMs() + std::llround(std::clamp(share, 0.0, 1.0) * double(m_viewport.spanMs()));
}

void PremiumChartView::showCrosshair(const QPointF &viewPos)
{
    const QRectF plot = m_chart->plotArea();
    const QPointF scenePos = m_view->mapToScene(viewPos.toPoint());
    const QPointF chartPos = m_chart->mapFromScene(scenePos);
    if (!plot.contains(chartPos)) {
        hideCrosshair();
        return;
    }
    const QPointF top = m_chart->mapToScene(QPointF(chartPos.x(), plot.top()));
    const QPointF bottom = m_chart->mapToScene(QPointF(chartPos.x(), plot.bottom()));
    m_crosshair->setLine(QLineF(top, bottom));
    m_crosshair->show();
    inspectAt(timeAt(viewPos));
}

void PremiumChartView::hideCrosshair()
{
    m_crosshair->hide();
}

void PremiumChartView::inspectAt(qint64 timeMs)
{
    if (m_series.isEmpty()) {
        m_readout->clearReading();
        return;
    }
    std::size_t index = m_series.lowerBound(timeMs);
    if (index == m_series.size() || (index > 0 && timeMs - m_series.timeAt(index - 1) < m_series.timeAt(index) - timeMs))
        index = index == 0 ? 0 : index - 1;
    const qint64 nearest = m_series.timeAt(index);
    // The recorded sample, not the drawn point: from memory for the last hour, else from the
    // database, which answers with the stored row (or the minute's rollup past retention).
    const PremiumSample *recent = m_history.nearest(nearest);
    if (recent && recent->observedAtMs == nearest) {
        m_sampleRequest = 0;
        m_readout->showSample(*recent);
        Q_EMIT inspected(*recent, true);
        return;
    }
    m_readout->showApproximate(nearest, m_series.rateAt(index));
    PremiumSample approximate;
    approximate.observedAtMs = nearest;
    Q_EMIT inspected(approximate, false);
    if (m_store && m_basis)
        m_sampleRequest = m_store->requestSample(HistoryKey(m_symbol, m_pair, *m_basis), nearest, std::max<qint64>(1000, m_decimator.columnMs()));
}

bool PremiumChartView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view->viewport())
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::Wheel: {
        const auto *wheel = static_cast<QWheelEvent *>(event);
        const double steps = wheel->angleDelta().y() / 120.0;
        if (steps != 0)
            m_viewport.zoom(std::pow(0.8, steps), timeAt(wheel->position()));
        return true;
    }
    case QEvent::MouseButtonPress: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        setFocus(Qt::MouseFocusReason);
        m_pressPos = mouse->position().toPoint();
        m_pressFromMs = m_viewport.fromMs();
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
        if (m_panning) {
            const double msPerPx = double(m_viewport.spanMs()) / std::max(1, plotWidthPx());
            const qint64 target = m_pressFromMs - std::llround((pos.x() - m_pressPos.x()) * msPerPx);
            m_viewport.pan(target - m_viewport.fromMs());
        } else if (m_banding) {
            const QRectF plot = m_chart->plotArea();
            m_rubberBand->setGeometry(QRect(QPoint(std::min(pos.x(), m_pressPos.x()), int(plot.top())),
                                            QPoint(std::max(pos.x(), m_pressPos.x()), int(plot.bottom()))));
        }
        showCrosshair(pos);
        return m_panning || m_banding;
    }
    case QEvent::MouseButtonRelease: {
        const QPoint pos = static_cast<QMouseEvent *>(event)->position().toPoint();
        if (m_banding && std::abs(pos.x() - m_pressPos.x()) >= kBandMinimumPx)
            m_viewport.setRange(timeAt(m_pressPos), timeAt(pos));
        m_rubberBand->hide();
        m_banding = false;
        m_panning = false;
        return true;
    }
    case QEvent::MouseButtonDblClick:
        m_viewport.reset();
        return true;
    case QEvent::Leave:
        hideCrosshair();
        return false;
    default:
        return QWidget::eventFilter(watched, event);
    }
}

void PremiumChartView::keyPressEvent(QKeyEvent *event)
{
    // The live edge is the natural zoom anchor while following; otherwise the middle.
    const qint64 anchor = m_viewport.isFollowingLive() ? m_viewport.toMs() : m_viewport.fromMs() + m_viewport.spanMs() / 2;
    const qint64 step = std::max<qint64>(1, m_viewport.spanMs() / 10);
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        m_viewport.zoom(0.8, anchor);
        break;
    case Qt::Key_Minus:
        m_viewport.zoom(1.25, anchor);
        break;
    case Qt::Key_Left:
        m_viewport.pan(-step);
        break;
    case Qt::Key_Right:
        m_viewport.pan(step);
        break;
    case Qt::Key_Home:
    case Qt::Key_Escape:
    case Qt::Key_0:
        m_viewport.reset();
        break;
    case Qt::Key_End:
        m_viewport.followLive();
        break;
    case Qt::Key_I:
        setInputsShown(!m_inputsShown);
        break;
    case Qt::Key_1: case Qt::Key_2: case Qt::Key_3: case Qt::Key_4: case Qt::Key_5: case Qt::Key_6: {
        const auto preset = static_cast<ChartViewport::Preset>(event->key() - Qt::Key_1);
        m_controls->setPreset(preset);
        m_viewport.setPreset(preset);
        break;
    }
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void PremiumChartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateTexts();
    QWidget::changeEvent(event);
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
    const bool ok = m_view->grab().save(path, "PNG");
    const QString message = ok ? tr("Saved the chart to %1.").arg(path) : tr("Could not save %1.").arg(path);
    m_readout->setText(message);
    Q_EMIT exported(path, ok, message);
}

void PremiumChartView::exportCsv(const QString &path)
{
    const qint64 from = m_viewport.fromMs();
    const qint64 to = m_viewport.toMs() + 1;
    if (m_store && m_basis) {
        m_store->requestCsvExport(HistoryKey(m_symbol, m_pair, *m_basis), from, to, path);
        return;
    }
    std::vector<PremiumSample> samples;
    for (const PremiumSample &sample : m_history.samples()) {
        if (sample.observedAtMs >= from && sample.observedAtMs < to)
            samples.push_back(sample);
    }
    QSaveFile file(path);
    const bool ok = file.open(QIODevice::WriteOnly) && file.write(HistoryCsv::document(samples)) >= 0 && file.commit();
    const QString message = ok ? tr("Exported %n row(s).", nullptr, int(samples.size())) : tr("Export failed: %1").arg(file.errorString());
    m_readout->setText(message);
    Q_EMIT exported(path, ok, message);
}

void PremiumChartView::chooseCsvFile()
{
    const QString name = QStringLiteral("premium-%1.csv").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the visible range as CSV"), name, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

void PremiumChartView::choosePngFile()
{
    const QString name = QStringLiteral("premium-%1.png").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the chart as PNG"), name, tr("PNG images (*.png)"));
    if (!path.isEmpty())
        exportPng(path);
}
