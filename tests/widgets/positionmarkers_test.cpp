#include "mainwindow.h"
#include "positionpanel.h"
#include "positionwidgetstestdata.h"
#include "premiumchartview.h"

#include "positions/positionstore.h"
#include "settings/appsettings.h"

#include <QAction>
#include <QDateTime>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace PositionWidgetsTest;

// The chart marks positions (entry premium while open, opening and closing times) and the main
// window offers the positions as a dock with its own menu.
namespace {

bool redrawnWith(PremiumChartView &chart, qsizetype lines)
{
    return QTest::qWaitFor([&] { return !chart.isRedrawPending() && chart.positionMarkerLines().size() == lines; }, 2000);
}

} // namespace

TEST(PositionMarkers, EntryPremiumLinesAndTimes)
{
    PremiumChartView chart;
    chart.resize(800, 400);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    chart.viewport()->setNow(now);
    const qint64 from = chart.viewport()->fromMs();

    // Open 10 minutes ago at +3.5 %, far above anything drawn; one closed within the hour; one
    // opened before the visible hour.
    chart.setPositionMarkers({PositionMarker{1, 3.5, now - 600'000, 0},
                              PositionMarker{2, 1.2, now - 1'800'000, now - 1'200'000},
                              PositionMarker{3, -0.5, from - 3'600'000, 0}});
    ASSERT_TRUE(redrawnWith(chart, 5));
    const QList<QLineF> lines = chart.positionMarkerLines();
    // 1: entry line from its opening to the live edge, and its opening time.
    EXPECT_EQ(lines[0].p1(), QPointF(double(now - 600'000), 3.5));
    EXPECT_EQ(lines[0].p2(), QPointF(double(chart.viewport()->toMs()), 3.5));
    EXPECT_EQ(lines[1].x1(), double(now - 600'000));
    EXPECT_EQ(lines[1].x2(), double(now - 600'000));
    // 2: closed, so its two times only.
    EXPECT_EQ(lines[2].x1(), double(now - 1'800'000));
    EXPECT_EQ(lines[3].x1(), double(now - 1'200'000));
    // 3: opened before the view: the entry line starts at the view's left edge; no time mark.
    EXPECT_EQ(lines[4].p1(), QPointF(double(from), -0.5));

    // The entry premiums stay in view: vertical marks span the premium axis, and every entry
    // line lies within it.
    for (const QLineF &line : lines) {
        if (line.y1() == line.y2()) {
            EXPECT_LE(lines[1].y1(), line.y1());
            EXPECT_GE(lines[1].y2(), line.y1());
        }
    }

    chart.setPositionMarkers({});
    EXPECT_TRUE(redrawnWith(chart, 0));
}

TEST(PositionMarkers, MainWindowShowsPositionsAndMarksThem)
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    PositionBook book;
    PositionStore store(DatabaseLocation::sqlite(dir.filePath(QStringLiteral("positions.sqlite"))), QString(), &book);
    MainWindow window(&settings);
    window.setPositions(&book, &store);
    ASSERT_NE(window.positionPanel(), nullptr);
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("positionsDock"));
    ASSERT_NE(dock, nullptr);
    EXPECT_EQ(dock->widget(), window.positionPanel());

    QStringList menus;
    QAction *newPosition = nullptr;
    for (QAction *menu : window.menuBar()->actions()) {
        menus.append(menu->text());
        for (QAction *item : menu->menu()->actions()) {
            if (item == window.positionPanel()->newAction())
                newPosition = item;
        }
    }
    EXPECT_TRUE(menus.contains(QStringLiteral("P&ositions"))) << menus.join(u',').toStdString();
    ASSERT_NE(newPosition, nullptr);
    EXPECT_EQ(newPosition->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_N));
    EXPECT_EQ(newPosition->text(), QStringLiteral("&New position…"));

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    window.chartView()->viewport()->setNow(now);
    book.setPositions({openPosition(1, now - 60'000)});
    ASSERT_TRUE(redrawnWith(*window.chartView(), 2));
    // 129,560,000 against 89,277 × 1432.6: the position's own entry premium, 1.2826 %.
    EXPECT_NEAR(window.chartView()->positionMarkerLines().constFirst().y1(), 1.28, 0.005);

    // Closing it leaves its times and removes its entry line.
    Position closed = openPosition(1, now - 60'000);
    closed.exit = LegPrices{dec("130000000"), dec("89500.0"), dec("1432.6")};
    closed.closedAtMs = now - 30'000;
    book.upsert(closed);
    ASSERT_TRUE(redrawnWith(*window.chartView(), 2));
    for (const QLineF &line : window.chartView()->positionMarkerLines())
        EXPECT_EQ(line.x1(), line.x2()) << "a horizontal line for a closed position";
}
