#include "premiumchartview.h"

#include "feedtext.h"
#include "premium/premiummonitor.h"
#include "priceformat.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLineSeries>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace {

const QColor kFreshColor(0x15, 0x65, 0xc0);
const QColor kStaleColor(0x9e, 0x9e, 0x9e);
// Less than a minute of data would make a needle of the axis; the line grows from the left.
constexpr qint64 kMinimumSpanMs = 60'000;

} // namespace

PremiumChartView::PremiumChartView(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_axisX(new QDateTimeAxis)
    , m_axisY(new QValueAxis)
{
    m_chart->legend()->hide();
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_axisX->setTickCount(7);
    m_axisY->setLabelFormat(QStringLiteral("%.2f"));
    m_axisY->setTickCount(6);
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);

    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(220);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    m_redrawTimer.setSingleShot(true);
    m_redrawTimer.setInterval(RedrawDelayMs);
    connect(&m_redrawTimer, &QTimer::timeout, this, &PremiumChartView::redraw);

    updateTexts();
    updateAxes();
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

void PremiumChartView::addSample(const PremiumSample &sample)
{
    // Seed and global premiums differ by a few hundredths; one line must not mix them.
    if (m_basis && *m_basis != sample.basis)
        m_history.clear();
    if (m_basis != sample.basis) {
        m_basis = sample.basis;
        updateTexts();
    }
    if (m_history.append(sample))
        scheduleRedraw();
}

void PremiumChartView::clear()
{
    m_history.clear();
    scheduleRedraw();
}

void PremiumChartView::setSpanMs(qint64 spanMs)
{
    m_history.setSpanMs(spanMs);
    scheduleRedraw();
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
        if (m_runIsStale.at(i) == stale)
            count += m_runs.at(i)->count();
    }
    return count;
}

void PremiumChartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateTexts();
    QWidget::changeEvent(event);
}

void PremiumChartView::scheduleRedraw()
{
    // Not restarted when already running: a steady stream of samples must still be drawn.
    if (!m_redrawTimer.isActive())
        m_redrawTimer.start();
}

void PremiumChartView::redraw()
{
    // Split the history into stretches of equal staleness; each becomes one series.
    QList<QList<QPointF>> runs;
    QList<bool> runIsStale;
    for (const PremiumSample &sample : m_history.samples()) {
        if (runs.isEmpty() || runIsStale.constLast() != sample.stale) {
            runs.append(QList<QPointF>());
            runIsStale.append(sample.stale);
        }
        // The 8-place rate: the chart shows movement finer than the rounded headline number.
        runs.last().append(QPointF(static_cast<qreal>(sample.observedAtMs), sample.preciseRate.toDouble()));
    }

    for (qsizetype i = 0; i < runs.size(); ++i) {
        QLineSeries *series = runSeries(static_cast<int>(i));
        styleRun(series, runIsStale.at(i), runs.at(i).size() == 1);
        m_runIsStale[i] = runIsStale.at(i);
        series->replace(runs.at(i));
    }
    // Stretches that scrolled out of the window.
    while (m_runs.size() > runs.size()) {
        QLineSeries *series = m_runs.takeLast();
        m_runIsStale.removeLast();
        m_chart->removeSeries(series);
        delete series;
    }

    updateAxes();
    updateTexts();
    ++m_redrawCount;
    Q_EMIT redrawn();
}

QLineSeries *PremiumChartView::runSeries(int index)
{
    while (m_runs.size() <= index) {
        auto *series = new QLineSeries;
        m_chart->addSeries(series);
        series->attachAxis(m_axisX);
        series->attachAxis(m_axisY);
        connect(series, &QLineSeries::hovered, this, &PremiumChartView::showPointToolTip);
        m_runs.append(series);
        m_runIsStale.append(false);
    }
    return m_runs.at(index);
}

void PremiumChartView::styleRun(QLineSeries *series, bool stale, bool single)
{
    QPen pen(stale ? kStaleColor : kFreshColor);
    pen.setWidthF(2);
    pen.setStyle(stale ? Qt::DashLine : Qt::SolidLine);
    series->setPen(pen);
    // A stretch of one point has no line to draw; its marker is all there is.
    series->setPointsVisible(stale || single);
}

void PremiumChartView::updateAxes()
{
    const auto &samples = m_history.samples();
    if (samples.empty()) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        m_axisX->setRange(QDateTime::fromMSecsSinceEpoch(now - kMinimumSpanMs), QDateTime::fromMSecsSinceEpoch(now));
        m_axisX->setFormat(QStringLiteral("HH:mm:ss"));
        m_axisY->setRange(-1, 1);
        return;
    }

    const qint64 first = samples.front().observedAtMs;
    const qint64 last = std::max(samples.back().observedAtMs, first + kMinimumSpanMs);
    m_axisX->setRange(QDateTime::fromMSecsSinceEpoch(first), QDateTime::fromMSecsSinceEpoch(last));
    // Seconds matter in the first minutes, and only crowd the axis after that.
    m_axisX->setFormat(last - first <= 10 * 60'000 ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm"));

    double lowest = samples.front().preciseRate.toDouble();
    double highest = lowest;
    for (const PremiumSample &sample : samples) {
        const double rate = sample.preciseRate.toDouble();
        lowest = std::min(lowest, rate);
        highest = std::max(highest, rate);
    }
    // A flat premium still gets a readable band of ±0.05 pp around it instead of a zero range.
    const double pad = std::max(0.05, (highest - lowest) * 0.1);
    m_axisY->setRange(lowest - pad, highest + pad);
    m_axisY->applyNiceNumbers();
}

void PremiumChartView::updateTexts()
{
    m_axisX->setTitleText(tr("Time"));
    m_axisY->setTitleText(m_basis ? tr("Premium %, %1").arg(FeedText::basisText(*m_basis)) : tr("Premium %"));
    m_chart->setTitle(m_history.isEmpty() ? tr("Waiting for the first premium…") : QString());
    m_view->setAccessibleName(tr("Premium chart"));
}

void PremiumChartView::showPointToolTip(const QPointF &point, bool hovered)
{
    if (!hovered) {
        QToolTip::hideText();
        return;
    }
    // The recorded sample nearest the cursor, not the interpolated point under it, with every
    // input of that moment.
    const PremiumSample *sample = m_history.nearest(static_cast<qint64>(point.x()));
    if (!sample)
        return;
    QStringList lines{
        QDateTime::fromMSecsSinceEpoch(sample->observedAtMs).toString(QStringLiteral("HH:mm:ss")),
        tr("Premium: %1").arg(PriceFormat::percent(sample->rate)),
        tr("%1: %2").arg(FeedText::venueName(sample->korea.venue), PriceFormat::krw(sample->korea.price)),
        tr("%1: %2").arg(FeedText::venueName(sample->foreign.venue), PriceFormat::usdt(sample->foreign.price)),
        tr("USD/KRW: %1 (%2)").arg(PriceFormat::fxRate(sample->fx.price), FeedText::venueName(sample->fx.venue)),
    };
    if (sample->stale)
        lines.append(tr("Stale: computed from an old or failed input"));
    QToolTip::showText(QCursor::pos(), lines.join(u'\n'), this);
}
