#include "chartcontrols.h"
#include "chartviewport.h"
#include "crosshairreadout.h"
#include "widgetstesthelpers.h"

#include <QAbstractButton>
#include <QSignalSpy>
#include <QToolButton>

#include <gtest/gtest.h>

using namespace WidgetsTest;

namespace {

constexpr qint64 HourMs = 3'600'000;

} // namespace

TEST(ChartViewportTest, PresetFollowsTheLiveEdge)
{
    ChartViewport viewport;
    viewport.setPreset(ChartViewport::Preset::OneHour);
    viewport.setNow(StartMs);
    EXPECT_EQ(viewport.fromMs(), StartMs - HourMs);
    EXPECT_EQ(viewport.toMs(), StartMs);
    viewport.setNow(StartMs + 1000);
    EXPECT_EQ(viewport.toMs(), StartMs + 1000);
    EXPECT_TRUE(viewport.isFollowingLive());
    viewport.setPreset(ChartViewport::Preset::FiveMinutes);
    EXPECT_EQ(viewport.spanMs(), 5 * 60'000);
    viewport.setPreset(ChartViewport::Preset::Month);
    EXPECT_EQ(viewport.spanMs(), 30 * 24 * HourMs);
}

TEST(ChartViewportTest, AllReachesBackToTheOldestStoredMoment)
{
    ChartViewport viewport;
    viewport.setNow(StartMs);
    viewport.setOldestMs(StartMs - 90 * 24 * HourMs);
    viewport.setPreset(ChartViewport::Preset::All);
    EXPECT_EQ(viewport.fromMs(), StartMs - 90 * 24 * HourMs);
    EXPECT_EQ(viewport.toMs(), StartMs);
}

TEST(ChartViewportTest, ZoomKeepsTheMomentUnderTheCursor)
{
    ChartViewport viewport;
    viewport.setNow(StartMs);
    const qint64 anchor = StartMs - HourMs / 4;  // three quarters across
    viewport.zoom(0.5, anchor);
    EXPECT_EQ(viewport.spanMs(), HourMs / 2);
    EXPECT_EQ(viewport.fromMs() + viewport.spanMs() * 3 / 4, anchor);
    EXPECT_FALSE(viewport.isFollowingLive());
    viewport.setNow(StartMs + 60'000);
    EXPECT_EQ(viewport.fromMs() + viewport.spanMs() * 3 / 4, anchor) << "a zoomed view stays put";
}

TEST(ChartViewportTest, ZoomAtTheLiveEdgeKeepsFollowing)
{
    ChartViewport viewport;
    viewport.setNow(StartMs);
    viewport.zoom(0.25, StartMs);
    EXPECT_TRUE(viewport.isFollowingLive());
    EXPECT_EQ(viewport.toMs(), StartMs);
    EXPECT_EQ(viewport.spanMs(), HourMs / 4);
    viewport.zoom(1e-9, StartMs);
    EXPECT_EQ(viewport.spanMs(), ChartViewport::MinimumSpanMs);
}

TEST(ChartViewportTest, PanStopsFollowingAndPanningBackToTheEdgeResumes)
{
    ChartViewport viewport;
    viewport.setNow(StartMs);
    QSignalSpy changed(&viewport, &ChartViewport::changed);
    viewport.pan(-HourMs / 2);
    EXPECT_EQ(viewport.toMs(), StartMs - HourMs / 2);
    EXPECT_FALSE(viewport.isFollowingLive());
    viewport.pan(HourMs);  // past now
    EXPECT_EQ(viewport.toMs(), StartMs);
    EXPECT_TRUE(viewport.isFollowingLive());
    EXPECT_EQ(viewport.spanMs(), HourMs);
    EXPECT_EQ(changed.count(), 2);
}

TEST(ChartViewportTest, RubberBandAndResetAndFollowLive)
{
    ChartViewport viewport;
    viewport.setNow(StartMs);
    viewport.setRange(StartMs - 600'000, StartMs - 1'200'000);
    EXPECT_EQ(viewport.fromMs(), StartMs - 1'200'000);
    EXPECT_EQ(viewport.toMs(), StartMs - 600'000);
    EXPECT_FALSE(viewport.isFollowingLive());
    viewport.followLive();
    EXPECT_EQ(viewport.toMs(), StartMs);
    EXPECT_EQ(viewport.spanMs(), 600'000);
    viewport.setRange(StartMs - 5000, StartMs - 4000);
    EXPECT_EQ(viewport.spanMs(), ChartViewport::MinimumSpanMs);
    viewport.reset();
    EXPECT_EQ(viewport.spanMs(), HourMs);
    EXPECT_TRUE(viewport.isFollowingLive());
}

TEST(ChartControlsTest, ButtonsSayWhatWasAsked)
{
    ChartControls controls;
    QSignalSpy presets(&controls, &ChartControls::presetChosen);
    QSignalSpy inputs(&controls, &ChartControls::inputsToggled);
    QSignalSpy csv(&controls, &ChartControls::csvExportRequested);
    QSignalSpy png(&controls, &ChartControls::pngExportRequested);
    QSignalSpy live(&controls, &ChartControls::liveRequested);
    controls.presetButton(ChartViewport::Preset::Week)->click();
    ASSERT_EQ(presets.count(), 1);
    EXPECT_EQ(presets.first().first().value<ChartViewport::Preset>(), ChartViewport::Preset::Week);
    EXPECT_TRUE(controls.presetButton(ChartViewport::Preset::Week)->isChecked());
    EXPECT_FALSE(controls.presetButton(ChartViewport::Preset::OneHour)->isChecked());
    controls.inputsButton()->click();
    EXPECT_TRUE(controls.inputsShown());
    EXPECT_EQ(inputs.count(), 1);
    controls.csvButton()->click();
    controls.pngButton()->click();
    controls.setFollowingLive(false);
    controls.liveButton()->click();
    EXPECT_EQ(csv.count(), 1);
    EXPECT_EQ(png.count(), 1);
    EXPECT_EQ(live.count(), 1);
    EXPECT_TRUE(controls.liveButton()->isChecked());
    EXPECT_EQ(controls.presetButton(ChartViewport::Preset::Day)->text(), QStringLiteral("24h"));
}

TEST(CrosshairReadoutTest, ShowsTheExactStoredValues)
{
    CrosshairReadout readout;
    PremiumSample s;
    s.symbol = QStringLiteral("BTC");
    s.preciseRate = *Decimal::fromString(u"1.27911370");
    s.rate = s.preciseRate.roundedHalfUp(2);
    s.korea.price = *Decimal::fromString(u"129555000");
    s.foreign.price = *Decimal::fromString(u"89277.1");
    s.fx.price = *Decimal::fromString(u"1432.6");
    s.observedAtMs = StartMs;
    s.stale = true;
    readout.showSample(s);
    const QString text = readout.text();
    EXPECT_TRUE(text.contains(u"1.2791137")) << qPrintable(text);
    EXPECT_TRUE(text.contains(u"129,555,000")) << qPrintable(text);
    EXPECT_TRUE(text.contains(u"89,277.1")) << qPrintable(text);
    EXPECT_TRUE(text.contains(u"1,432.6")) << qPrintable(text);
    EXPECT_TRUE(text.contains(u"stale")) << qPrintable(text);
    readout.showApproximate(StartMs, 1.2791);
    EXPECT_TRUE(readout.text().contains(u"not stored"));
    EXPECT_FALSE(readout.sample().has_value());
}
