#include "observability/alertengine.h"
#include "observability/feedobserver.h"
#include "observability/healthboard.h"
#include "observability/metricsregistry.h"
#include "observability/seedmetrics.h"

#include "../../common/fakevenues.h"

#include "exchanges/httppoller.h"
#include "premium/marketfeed.h"
#include "venues/pollingmarketsource.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

// The observer fed by a real live feed over loopback, connected as the app connects it.
namespace {

class FeedObserverTest : public ::testing::Test
{
protected:
    FeedObserverTest()
        : health([](const QString &job) { return AlertSettings().staleAfterMs(job); })
        , alerts(&health, AlertSettings())
        , observer(&registry, &health, &alerts)
    {
        SeedMetrics::declare(registry);
    }

    void SetUp() override
    {
        ASSERT_TRUE(server.listen());
        serveAllVenues(server);
        config.koreanFallbackVenue.clear();
        for (const char *venue : { "bithumb", "upbit", "binance", "dunamu", "open-er-api" })
            config.baseUrls.insert(QString::fromLatin1(venue), server.baseUrl());
        config.tickerPeriodMs = 100;
        // Polling's behaviour: the stream transport has tests of its own.
        config.transport = FeedTransport::Poll;
    }

    void connectFeed(MarketFeed &feed)
    {
        const auto report = [this](FeedRole role) {
            return [this, role](const RequestOutcome &outcome) { observer.onRequest(role, outcome); };
        };
        QObject::connect(feed.poller(feed.pair().korea), &MarketSource::requestFinished, &observer, report(FeedRole::KoreanSpot));
        QObject::connect(feed.poller(feed.pair().foreign), &MarketSource::requestFinished, &observer,
                         report(FeedRole::ForeignPerp));
        QObject::connect(feed.fxPoller(), &HttpPoller::requestFinished, &observer, report(FeedRole::Fx));
        QObject::connect(feed.monitor(), &PremiumMonitor::feedStatusChanged, &observer, &FeedObserver::onFeedStatus);
        QObject::connect(feed.monitor(), &PremiumMonitor::sampled, &observer, &FeedObserver::onSample);
        QObject::connect(feed.monitor(), &PremiumMonitor::tickProcessed, &observer, &FeedObserver::onTickProcessed);
    }

    // The sample of `name` with exactly these labels, or null.
    std::optional<MetricSample> sample(const QString &name, const MetricLabels &labels = {}) const
    {
        for (const MetricFamily &family : registry.snapshot()) {
            for (const MetricSample &sample : family.samples) {
                if (family.name == name && sample.labels == labels)
                    return sample;
            }
        }
        return std::nullopt;
    }

    FixtureServer server;
    FeedConfig config;
    MetricsRegistry registry;
    HealthBoard health;
    AlertEngine alerts;
    FeedObserver observer;
};

const MetricLabels bithumb { { QStringLiteral("exchange"), QStringLiteral("bithumb") } };

} // namespace

TEST_F(FeedObserverTest, RequestsPremiumsAndFxBecomeTheSeedsMetrics)
{
    MarketFeed feed(config);
    connectFeed(feed);
    QSignalSpy samples(feed.monitor(), &PremiumMonitor::sampled);
    feed.start();
    for (int i = 0; i < 3; ++i)
        ASSERT_TRUE(samples.wait(3000));

    ASSERT_TRUE(sample(SeedMetrics::TickerFetchTotal, bithumb));
    EXPECT_GE(sample(SeedMetrics::TickerFetchTotal, bithumb)->value, 3);
    EXPECT_GE(sample(SeedMetrics::TickerFetchLatency, bithumb)->count, 3u);
    EXPECT_FALSE(sample(SeedMetrics::TickerFetchErrorTotal,
                        { { QStringLiteral("exchange"), QStringLiteral("bithumb") },
                          { QStringLiteral("error_type"), QStringLiteral("http_status") } }));
    EXPECT_EQ(sample(SeedMetrics::ExternalApiTotal, { { QStringLiteral("api"), QStringLiteral("dunamu") } })->value, 1);
    EXPECT_EQ(sample(SeedMetrics::ExternalApiLatency, { { QStringLiteral("api"), QStringLiteral("dunamu") } })->count,
              1u);
    EXPECT_FALSE(sample(SeedMetrics::TickerFetchTotal, { { QStringLiteral("exchange"), QStringLiteral("dunamu") } }))
        << "FX sources are external APIs, not exchanges";
    EXPECT_NEAR(sample(SeedMetrics::PremiumRateCurrent, { { QStringLiteral("symbol"), QStringLiteral("BTC") } })->value,
                1.28, 0.01);
    EXPECT_EQ(sample(SeedMetrics::FxRateCurrent, { { QStringLiteral("pair"), QStringLiteral("USD/KRW") } })->value,
              1432.6);
    EXPECT_GE(sample(SeedMetrics::PremiumCalculationTotal)->value, 3);
    EXPECT_GE(sample(SeedMetrics::TickProcessing)->count, 3u);
    EXPECT_GT(sample(SeedMetrics::BatchLastRun, { { QStringLiteral("job"), QStringLiteral("premium") } })->value,
              1.7e9);

    const JobHealth *ticker = health.job(QStringLiteral("ticker:bithumb"));
    ASSERT_NE(ticker, nullptr);
    EXPECT_EQ(ticker->state(health.now()), JobHealth::State::Healthy);
    EXPECT_TRUE(ticker->latencyPercentileMs(50, health.now()));
    EXPECT_EQ(health.job(QStringLiteral("fx"))->state(health.now()), JobHealth::State::Healthy);
    EXPECT_EQ(health.job(QStringLiteral("premium"))->state(health.now()), JobHealth::State::Healthy);
}

TEST_F(FeedObserverTest, AFailingVenueCountsErrorsByTypeAndItsJobStopsSucceeding)
{
    // Every Binance request answers the venue's error, its listing included.
    for (const char *path : { "/fapi/v1/exchangeInfo", "/fapi/v1/ticker/price", "/fapi/v1/ticker/bookTicker",
                              "/fapi/v1/premiumIndex" })
        server.setRoute(QString::fromLatin1(path),
                        FixtureResponse::fromFile(QStringLiteral("binance/fapi-error-invalid-symbol.json"), 400));
    MarketFeed feed(config);
    connectFeed(feed);
    // Connected after the observer: it has seen each request when the spy counts it.
    QSignalSpy requests(feed.poller(QStringLiteral("binance")), &MarketSource::requestFinished);
    feed.start();
    while (requests.count() < 3)
        ASSERT_TRUE(requests.wait(3000));
    const MetricLabels invalid { { QStringLiteral("exchange"), QStringLiteral("binance") },
                                 { QStringLiteral("error_type"), QStringLiteral("api_error") } };
    ASSERT_TRUE(sample(SeedMetrics::TickerFetchErrorTotal, invalid));
    EXPECT_EQ(sample(SeedMetrics::TickerFetchErrorTotal, invalid)->value, 3);
    const JobHealth *binance = health.job(QStringLiteral("ticker:binance"));
    ASSERT_NE(binance, nullptr);
    EXPECT_EQ(binance->errors(health.now()), 3);
    EXPECT_FALSE(binance->lastSuccessMs()) << "an error answer is no fresh value";
}
