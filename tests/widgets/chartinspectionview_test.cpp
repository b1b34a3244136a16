#include "chartcontrols.h"
#include "crosshairreadout.h"
#include "historystatuslabel.h"
#include "premiumchartcanvas.h"
#include "premiumchartview.h"
#include "widgetstesthelpers.h"

#include "storage/database.h"
#include "storage/historyrepository.h"
#include "storage/historystore.h"

#include <QAbstractButton>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QWheelEvent>

#include <gtest/gtest.h>

using namespace WidgetsTest;

namespace {

constexpr int WaitMs = 10'000;

PremiumSample storedSample(qint64 atMs, double rate, bool stale = false, const QString &coin = QStringLiteral("BTC"))
{
    PremiumSample s;
    s.symbol = coin;
    s.basis = PremiumBasis::Seed;
    s.preciseRate = Decimal::fromParts(std::llround(rate * 1e8), 8);
    s.rate = s.preciseRate.roundedHalfUp(2);
    s.korea = quote(QStringLiteral("bithumb"), QStringLiteral("BTC"), "129555000", atMs);
    s.foreign = quote(QStringLiteral("binance"), QStringLiteral("BTC"), "89277.1", atMs);
    s.fx = quote(QStringLiteral("dunamu"), QStringLiteral("USD/KRW"), "1432.6", atMs);
    s.observedAtMs = atMs;
    s.stale = stale;
    return s;
}

class ChartInspectionTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_location = DatabaseLocation::sqlite(m_dir.filePath(QStringLiteral("history.sqlite")));
        m_chart.resize(1200, 700);
        m_chart.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&m_chart));
    }

    // Seconds [first, last) before now, written as the app writes them.
    void storeSeconds(qint64 nowMs, qint64 first, qint64 last, const std::function<double(qint64)> &rate,
                      const QString &coin = QStringLiteral("BTC"))
    {
        Database db(m_location);
        ASSERT_FALSE(db.openAndMigrate().has_value());
        HistoryRepository repository(db);
        std::vector<PremiumSample> batch;
        for (qint64 s = first; s < last; ++s)
            batch.push_back(storedSample(nowMs - s * 1000, rate(s), false, coin));
        std::reverse(batch.begin(), batch.end());
        ASSERT_FALSE(repository.insert(batch).has_value());
    }

    std::unique_ptr<HistoryStore> startStore()
    {
        HistoryOptions options;
        options.location = m_location;
        options.flushIntervalMs = 100;
        auto store = std::make_unique<HistoryStore>(options);
        store->start();
        return store;
    }

    bool redrawnWith(const std::function<bool()> &condition)
    {
        return QTest::qWaitFor([&] { return !m_chart.isRedrawPending() && condition(); }, WaitMs);
    }

    void wheel(int steps, const QPoint &at)
    {
        QWheelEvent event(at, m_chart.plotViewport()->mapToGlobal(at), QPoint(), QPoint(0, 120 * steps), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(m_chart.plotViewport(), &event);
    }

    QPoint plotPoint(double share) const
    {
        const QWidget *viewport = m_chart.plotViewport();
        return QPoint(int(viewport->width() * share), viewport->height() / 2);
    }

    QTemporaryDir m_dir;
    DatabaseLocation m_location;
    PremiumChartView m_chart;
};

} // namespace

TEST_F(ChartInspectionTest, StartupShowsTheLastDayFromTheDatabaseWithinASecond)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    storeSeconds(now, 1, 86'400, [](qint64 s) { return s == 40'000 ? 9.75 : 1.25 + 0.001 * double(s % 100); });
    auto store = startStore();
    m_chart.viewport()->setPreset(ChartViewport::Preset::Day);
    QSignalSpy loaded(&m_chart, &PremiumChartView::historyLoaded);
    QElapsedTimer timer;
    timer.start();
    m_chart.setHistoryStore(store.get(), QStringLiteral("BTC"), PremiumBasis::Seed);
    ASSERT_TRUE(redrawnWith([&] { return m_chart.freshPointCount() > 0 && !loaded.isEmpty(); }));
    EXPECT_LT(timer.elapsed(), 1000) << "a day of history on screen";
    // Everything of the last 24 h at the moment of asking (storing took a few seconds).
    EXPECT_GT(m_chart.series().size(), 86'300u);
    EXPECT_LE(m_chart.freshPointCount(), 4 * m_chart.plotWidthPx()) << "decimated to the plot's columns";
}

TEST_F(ChartInspectionTest, DecimationKeepsASpikeAndDrawsGapsAsGaps)
{
    for (int i = 0; i < 20'000; ++i)
        m_chart.addSample(storedSample(StartMs + i * 1000, i == 12'345 ? 8.5 : 1.2));
    for (int i = 0; i < 600; ++i) // the app was closed for two hours
        m_chart.addSample(storedSample(StartMs + 20'000'000 + 7'200'000 + i * 1000, 1.3));
    m_chart.viewport()->setPreset(ChartViewport::Preset::Day);
    ASSERT_TRUE(redrawnWith([&] { return m_chart.freshPointCount() > 0; }));
    EXPECT_LE(m_chart.freshPointCount(), 4 * m_chart.plotWidthPx());
    EXPECT_EQ(m_chart.runCount(), 2) << "one line before the gap, one after";
    m_chart.inspectAt(StartMs + 12'345 * 1000);
    ASSERT_TRUE(m_chart.readout()->sample().has_value() || m_chart.readout()->text().contains(u"8.5"));
}

TEST_F(ChartInspectionTest, WheelDragBandDoubleClickAndKeys)
{
    for (int i = 0; i < 3600; ++i)
        m_chart.addSample(storedSample(StartMs + i * 1000, 1.2));
    ChartViewport *viewport = m_chart.viewport();
    ASSERT_TRUE(redrawnWith([&] { return m_chart.freshPointCount() > 0; }));
    const qint64 hour = viewport->spanMs();

    wheel(1, plotPoint(0.5));
    EXPECT_LT(viewport->spanMs(), hour) << "wheel up zooms in";
    EXPECT_FALSE(viewport->isFollowingLive());

    const qint64 fromBefore = viewport->fromMs();
    QTest::mousePress(m_chart.plotViewport(), Qt::LeftButton, Qt::NoModifier, plotPoint(0.6));
    QTest::mouseMove(m_chart.plotViewport(), plotPoint(0.7));
    QTest::mouseRelease(m_chart.plotViewport(), Qt::LeftButton, Qt::NoModifier, plotPoint(0.7));
    EXPECT_LT(viewport->fromMs(), fromBefore) << "dragging right shows earlier times";

    QTest::mousePress(m_chart.plotViewport(), Qt::LeftButton, Qt::ShiftModifier, plotPoint(0.3));
    QTest::mouseMove(m_chart.plotViewport(), plotPoint(0.4));
    QTest::mouseRelease(m_chart.plotViewport(), Qt::LeftButton, Qt::ShiftModifier, plotPoint(0.4));
    const qint64 banded = viewport->spanMs();
    EXPECT_LT(banded, hour / 5) << "shift-drag zooms to the band";

    QTest::mouseDClick(m_chart.plotViewport(), Qt::LeftButton, Qt::NoModifier, plotPoint(0.5));
    EXPECT_EQ(viewport->spanMs(), hour);
    EXPECT_TRUE(viewport->isFollowingLive());

    m_chart.setFocus();
    QTest::keyClick(&m_chart, Qt::Key_Plus);
    EXPECT_LT(viewport->spanMs(), hour);
    QTest::keyClick(&m_chart, Qt::Key_Left);
    EXPECT_FALSE(viewport->isFollowingLive());
    QTest::keyClick(&m_chart, Qt::Key_End);
    EXPECT_TRUE(viewport->isFollowingLive());
    QTest::keyClick(&m_chart, Qt::Key_1);
    EXPECT_EQ(viewport->spanMs(), ChartViewport::presetSpanMs(ChartViewport::Preset::FiveMinutes));
    EXPECT_TRUE(m_chart.controls()->presetButton(ChartViewport::Preset::FiveMinutes)->isChecked());
    QTest::keyClick(&m_chart, Qt::Key_Escape);
    EXPECT_EQ(viewport->spanMs(), ChartViewport::presetSpanMs(ChartViewport::Preset::FiveMinutes));
}

TEST_F(ChartInspectionTest, CrosshairReadsTheExactStoredRow)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    storeSeconds(now, 7200, 7300, [](qint64 s) { return 1.0 + double(s) / 1e6; });
    auto store = startStore();
    m_chart.viewport()->setPreset(ChartViewport::Preset::Day);
    QSignalSpy loaded(&m_chart, &PremiumChartView::historyLoaded);
    m_chart.setHistoryStore(store.get(), QStringLiteral("BTC"), PremiumBasis::Seed);
    ASSERT_TRUE(loaded.wait(WaitMs));
    QSignalSpy inspected(&m_chart, &PremiumChartView::inspected);
    const qint64 target = now - 7250 * 1000;
    m_chart.inspectAt(target + 200);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !inspected.isEmpty() && inspected.last().at(1).toBool(); }, WaitMs));
    const auto sample = inspected.last().first().value<PremiumSample>();
    EXPECT_EQ(sample.observedAtMs, target);
    EXPECT_EQ(sample.preciseRate.toString(), QStringLiteral("1.00725"));
    EXPECT_EQ(sample.foreign.price.toString(), QStringLiteral("89277.1"));
    EXPECT_TRUE(m_chart.readout()->text().contains(u"1.00725")) << qPrintable(m_chart.readout()->text());
    EXPECT_TRUE(m_chart.readout()->text().contains(u"1,432.6")) << qPrintable(m_chart.readout()->text());

    QTest::mouseMove(m_chart.plotViewport(), plotPoint(0.5));
    EXPECT_FALSE(m_chart.readout()->text().isEmpty());
}

TEST_F(ChartInspectionTest, ExportsCsvAndPngAndTogglesTheInputs)
{
    auto store = startStore();
    m_chart.setHistoryStore(store.get(), QStringLiteral("BTC"), PremiumBasis::Seed);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < 30; ++i) {
        const PremiumSample s = storedSample(now - (30 - i) * 1000, 1.28);
        m_chart.addSample(s);
        store->record(s);
    }
    ASSERT_TRUE(QTest::qWaitFor([&] { return store->status().writtenRows == 30; }, WaitMs));

    const QString png = m_dir.filePath(QStringLiteral("chart.png"));
    m_chart.exportPng(png);
    QImage image(png);
    EXPECT_FALSE(image.isNull());
    EXPECT_GT(image.width(), 500);

    const QString csv = m_dir.filePath(QStringLiteral("range.csv"));
    QSignalSpy exported(&m_chart, &PremiumChartView::exported);
    m_chart.exportCsv(csv);
    ASSERT_TRUE(exported.wait(WaitMs));
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll().count('\n'), 31) << "header and thirty rows";

    m_chart.controls()->inputsButton()->click();
    EXPECT_TRUE(m_chart.inputsShown());
    ASSERT_TRUE(redrawnWith([&] { return m_chart.inputPointCount() > 0; }));
    m_chart.controls()->inputsButton()->click();
    ASSERT_TRUE(redrawnWith([&] { return m_chart.inputPointCount() == 0; }));
}

TEST_F(ChartInspectionTest, SwitchingTheCoinNeverShowsThePreviousCoinsPoints)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    storeSeconds(now, 60, 3600, [](qint64) { return 1.25; });
    storeSeconds(
        now, 60, 1800, [](qint64) { return 4.5; }, QStringLiteral("ETH"));
    auto store = startStore();
    QSignalSpy loaded(&m_chart, &PremiumChartView::historyLoaded);
    m_chart.setHistoryStore(store.get(), QStringLiteral("BTC"), PremiumBasis::Seed);
    ASSERT_TRUE(loaded.wait(WaitMs));
    m_chart.addSample(storedSample(now, 1.3));
    m_chart.redrawNow();
    ASSERT_GT(m_chart.freshPointCount(), 0);
    m_chart.inspectAt(now);
    ASSERT_TRUE(m_chart.readout()->sample().has_value());

    // The market table selects ETH; BTC's monitor still ticks once before it is let go.
    m_chart.setHistoryStore(store.get(), QStringLiteral("ETH"), PremiumBasis::Seed);
    EXPECT_EQ(m_chart.freshPointCount(), 0) << "BTC's line leaves the screen at once";
    EXPECT_TRUE(m_chart.series().isEmpty());
    EXPECT_FALSE(m_chart.readout()->sample().has_value());
    m_chart.addSample(storedSample(now + 1000, 1.3));
    EXPECT_TRUE(m_chart.history().isEmpty());
    ASSERT_TRUE(redrawnWith([&] { return loaded.count() == 2 && m_chart.freshPointCount() > 0; }));

    EXPECT_GE(m_chart.series().size(), 1700u);
    for (std::size_t i = 0; i < m_chart.series().size(); ++i)
        ASSERT_NEAR(m_chart.series().rateAt(i), 4.5, 1e-3) << "point " << i;
    for (const QPointF &point : m_chart.canvas()->premiumPoints())
        ASSERT_NEAR(point.y(), 4.5, 1e-3);
}

TEST(HistoryStatusLabelTest, SaysWhyAndThatTheLiveViewGoesOn)
{
    HistoryStatusLabel label;
    HistoryStatus status;
    status.state = HistoryStatus::State::Failing;
    status.error = StorageError::schemaTooNew(9, 5);
    status.location = DatabaseLocation::sqlite(QStringLiteral("/data/history.sqlite"));
    status.pendingRows = 12;
    label.setStatus(status);
    EXPECT_FALSE(label.isHidden());
    EXPECT_TRUE(label.text().contains(u"newer version")) << qPrintable(label.text());
    EXPECT_TRUE(label.text().contains(u"12 row")) << qPrintable(label.text());
    EXPECT_TRUE(label.text().contains(u"/data/history.sqlite"));
    status.state = HistoryStatus::State::Ready;
    status.error.reset();
    label.setStatus(status);
    EXPECT_TRUE(label.isHidden());
}
