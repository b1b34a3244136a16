#include "feedstatusbadge.h"
#include "tickerpanel.h"
#include "widgetstesthelpers.h"

#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace WidgetsTest;

namespace {

class TickerPanelTest : public ::testing::Test
{
protected:
    TickerPanelTest()
        : monitor(QStringLiteral("BTC"), PremiumBasis::Seed, StalenessPolicy{})
    {
        monitor.setClock([this] { return now; });
        panel.setMonitor(&monitor);
    }

    QLabel *label(const char *name) const { return panel.findChild<QLabel *>(QString::fromLatin1(name)); }

    qint64 now = StartMs;
    PremiumMonitor monitor;
    TickerPanel panel;
};

// The colour the label's text is actually drawn with.
QColor drawnColor(const QLabel *label)
{
    return label->palette().color(label->foregroundRole());
}

FetchError failure(FetchError::Kind kind, int httpStatus = 0)
{
    FetchError error;
    error.kind = kind;
    error.httpStatus = httpStatus;
    return error;
}

} // namespace

TEST_F(TickerPanelTest, WaitsBeforeTheFirstQuotes)
{
    EXPECT_EQ(labelText(panel, "premiumValue"), QStringLiteral("—"));
    EXPECT_EQ(panel.badge(FeedRole::KoreanSpot)->state(), FeedStatus::State::Waiting);
    EXPECT_EQ(panel.badge(FeedRole::Fx)->text(), QStringLiteral("Waiting…"));
    EXPECT_TRUE(panel.summary().isEmpty());
}

TEST_F(TickerPanelTest, AFeedFailingBeforeItsFirstValueIsNamedAsTheReason)
{
    EXPECT_EQ(labelText(panel, "premiumTime"), QStringLiteral("Waiting for all three prices…"));
    FetchError banned = failure(FetchError::Kind::Banned, 418);
    banned.retryAfterMs = 90'000;
    monitor.acceptFailure(FeedRole::ForeignPerp, banned);
    EXPECT_EQ(labelText(panel, "premiumValue"), QStringLiteral("—"));
    EXPECT_EQ(labelText(panel, "premiumTime"), QStringLiteral("No premium yet. Foreign perpetual: banned, 2 min left"));
}

TEST_F(TickerPanelTest, ShowsPricesWithSeparatorsAndThePremiumWithItsBasis)
{
    QSignalSpy summaries(&panel, &TickerPanel::summaryChanged);
    feedSeedExample(monitor, now);

    EXPECT_EQ(labelText(panel, "koreaPrice"), QStringLiteral("₩129,555,000"));
    EXPECT_EQ(labelText(panel, "foreignPrice"), QStringLiteral("89,277.10 USDT"));
    EXPECT_EQ(labelText(panel, "fxRate"), QStringLiteral("1,432.60"));
    EXPECT_EQ(labelText(panel, "fxSource"), QStringLiteral("Dunamu · just now"));
    EXPECT_EQ(labelText(panel, "koreaSource"), QStringLiteral("Bithumb · just now"));
    EXPECT_EQ(labelText(panel, "premiumValue"), QStringLiteral("+1.28 %"));
    EXPECT_EQ(labelText(panel, "premiumBasis"), QStringLiteral("vs Korean price"));
    EXPECT_FALSE(panel.isPremiumStale());
    EXPECT_TRUE(label("staleTag")->isHidden());
    for (FeedRole role : {FeedRole::KoreanSpot, FeedRole::ForeignPerp, FeedRole::Fx}) {
        EXPECT_EQ(panel.badge(role)->state(), FeedStatus::State::Live);
        EXPECT_EQ(panel.badge(role)->text(), QStringLiteral("Live"));
    }
    ASSERT_FALSE(summaries.isEmpty());
    EXPECT_EQ(summaries.constLast().constFirst().toString(), QStringLiteral("BTC +1.28 %"));
}

TEST_F(TickerPanelTest, GlobalBasisIsNamedNextToTheNumber)
{
    monitor.setBasis(PremiumBasis::Global);
    feedSeedExample(monitor, now);
    EXPECT_EQ(labelText(panel, "premiumValue"), QStringLiteral("+1.30 %"));
    EXPECT_EQ(labelText(panel, "premiumBasis"), QStringLiteral("vs global price"));
}

TEST_F(TickerPanelTest, AFailingFeedShowsItsReasonAndMakesThePremiumStale)
{
    feedSeedExample(monitor, now);
    const QColor freshColor = drawnColor(label("premiumValue"));

    monitor.acceptFailure(FeedRole::KoreanSpot, failure(FetchError::Kind::ConnectionRefused));

    EXPECT_EQ(panel.badge(FeedRole::KoreanSpot)->state(), FeedStatus::State::Failing);
    EXPECT_EQ(panel.badge(FeedRole::KoreanSpot)->text(), QStringLiteral("Error: connection refused"));
    EXPECT_EQ(panel.badge(FeedRole::KoreanSpot)->dotColor(), FeedStatusBadge::colorFor(FeedStatus::State::Failing));
    // The other feeds are still fine.
    EXPECT_EQ(panel.badge(FeedRole::ForeignPerp)->text(), QStringLiteral("Live"));
    // The last value stays on screen, the premium is flagged at once (before the next sample).
    EXPECT_EQ(labelText(panel, "koreaPrice"), QStringLiteral("₩129,555,000"));
    EXPECT_TRUE(panel.isPremiumStale());
    EXPECT_FALSE(label("staleTag")->isHidden());
    EXPECT_EQ(labelText(panel, "staleTag"), QStringLiteral("STALE"));
    EXPECT_NE(drawnColor(label("premiumValue")), freshColor);
    EXPECT_EQ(panel.summary(), QStringLiteral("BTC +1.28 % (stale)"));

    // The next cycle's sample is stale too; the recovery clears the flag.
    monitor.acceptFailure(FeedRole::ForeignPerp, failure(FetchError::Kind::HttpStatus, 502));
    ASSERT_TRUE(monitor.latest().has_value());
    EXPECT_TRUE(monitor.latest()->stale);
    EXPECT_EQ(panel.badge(FeedRole::ForeignPerp)->text(), QStringLiteral("Error: HTTP 502"));
    feedSeedExample(monitor, now);
    EXPECT_FALSE(panel.isPremiumStale());
    EXPECT_TRUE(label("staleTag")->isHidden());
    EXPECT_EQ(drawnColor(label("premiumValue")), freshColor);
}

TEST_F(TickerPanelTest, AgesGrowWithoutNewQuotes)
{
    feedSeedExample(monitor, now);
    now += 12'000;
    // The monitor re-announces every status once a second; no new quote is needed.
    ASSERT_TRUE(QTest::qWaitFor([this] { return panel.badge(FeedRole::KoreanSpot)->text() == QStringLiteral("Stale for 12 s"); }, 3000))
        << panel.badge(FeedRole::KoreanSpot)->text().toStdString();
    EXPECT_EQ(panel.badge(FeedRole::KoreanSpot)->state(), FeedStatus::State::Stale);
    EXPECT_TRUE(panel.isPremiumStale());
    EXPECT_FALSE(label("staleTag")->isHidden());
    // FX is allowed 15 minutes.
    EXPECT_EQ(panel.badge(FeedRole::Fx)->text(), QStringLiteral("Live"));
    EXPECT_EQ(labelText(panel, "fxSource"), QStringLiteral("Dunamu · 12 s ago"));
}

TEST_F(TickerPanelTest, SettingAMonitorShowsItsCurrentStateAtOnce)
{
    PremiumMonitor other(QStringLiteral("BTC"), PremiumBasis::Seed, StalenessPolicy{});
    other.setClock([this] { return now; });
    feedSeedExample(other, now, "130000000");
    other.acceptFailure(FeedRole::Fx, failure(FetchError::Kind::Timeout));

    panel.setMonitor(&other);
    EXPECT_EQ(labelText(panel, "koreaPrice"), QStringLiteral("₩130,000,000"));
    EXPECT_EQ(panel.badge(FeedRole::Fx)->text(), QStringLiteral("Error: timed out"));
    EXPECT_TRUE(panel.isPremiumStale());

    // Detached: the old monitor's news no longer reaches the panel.
    panel.setMonitor(nullptr);
    feedSeedExample(other, now, "129555000");
    EXPECT_EQ(labelText(panel, "koreaPrice"), QStringLiteral("₩130,000,000"));
}
