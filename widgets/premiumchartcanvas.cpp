#include "premiumchartcanvas.h"

#include "feedtext.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGraphicsLineItem>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace {

const QColor kFreshColor(0x15, 0x65, 0xc0);
const QColor kStaleColor(0x9e, 0x9e, 0x9e);
const QColor kKoreaColor(0xef, 0x6c, 0x00);
const QColor kForeignColor(0x2e, 0x7d, 0x32);
enum Flavour { PremiumLine, KoreaLine, ForeignLine };
// Qt Charts strokes a whole series again whenever its points change. Runs are cut into chunks of
// this many points (each sharing its first point with the previous one's last), and a chunk whose
// points did not change is not replaced: a live tick restrokes the newest chunk only.
constexpr qsizetype kChunkPoints = 128;

} // namespace

PremiumChartCanvas::PremiumChartCanvas(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_axisX(new QDateTimeAxis)
    , m_axisY(new QValueAxis)
    , m_axisInputs(new QValueAxis)
    , m_crosshair(new QGraphicsLineItem)
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

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    updateTexts();
}

PremiumChartCanvas::~PremiumChartCanvas() = default;

void PremiumChartCanvas::draw(const DecimatedSeries &premium, const HistoryInputs *inputs, const Frame &frame)
{
    m_waiting = frame.waiting;
    m_runIsStale.clear();
    drawRuns(premium, m_runs, false, PremiumLine);
    m_runTotal = int(premium.runs.size());
    if (m_axisInputs->isVisible() != (inputs != nullptr))
        m_axisInputs->setVisible(inputs != nullptr);
    if (inputs) {
        DecimatedSeries both = inputs->korea;
        const std::size_t offset = both.points.size();
        const std::size_t koreaRuns = both.runs.size();
        both.points.insert(both.points.end(), inputs->foreignInKrw.points.begin(), inputs->foreignInKrw.points.end());
        for (DecimatedSeries::Run run : inputs->foreignInKrw.runs) {
            run.begin += offset;
            run.end += offset;
            both.runs.push_back(run);
        }
        drawRuns(both, m_inputRuns, true, int(koreaRuns));
    } else {
        drawRuns(DecimatedSeries(), m_inputRuns, true, 0);
    }
    updateAxes(premium, inputs, frame.fromMs, frame.toMs);
    drawPositionMarkers(frame.viewFromMs, frame.viewToMs);
    drawAlertLevels(frame.viewFromMs, frame.viewToMs);
    updateTexts();
}

void PremiumChartCanvas::erase()
{
    m_runIsStale.clear();
    m_runTotal = 0;
    drawRuns(DecimatedSeries(), m_runs, false, PremiumLine);
    drawRuns(DecimatedSeries(), m_inputRuns, true, 0);
    hideCrosshair();
}

void PremiumChartCanvas::drawRuns(const DecimatedSeries &decimated, QList<QLineSeries *> &pool, bool inputs,
                                  int flavour)
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

QLineSeries *PremiumChartCanvas::makeSeries(bool inputs)
{
    auto *series = new QLineSeries;
    m_chart->addSeries(series);
    series->attachAxis(m_axisX);
    series->attachAxis(inputs ? m_axisInputs : m_axisY);
    return series;
}

void PremiumChartCanvas::styleRun(QLineSeries *series, bool stale, bool single, int flavour)
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

void PremiumChartCanvas::updateAxes(const DecimatedSeries &decimated, const HistoryInputs *inputs, qint64 from,
                                    qint64 to)
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
    if (inputs) {
        double low = 0;
        double high = 0;
        bool found = false;
        for (const auto *points : { &inputs->korea.points, &inputs->foreignInKrw.points }) {
            for (const QPointF &point : *points) {
                low = found ? std::min(low, point.y()) : point.y();
                high = found ? std::max(high, point.y()) : point.y();
                found = true;
            }
        }
        if (found && std::make_pair(low, high) != m_inputExtremes) {
            m_inputExtremes = { low, high };
            const double pad = std::max(1.0, (high - low) * 0.1);
            m_axisInputs->setRange(low - pad, high + pad);
        }
    }
}

bool PremiumChartCanvas::setPositionMarkers(const PositionMarkers &markers)
{
    if (markers == m_markers)
        return false;
    m_markers = markers;
    return true;
}

QList<QLineF> PremiumChartCanvas::positionMarkerLines() const
{
    QList<QLineF> lines;
    for (const QLineSeries *series : m_markerLines)
        lines.append(QLineF(series->at(0), series->at(1)));
    return lines;
}

void PremiumChartCanvas::drawPositionMarkers(qint64 fromMs, qint64 toMs)
{
    // The axes already include every open position's entry premium (updateAxes).
    const double from = double(fromMs);
    const double to = double(toMs);
    const double low = m_axisY->min();
    const double high = m_axisY->max();

    QList<QLineF> lines;
    for (const PositionMarker &marker : std::as_const(m_markers)) {
        const double opened = double(marker.openedAtMs);
        if (marker.isOpen() && opened <= to)
            lines.append(QLineF(std::max(opened, from), marker.entryPremium, to, marker.entryPremium));
        for (const qint64 time : { marker.openedAtMs, marker.closedAtMs }) {
            if (time != 0 && double(time) >= from && double(time) <= to)
                lines.append(QLineF(double(time), low, double(time), high));
        }
    }
    QPen pen(kFreshColor.darker(130));
    pen.setStyle(Qt::DashDotLine);
    syncLines(m_markerLines, lines, pen);
}

bool PremiumChartCanvas::setAlertLevels(const QList<double> &levels)
{
    if (levels == m_alertLevels)
        return false;
    m_alertLevels = levels;
    return true;
}

QList<QLineF> PremiumChartCanvas::alertLevelLines() const
{
    QList<QLineF> lines;
    for (const QLineSeries *series : m_alertLines)
        lines.append(QLineF(series->at(0), series->at(1)));
    return lines;
}

void PremiumChartCanvas::drawAlertLevels(qint64 fromMs, qint64 toMs)
{
    QList<QLineF> lines;
    for (const double level : std::as_const(m_alertLevels))
        lines.append(QLineF(double(fromMs), level, double(toMs), level));
    QPen pen(QColor(0xc6, 0x28, 0x28));
    pen.setStyle(Qt::DotLine);
    syncLines(m_alertLines, lines, pen);
}

void PremiumChartCanvas::syncLines(QList<QLineSeries *> &pool, const QList<QLineF> &lines, const QPen &pen)
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
        pool[i]->replace({ lines[i].p1(), lines[i].p2() });
}

void PremiumChartCanvas::setBasis(std::optional<PremiumBasis> basis)
{
    m_basis = basis;
    updateTexts();
}

void PremiumChartCanvas::updateTexts()
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
    setIfChanged(m_chart, m_waiting ? tr("Waiting for the first premium…") : QString(), &QChart::title,
                 &QChart::setTitle);
    m_view->setAccessibleName(tr("Premium chart"));
}

void PremiumChartCanvas::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateTexts();
    QWidget::changeEvent(event);
}

QWidget *PremiumChartCanvas::plotSurface() const
{
    return m_view->viewport();
}

QRectF PremiumChartCanvas::plotArea() const
{
    return m_view->viewportTransform().mapRect(m_chart->mapRectToScene(m_chart->plotArea()));
}

void PremiumChartCanvas::showCrosshair(const QPointF &surfacePos)
{
    const QRectF plot = m_chart->plotArea();
    const QPointF chartPos = m_chart->mapFromScene(m_view->mapToScene(surfacePos.toPoint()));
    const QPointF top = m_chart->mapToScene(QPointF(chartPos.x(), plot.top()));
    const QPointF bottom = m_chart->mapToScene(QPointF(chartPos.x(), plot.bottom()));
    m_crosshair->setLine(QLineF(top, bottom));
    m_crosshair->show();
}

void PremiumChartCanvas::hideCrosshair()
{
    m_crosshair->hide();
}

bool PremiumChartCanvas::savePng(const QString &path)
{
    return m_view->grab().save(path, "PNG");
}

int PremiumChartCanvas::freshPointCount() const
{
    return pointCount(false);
}

int PremiumChartCanvas::stalePointCount() const
{
    return pointCount(true);
}

int PremiumChartCanvas::pointCount(bool stale) const
{
    int count = 0;
    for (qsizetype i = 0; i < m_runs.size(); ++i) {
        if (m_runIsStale.value(i) == stale)
            count += m_runs.at(i)->count();
    }
    return count;
}

int PremiumChartCanvas::inputPointCount() const
{
    int count = 0;
    for (const QLineSeries *series : m_inputRuns)
        count += series->count();
    return count;
}

QList<QPointF> PremiumChartCanvas::premiumPoints() const
{
    QList<QPointF> points;
    for (const QLineSeries *series : m_runs)
        points.append(series->points());
    return points;
}
