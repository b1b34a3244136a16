#include "premium/marketfeed.h"

#include "../../common/fakevenues.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

namespace {

class MarketFeedTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(server.listen());
        serveAllVenues(server);
        for (const char *venue : {"bithumb", "upbit", "binance", "dunamu", "open-er-api"})
            config.baseUrls.insert(QString::fromLatin1(venue), server.baseUrl());
        config.tickerPeriodMs = 100;
    }

    PremiumSample nextSample(QSignalSpy &spy, int timeoutMs = 3000)
    {
        spy.clear();
        EXPECT_TRUE(spy.wait(timeoutMs));
        return spy.isEmpty() ? PremiumSample{} : spy.takeFirst().at(0).value<PremiumSample>();
    }

    FixtureServer server;
    FeedConfig config;
};

} // namespace

TEST_F(MarketFeedTest, ThreeFeedsMakeTheSeedPremium)
{
    MarketFeed feed(config);
    QSignalSpy samples(feed.monitor(), &PremiumMonitor::sampled);
    feed.start();
    const PremiumSample sample = nextSample(samples);
    EXPECT_EQ(sample.rate.toFixed(2), QStringLiteral("1.28"));
    EXPECT_EQ(sample.korea.price.toString(), QStringLiteral("129555000"));
    EXPECT_EQ(sample.foreign.price.toString(), QStringLiteral("89277.1"));
    EXPECT_EQ(sample.fx.price.toString(), QStringLiteral("1432.6"));
    EXPECT_EQ(sample.fx.venue, QStringLiteral("dunamu"));
    EXPECT_FALSE(sample.stale);
    // FX is asked once, not once per ticker cycle.
    for (int i = 0; i < 3; ++i)
        nextSample(samples);
    EXPECT_EQ(server.requestCount(QStringLiteral("/v1/forex/recent")), 1);
    EXPECT_GE(server.requestCount(QStringLiteral("/v1/ticker")), 4);
}

TEST_F(MarketFeedTest, AFailingVenueKeepsTheLastValueMarkedStaleAndRecovers)
{
    MarketFeed feed(config);
    QSignalSpy samples(feed.monitor(), &PremiumMonitor::sampled);
    feed.start();
    EXPECT_FALSE(nextSample(samples).stale);

    server.setRoute(QStringLiteral("/v1/ticker"), FixtureResponse::fromFile(QStringLiteral("errors/cloudflare-502.html"), 502));
    PremiumSample sample = nextSample(samples);
    if (!sample.stale)  // the request in flight when the route changed may still have succeeded
        sample = nextSample(samples);
    EXPECT_TRUE(sample.stale);
    EXPECT_EQ(sample.korea.price.toString(), QStringLiteral("129555000"));
    EXPECT_EQ(sample.rate.toFixed(2), QStringLiteral("1.28"));
    const FeedStatus status = feed.monitor()->status(FeedRole::KoreanSpot);
    EXPECT_EQ(status.state, FeedStatus::State::Failing);
    EXPECT_EQ(status.error->httpStatus, 502);

    server.setRoute(QStringLiteral("/v1/ticker"), FixtureResponse::fromFile(QStringLiteral("bithumb/v1-ticker-krw-btc.json")));
    // The venue's backoff decides when it is asked again: a few cycles at most after two failures.
    for (int i = 0; i < 20 && (i == 0 || sample.stale); ++i)
        sample = nextSample(samples);
    EXPECT_FALSE(sample.stale);
}

TEST_F(MarketFeedTest, FxFallsBackToTheSecondSource)
{
    server.setRoute(QStringLiteral("/v1/forex/recent"), FixtureResponse{.neverReply = true});
    MarketFeed feed(config);
    QSignalSpy samples(feed.monitor(), &PremiumMonitor::sampled);
    feed.start();
    // Dunamu is given up after the FX timeout (5 s), then open.er-api answers at once.
    const PremiumSample sample = nextSample(samples, 8000);
    EXPECT_EQ(sample.fx.venue, QStringLiteral("open-er-api"));
    EXPECT_EQ(sample.fx.price.toString(), QStringLiteral("1419.87"));
}
