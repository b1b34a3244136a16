#include "premium/premiummonitor.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

namespace {

Quote quote(const char *venue, const char *price, qint64 atMs)
{
    Quote q;
    q.venue = QString::fromLatin1(venue);
    q.symbol = QStringLiteral("BTC");
    q.price = Decimal::fromString(QString::fromLatin1(price)).value();
    q.receivedAtMs = atMs;
    return q;
}

FetchError refused()
{
    FetchError error;
    error.kind = FetchError::Kind::ConnectionRefused;
    return error;
}

class PremiumMonitorTest : public ::testing::Test
{
protected:
    PremiumMonitorTest()
    {
        monitor.setClock([this] { return now; });
    }

    void feedAll(qint64 at)
    {
        monitor.acceptQuote(FeedRole::Fx, quote("dunamu", "1432.6", at));
        monitor.acceptQuote(FeedRole::KoreanSpot, quote("bithumb", "129555000", at));
        monitor.acceptQuote(FeedRole::ForeignPerp, quote("binance", "89277.1", at));
    }

    PremiumSample last(QSignalSpy &spy) { return spy.takeLast().at(0).value<PremiumSample>(); }

    qint64 now = 1'000'000;
    PremiumMonitor monitor{QStringLiteral("BTC"), PremiumBasis::Seed, StalenessPolicy{}};
};

} // namespace

TEST_F(PremiumMonitorTest, OneSampleWhenBothTickersReported)
{
    QSignalSpy spy(&monitor, &PremiumMonitor::sampled);
    monitor.acceptQuote(FeedRole::Fx, quote("dunamu", "1432.6", now));
    monitor.acceptQuote(FeedRole::KoreanSpot, quote("bithumb", "129555000", now));
    EXPECT_EQ(spy.count(), 0);
    monitor.acceptQuote(FeedRole::ForeignPerp, quote("binance", "89277.1", now));
    ASSERT_EQ(spy.count(), 1);
    const PremiumSample sample = last(spy);
    EXPECT_EQ(sample.rate.toFixed(2), QStringLiteral("1.28"));
    EXPECT_EQ(sample.preciseRate.toString(), QStringLiteral("1.27870521"));
    EXPECT_FALSE(sample.stale);
    EXPECT_EQ(sample.observedAtMs, now);
    EXPECT_EQ(sample.korea.venue, QStringLiteral("bithumb"));

    // A second Korean quote alone does not make a second sample in the same cycle.
    monitor.acceptQuote(FeedRole::KoreanSpot, quote("bithumb", "129555000", now));
    EXPECT_EQ(spy.count(), 0);
    monitor.acceptQuote(FeedRole::ForeignPerp, quote("binance", "89277.1", now));
    EXPECT_EQ(spy.count(), 1);
}

TEST_F(PremiumMonitorTest, FxArrivingLastStillGivesTheFirstSampleAtOnce)
{
    QSignalSpy spy(&monitor, &PremiumMonitor::sampled);
    monitor.acceptQuote(FeedRole::KoreanSpot, quote("bithumb", "129555000", now));
    monitor.acceptQuote(FeedRole::ForeignPerp, quote("binance", "89277.1", now));
    EXPECT_EQ(spy.count(), 0);
    monitor.acceptQuote(FeedRole::Fx, quote("dunamu", "1432.6", now));
    EXPECT_EQ(spy.count(), 1);
}

TEST_F(PremiumMonitorTest, AFailingFeedMakesTheSampleStaleWithTheLastGoodInputs)
{
    feedAll(now);
    QSignalSpy spy(&monitor, &PremiumMonitor::sampled);
    QSignalSpy statuses(&monitor, &PremiumMonitor::feedStatusChanged);
    now += 1000;
    monitor.acceptFailure(FeedRole::KoreanSpot, refused());
    monitor.acceptQuote(FeedRole::ForeignPerp, quote("binance", "89300", now));
    ASSERT_EQ(spy.count(), 1);
    const PremiumSample sample = last(spy);
    EXPECT_TRUE(sample.stale);
    EXPECT_EQ(sample.korea.price.toString(), QStringLiteral("129555000"));
    EXPECT_EQ(sample.foreign.price.toString(), QStringLiteral("89300"));
    EXPECT_EQ(monitor.status(FeedRole::KoreanSpot).state, FeedStatus::State::Failing);
    EXPECT_EQ(monitor.status(FeedRole::KoreanSpot).error->kind, FetchError::Kind::ConnectionRefused);
    ASSERT_GE(statuses.count(), 1);

    // Recovery: the next good quote clears the error and the sample is fresh again.
    monitor.acceptQuote(FeedRole::KoreanSpot, quote("bithumb", "129600000", now));
    monitor.acceptQuote(FeedRole::ForeignPerp, quote("binance", "89300", now));
    ASSERT_EQ(spy.count(), 1);
    EXPECT_FALSE(last(spy).stale);
    EXPECT_EQ(monitor.status(FeedRole::KoreanSpot).state, FeedStatus::State::Live);
}

TEST_F(PremiumMonitorTest, OldInputsAreStaleAtTheSpecThresholds)
{
    feedAll(now);
    QSignalSpy spy(&monitor, &PremiumMonitor::sampled);

    // A ticker exactly 5 s old is still fresh; 5.001 s is stale.
    now += 5000;
    monitor.acceptQuote(FeedRole::ForeignPerp, quote("binance", "89277.1", now));
    monitor.acceptQuote(FeedRole::KoreanSpot, quote("bithumb", "129555000", now - 5000));
    EXPECT_FALSE(last(spy).stale);
    monitor.acceptQuote(FeedRole::ForeignPerp, quote("binance", "89277.1", now));
    monitor.acceptQuote(FeedRole::KoreanSpot, quote("bithumb", "129555000", now - 5001));
    EXPECT_TRUE(last(spy).stale);
    EXPECT_EQ(monitor.status(FeedRole::KoreanSpot).state, FeedStatus::State::Stale);

    // FX may be 15 minutes old, not more.
    const qint64 fxAt = now;
    monitor.acceptQuote(FeedRole::Fx, quote("dunamu", "1432.6", fxAt));
    now += 15 * 60'000;
    monitor.acceptQuote(FeedRole::KoreanSpot, quote("bithumb", "129555000", now));
    monitor.acceptQuote(FeedRole::ForeignPerp, quote("binance", "89277.1", now));
    EXPECT_FALSE(last(spy).stale) << "fx age " << now - fxAt;
    now += 1;
    monitor.acceptQuote(FeedRole::KoreanSpot, quote("bithumb", "129555000", now));
    monitor.acceptQuote(FeedRole::ForeignPerp, quote("binance", "89277.1", now));
    EXPECT_TRUE(last(spy).stale);
    EXPECT_EQ(monitor.status(FeedRole::Fx).state, FeedStatus::State::Stale);
}

TEST_F(PremiumMonitorTest, WatchdogEmitsWhenATickerStaysSilent)
{
    feedAll(now);
    QSignalSpy spy(&monitor, &PremiumMonitor::sampled);
    monitor.setWatchdogMs(50);
    now += 6000;
    monitor.acceptQuote(FeedRole::ForeignPerp, quote("binance", "89277.1", now));
    ASSERT_TRUE(spy.wait(2000));
    EXPECT_TRUE(last(spy).stale);  // the Korean price is 6 s old
}

TEST_F(PremiumMonitorTest, NoSampleBeforeEveryFeedHasAValue)
{
    QSignalSpy spy(&monitor, &PremiumMonitor::sampled);
    monitor.acceptQuote(FeedRole::KoreanSpot, quote("bithumb", "129555000", now));
    monitor.acceptFailure(FeedRole::ForeignPerp, refused());
    EXPECT_EQ(spy.count(), 0);
    EXPECT_EQ(monitor.status(FeedRole::Fx).state, FeedStatus::State::Waiting);
    EXPECT_FALSE(monitor.latest().has_value());
}

TEST_F(PremiumMonitorTest, ACycleWithoutAPremiumIsReportedOnceAFeedWithoutValueFailed)
{
    QSignalSpy samples(&monitor, &PremiumMonitor::sampled);
    QSignalSpy unavailable(&monitor, &PremiumMonitor::unavailable);
    // Both tickers in, the FX still on its way: that is the start, not news.
    monitor.acceptQuote(FeedRole::KoreanSpot, quote("bithumb", "129555000", now));
    monitor.acceptQuote(FeedRole::ForeignPerp, quote("binance", "89277.1", now));
    EXPECT_EQ(unavailable.count(), 0);
    // A ticker that never gave a value fails: each cycle says so.
    PremiumMonitor fresh { QStringLiteral("BTC"), PremiumBasis::Seed, StalenessPolicy {} };
    fresh.setClock([this] { return now; });
    QSignalSpy cycles(&fresh, &PremiumMonitor::unavailable);
    for (int cycle = 0; cycle < 3; ++cycle) {
        fresh.acceptFailure(FeedRole::KoreanSpot, refused());
        fresh.acceptFailure(FeedRole::ForeignPerp, refused());
    }
    ASSERT_EQ(cycles.count(), 3);
    EXPECT_EQ(cycles.at(0).at(0).toLongLong(), now);
    EXPECT_EQ(fresh.statuses().at(0).state, FeedStatus::State::Failing);
    EXPECT_EQ(fresh.statuses().size(), FeedRoleCount);
    // A failing FX without a value blocks the premium too.
    monitor.acceptFailure(FeedRole::Fx, refused());
    monitor.acceptQuote(FeedRole::KoreanSpot, quote("bithumb", "129555000", now));
    monitor.acceptQuote(FeedRole::ForeignPerp, quote("binance", "89277.1", now));
    EXPECT_EQ(unavailable.count(), 1);
    EXPECT_EQ(samples.count(), 0);
}

TEST_F(PremiumMonitorTest, BasisSwitchesTheFormula)
{
    monitor.setBasis(PremiumBasis::Global);
    QSignalSpy spy(&monitor, &PremiumMonitor::sampled);
    feedAll(now);
    const PremiumSample sample = last(spy);
    EXPECT_EQ(sample.rate.toFixed(2), QStringLiteral("1.30"));
    EXPECT_EQ(sample.basis, PremiumBasis::Global);
}
