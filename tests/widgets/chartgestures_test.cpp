#include "chartgestures.h"
#include "chartviewport.h"
#include "widgetstesthelpers.h"

#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>
#include <QWidget>

#include <gtest/gtest.h>

using namespace WidgetsTest;

namespace {

constexpr qint64 HourMs = 3'600'000;

// The gestures on a plain widget whose "plot" is 1000 px wide from x = 100: 3.6 s a pixel over
// the default hour. No chart: the rules are about the viewport.
class ChartGesturesTest : public ::testing::Test
{
protected:
    ChartGesturesTest()
        : m_gestures(&m_viewport, &m_surface, &m_keys, [] { return QRectF(100, 20, 1000, 300); })
    {
        m_surface.resize(1200, 400);
        m_viewport.setNow(StartMs);
    }

    void SetUp() override
    {
        m_surface.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&m_surface));
    }

    // The x of a moment of the window the viewport shows now.
    int xAt(double share) const { return 100 + int(1000 * share); }

    void wheel(int steps, int x)
    {
        const QPointF at(x, 100);
        QWheelEvent event(at, m_surface.mapToGlobal(at), QPoint(), QPoint(0, 120 * steps), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(&m_surface, &event);
    }

    void drag(Qt::MouseButton button, Qt::KeyboardModifiers modifiers, int fromX, int toX)
    {
        QTest::mousePress(&m_surface, button, modifiers, QPoint(fromX, 100));
        QTest::mouseMove(&m_surface, QPoint(toX, 100));
        QTest::mouseRelease(&m_surface, button, modifiers, QPoint(toX, 100));
    }

    ChartViewport m_viewport;
    QWidget m_surface;
    QWidget m_keys;
    ChartGestures m_gestures;
};

} // namespace

TEST_F(ChartGesturesTest, TimeAtMapsThePlotAndClampsOutsideIt)
{
    EXPECT_EQ(m_gestures.timeAt(100), StartMs - HourMs);
    EXPECT_EQ(m_gestures.timeAt(600), StartMs - HourMs / 2);
    EXPECT_EQ(m_gestures.timeAt(1100), StartMs);
    EXPECT_EQ(m_gestures.timeAt(20), StartMs - HourMs);
    EXPECT_EQ(m_gestures.timeAt(1190), StartMs);
}

TEST_F(ChartGesturesTest, TheWheelZoomsAroundTheMomentUnderTheCursor)
{
    const qint64 anchor = m_gestures.timeAt(xAt(0.25));
    wheel(1, xAt(0.25));
    EXPECT_EQ(m_viewport.spanMs(), HourMs * 8 / 10);
    EXPECT_EQ(m_viewport.fromMs() + m_viewport.spanMs() / 4, anchor) << "the moment stays under the cursor";
    wheel(-1, xAt(0.25));
    EXPECT_EQ(m_viewport.spanMs(), HourMs);
}

TEST_F(ChartGesturesTest, ADragPansByThePixelsMoved)
{
    const qint64 from = m_viewport.fromMs();
    drag(Qt::LeftButton, Qt::NoModifier, xAt(0.5), xAt(0.6));
    EXPECT_EQ(m_viewport.fromMs(), from - HourMs / 10) << "dragging right shows earlier times";
    EXPECT_FALSE(m_viewport.isFollowingLive());
}

TEST_F(ChartGesturesTest, ShiftOrRightDragZoomsToTheBandButATwitchDoesNot)
{
    drag(Qt::RightButton, Qt::NoModifier, xAt(0.5), xAt(0.5) + 2);
    EXPECT_EQ(m_viewport.spanMs(), HourMs) << "under four pixels is a click, not a band";
    const qint64 from = m_gestures.timeAt(xAt(0.1));
    const qint64 to = m_gestures.timeAt(xAt(0.3));
    drag(Qt::LeftButton, Qt::ShiftModifier, xAt(0.3), xAt(0.1));
    EXPECT_EQ(m_viewport.fromMs(), from);
    EXPECT_EQ(m_viewport.toMs(), to);

    QTest::mouseDClick(&m_surface, Qt::LeftButton, Qt::NoModifier, QPoint(xAt(0.5), 100));
    EXPECT_EQ(m_viewport.spanMs(), HourMs);
    EXPECT_TRUE(m_viewport.isFollowingLive());
}

TEST_F(ChartGesturesTest, HoveringThePlotReportsTheMomentAndLeavingItSaysSo)
{
    QSignalSpy hovered(&m_gestures, &ChartGestures::hovered);
    QSignalSpy left(&m_gestures, &ChartGestures::hoverLeft);
    QTest::mouseMove(&m_surface, QPoint(xAt(0.5), 100));
    ASSERT_EQ(hovered.count(), 1);
    EXPECT_EQ(hovered.first().at(1).toLongLong(), StartMs - HourMs / 2);
    EXPECT_EQ(hovered.first().at(0).toPointF(), QPointF(xAt(0.5), 100));
    QTest::mouseMove(&m_surface, QPoint(50, 100));
    EXPECT_EQ(left.count(), 1) << "the axis is not the plot";
    EXPECT_EQ(hovered.count(), 1);
}

TEST_F(ChartGesturesTest, TheKeysZoomPanResetAndChoosePresets)
{
    QSignalSpy presets(&m_gestures, &ChartGestures::presetChosen);
    QSignalSpy inputs(&m_gestures, &ChartGestures::inputsToggleRequested);
    QTest::keyClick(&m_keys, Qt::Key_Plus);
    EXPECT_EQ(m_viewport.spanMs(), HourMs * 8 / 10);
    EXPECT_TRUE(m_viewport.isFollowingLive()) << "zooming on the live edge keeps following";
    QTest::keyClick(&m_keys, Qt::Key_Left);
    EXPECT_EQ(m_viewport.toMs(), StartMs - HourMs * 8 / 100);
    EXPECT_FALSE(m_viewport.isFollowingLive());
    QTest::keyClick(&m_keys, Qt::Key_Right);
    EXPECT_TRUE(m_viewport.isFollowingLive());
    QTest::keyClick(&m_keys, Qt::Key_Minus);
    EXPECT_EQ(m_viewport.spanMs(), HourMs);
    QTest::keyClick(&m_keys, Qt::Key_3);
    ASSERT_EQ(presets.count(), 1);
    EXPECT_EQ(presets.first().first().value<ChartViewport::Preset>(), ChartViewport::Preset::Day);
    EXPECT_EQ(m_viewport.spanMs(), 24 * HourMs);
    QTest::keyClick(&m_keys, Qt::Key_Left);
    QTest::keyClick(&m_keys, Qt::Key_End);
    EXPECT_TRUE(m_viewport.isFollowingLive());
    QTest::keyClick(&m_keys, Qt::Key_I);
    EXPECT_EQ(inputs.count(), 1);
    QTest::keyClick(&m_keys, Qt::Key_Left);
    QTest::keyClick(&m_keys, Qt::Key_Escape);
    EXPECT_TRUE(m_viewport.isFollowingLive());
    EXPECT_EQ(m_viewport.spanMs(), 24 * HourMs) << "reset keeps the chosen preset";
}
