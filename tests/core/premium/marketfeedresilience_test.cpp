#include "premium/marketfeed.h"

#include "exchanges/httppoller.h"
#include "exchanges/venuefailover.h"
#include "exchanges/venuegates.h"
#include "fx/fxkeeper.h"

#include "../../common/fakevenues.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

// The resilience parts as the live feed wires them: fallback venue, outlier guard, FX chain,
// manual and saved FX, published limits. Real pollers against loopback venues.
namespace {

const QString kTicker = QStringLiteral("/v1/ticker");
const QString kBook = QStringLiteral("/v1/orderbook");

class MarketFeedResilienceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(server.listen());
        ASSERT_TRUE(upbit.listen());
        serveAllVenues(server);
        serveUpbit(upbit);
        for (const char *venue : { "bithumb", "binance", "dunamu", "open-er-api", "exchangerate-api", "koreaexim" })
            config.baseUrls.insert(QString::fromLatin1(venue), server.baseUrl());
        config.baseUrls.insert(QStringLiteral("upbit"), upbit.baseUrl());
        config.tickerPeriodMs = 100;
        // Polling's behaviour: the stream transport has tests of its own.
        config.transport = FeedTransport::Poll;
        // Recovery is what these tests watch, not the length of the backoff.
        for (const char *venue :
             { "bithumb", "upbit", "binance", "dunamu", "open-er-api", "exchangerate-api", "koreaexim" }) {
            VenueLimits limits = VenueLimits::defaults(QString::fromLatin1(venue));
            limits.backoffCapMs = 200;
            config.limits.insert(QString::fromLatin1(venue), limits);
        }
    }

    // The next sample for which `predicate` holds, within `timeoutMs`.
    template<typename Predicate>
    std::optional<PremiumSample> sampleWhere(QSignalSpy &spy, Predicate predicate, int timeoutMs = 5000)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired()) {
            while (!spy.isEmpty()) {
                const PremiumSample sample = spy.takeFirst().at(0).value<PremiumSample>();
                if (predicate(sample))
                    return sample;
            }
            spy.wait(static_cast<int>(std::max<qint64>(1, deadline.remainingTime())));
        }
        return std::nullopt;
    }

    static QByteArray tickerAt(const char *price)
    {
        QByteArray body = FixtureResponse::fromFile(QStringLiteral("bithumb/v1-ticker-many.json")).body;
        const QByteArray replacement = QByteArray("\"trade_price\": ") + price;
        body.replace("\"trade_price\": 129555000", replacement);
        return body;
    }

    // Bithumb down: every request of its cycle fails, or back: its fixtures again.
    void bithumbAnswers(const FixtureResponse &response)
    {
        server.setRoute(kTicker, response);
        server.setRoute(kBook, response);
    }
    void bithumbBack() { serveAllVenues(server); }

    FixtureServer server;
    FixtureServer upbit;
    FeedConfig config;
};

} // namespace

TEST_F(MarketFeedResilienceTest, UpbitTakesOverWhileBithumbFailsAndHandsBack)
{
    config.koreanFailoverMs = 400;
    bithumbAnswers(FixtureResponse::fromFile(QStringLiteral("errors/cloudflare-502.html"), 502));
    MarketFeed feed(config);
    QSignalSpy samples(feed.monitor(), &PremiumMonitor::sampled);
    QSignalSpy switches(feed.koreanFailover(), &VenueFailover::activeVenueChanged);
    const qint64 started = QDateTime::currentMSecsSinceEpoch();
    feed.start();

    const auto onUpbit = sampleWhere(samples, [](const PremiumSample &s) { return s.korea.venue == u"upbit"; });
    ASSERT_TRUE(onUpbit) << "no premium from Upbit while Bithumb failed";
    EXPECT_EQ(onUpbit->korea.price.toString(), QStringLiteral("129778000"));
    EXPECT_FALSE(onUpbit->stale);
    ASSERT_EQ(switches.count(), 1);
    EXPECT_EQ(switches.at(0).at(0).toString(), QStringLiteral("upbit"));
    EXPECT_TRUE(switches.at(0).at(1).toBool());
    // Upbit was not asked before Bithumb had failed for the whole delay.
    ASSERT_FALSE(upbit.requests().isEmpty());
    EXPECT_GE(upbit.requests().constFirst().receivedAtMs - started, 400);

    bithumbBack();
    const auto back = sampleWhere(samples, [](const PremiumSample &s) { return s.korea.venue == u"bithumb"; });
    ASSERT_TRUE(back) << "Bithumb did not take over again";
    EXPECT_EQ(back->korea.price.toString(), QStringLiteral("129555000"));
    EXPECT_FALSE(feed.koreanFailover()->usingFallback());
    // The fallback stops being asked: over the next four cycles, one request at most (the one
    // that may have been under way).
    const qsizetype asked = upbit.requests().size();
    samples.clear();
    for (int cycle = 0; cycle < 4; ++cycle)
        ASSERT_TRUE(sampleWhere(samples, [](const PremiumSample &s) { return s.korea.venue == u"bithumb"; }));
    EXPECT_LE(upbit.requests().size(), asked + 1);
}

TEST_F(MarketFeedResilienceTest, NoFallbackBeforeTheDelay)
{
    config.koreanFailoverMs = 60'000;
    bithumbAnswers(FixtureResponse::fromFile(QStringLiteral("errors/cloudflare-502.html"), 502));
    MarketFeed feed(config);
    QSignalSpy samples(feed.monitor(), &PremiumMonitor::sampled);
    QSignalSpy withoutPremium(feed.monitor(), &PremiumMonitor::unavailable);
    feed.start();
    // Bithumb never gave a value: six cycles (600 ms) end without a premium, each reported.
    ASSERT_TRUE(QTest::qWaitFor([&] { return withoutPremium.count() >= 6; }, 5000));
    EXPECT_TRUE(samples.isEmpty());
    EXPECT_EQ(feed.monitor()->status(FeedRole::KoreanSpot).state, FeedStatus::State::Failing);
    EXPECT_GE(server.requestCount(kTicker), 2) << "Bithumb was not asked again";
    EXPECT_TRUE(upbit.requests().isEmpty());
    EXPECT_FALSE(feed.koreanFailover()->usingFallback());
}

TEST_F(MarketFeedResilienceTest, AVenueBackFromAnOutageIsFreshWithinThreePeriods)
{
    // Error pages from Bithumb for six periods, then its ticker again, twenty times over, with the
    // venues' real limits: the premium must be fresh again within three periods of the return
    // (3 s for the app's 1 s feed), p95.
    config.limits.clear();
    config.koreanFallbackVenue.clear();
    const qint64 period = config.tickerPeriodMs;
    const FixtureResponse errorPage = FixtureResponse::fromFile(QStringLiteral("errors/cloudflare-502.html"), 502);

    std::vector<qint64> recoveriesMs;
    for (int run = 0; run < 20; ++run) {
        bithumbBack();
        MarketFeed feed(config);
        QSignalSpy samples(feed.monitor(), &PremiumMonitor::sampled);
        feed.start();
        ASSERT_TRUE(sampleWhere(samples, [](const PremiumSample &s) { return !s.stale; }));
        bithumbAnswers(errorPage);
        const qint64 outageEnd = QDateTime::currentMSecsSinceEpoch() + 6 * period;
        ASSERT_TRUE(sampleWhere(samples, [&](const PremiumSample &s) {
            return s.stale && s.observedAtMs >= outageEnd;
        })) << "no stale sample through the outage";
        bithumbBack();
        const qint64 back = QDateTime::currentMSecsSinceEpoch();
        const auto fresh
            = sampleWhere(samples, [&](const PremiumSample &s) { return !s.stale && s.korea.receivedAtMs >= back; });
        ASSERT_TRUE(fresh) << "run " << run << ": still stale 5 s after the venue's return";
        recoveriesMs.push_back(fresh->observedAtMs - back);
    }
    std::sort(recoveriesMs.begin(), recoveriesMs.end());
    const qint64 p95 = recoveriesMs.at(recoveriesMs.size() * 95 / 100 - 1);
    QStringList all;
    for (qint64 ms : recoveriesMs)
        all.append(QString::number(ms));
    RecordProperty("recoveries_ms", all.join(u' ').toStdString());
    // About three periods: the venue is asked again within two (its backoff), and its cycle now
    // holds two requests (last prices and books) through the venue's gate, where one ticker did.
    EXPECT_LE(p95, 3 * period + period / 2) << "recoveries (ms): " << all.join(u' ').toStdString();
}

TEST_F(MarketFeedResilienceTest, ASpikeIsHeldBackAndDroppedWhenTheNextTickDisagrees)
{
    server.setRouteSequence(kTicker,
                            { FixtureResponse { .body = tickerAt("129555000") },
                              FixtureResponse { .body = tickerAt("100000000") },
                              FixtureResponse { .body = tickerAt("129560000") } });
    MarketFeed feed(config);
    QSignalSpy samples(feed.monitor(), &PremiumMonitor::sampled);
    QSignalSpy issues(&feed, &MarketFeed::dataIssue);
    feed.start();
    ASSERT_TRUE(sampleWhere(samples, [](const PremiumSample &s) { return s.korea.price.toString() == u"129560000"; }));
    const auto held = std::find_if(issues.cbegin(), issues.cend(), [](const QList<QVariant> &args) {
        const DataIssue issue = args.at(0).value<DataIssue>();
        return issue.kind == DataIssue::Kind::Outlier && issue.venue == u"bithumb" && issue.coin == u"BTC";
    });
    ASSERT_NE(held, issues.cend()) << "the spike was not reported";
    // An outlier is about the value, not the venue: Bithumb stays healthy.
    EXPECT_FALSE(feed.gates()->gate(QStringLiteral("bithumb"))->health(QDateTime::currentMSecsSinceEpoch()).lastError);
    // The dropped spike never comes back in the next cycles.
    samples.clear();
    ASSERT_TRUE(QTest::qWaitFor([&] { return samples.count() >= 3; }, 3000));
    for (const QList<QVariant> &args : std::as_const(samples))
        EXPECT_NE(args.at(0).value<PremiumSample>().korea.price.toString(), QStringLiteral("100000000"));
}

TEST_F(MarketFeedResilienceTest, AMoveConfirmedByTwoTicksIsShown)
{
    server.setRouteSequence(
        kTicker,
        { FixtureResponse { .body = tickerAt("129555000") }, FixtureResponse { .body = tickerAt("100000000") } });
    MarketFeed feed(config);
    QSignalSpy samples(feed.monitor(), &PremiumMonitor::sampled);
    feed.start();
    const auto moved
        = sampleWhere(samples, [](const PremiumSample &s) { return s.korea.price.toString() == u"100000000"; });
    ASSERT_TRUE(moved);
    // Two confirming ticks after the first: at least three requests saw the new price.
    EXPECT_GE(server.requestCount(kTicker), 4);
}

TEST_F(MarketFeedResilienceTest, TheFxChainFallsThroughToTheKeyedSources)
{
    const QString exchangeRateKey = QStringLiteral("a1b2c3d4e5f6a7b8c9d0e1f2");
    config.apiKeys = { { QStringLiteral("exchangerate-api"), exchangeRateKey },
                       { QStringLiteral("koreaexim"), QStringLiteral("EximKey123456") } };
    config.fxPeriodMs = 200;
    const QString v6Path = QStringLiteral("/v6/") + exchangeRateKey + QStringLiteral("/pair/USD/KRW");
    const QString eximPath = QStringLiteral("/site/program/financial/exchangeJSON");
    server.setRoute(QStringLiteral("/v1/forex/recent"),
                    FixtureResponse::fromFile(QStringLiteral("errors/cloudflare-502.html"), 502));
    server.setRoute(QStringLiteral("/v6/latest/USD"), FixtureResponse { .neverReply = true });
    server.setRoute(v6Path, FixtureResponse::fromFile(QStringLiteral("fx/exchangerate-api-v6-pair-usd-krw.json")));
    server.setRoute(eximPath, FixtureResponse::fromFile(QStringLiteral("fx/koreaexim-exchangejson.json")));
    MarketFeed feed(config);
    QSignalSpy samples(feed.monitor(), &PremiumMonitor::sampled);
    feed.start();
    const auto third = sampleWhere(
        samples, [](const PremiumSample &s) { return s.fx.venue == u"exchangerate-api"; }, 8000);
    ASSERT_TRUE(third);
    EXPECT_EQ(third->fx.price.toString(), QStringLiteral("1419.8712"));

    server.setRoute(v6Path,
                    FixtureResponse::fromFile(QStringLiteral("fx/exchangerate-api-v6-error-invalid-key.json"), 403));
    const auto fourth = sampleWhere(
        samples, [](const PremiumSample &s) { return s.fx.venue == u"koreaexim"; }, 8000);
    ASSERT_TRUE(fourth);
    EXPECT_EQ(fourth->fx.price.toString(), QStringLiteral("1432.6"));
    bool keyedQuery = false;
    for (const RecordedRequest &request : server.requests())
        keyedQuery |= request.path == eximPath && request.query == u"authkey=EximKey123456&data=AP01";
    EXPECT_TRUE(keyedQuery);
}

TEST_F(MarketFeedResilienceTest, KeyedSourcesWithoutAKeyAreLeftOut)
{
    server.setRoute(QStringLiteral("/v1/forex/recent"),
                    FixtureResponse::fromFile(QStringLiteral("errors/cloudflare-502.html"), 502));
    server.setRoute(QStringLiteral("/v6/latest/USD"),
                    FixtureResponse::fromFile(QStringLiteral("errors/cloudflare-502.html"), 502));
    MarketFeed feed(config);
    ASSERT_EQ(feed.fxPoller()->endpoints().size(), 2);
    QSignalSpy status(feed.monitor(), &PremiumMonitor::feedStatusChanged);
    feed.start();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return feed.monitor()->status(FeedRole::Fx).state == FeedStatus::State::Failing; }, 6000));
    EXPECT_EQ(feed.monitor()->status(FeedRole::Fx).error->httpStatus, 502);
}

TEST_F(MarketFeedResilienceTest, KoreaEximBeforePublicationIsNoDataAndTheChainReportsThePrimary)
{
    config.apiKeys = { { QStringLiteral("koreaexim"), QStringLiteral("EximKey123456") } };
    config.fxSources = { QStringLiteral("koreaexim") };
    server.setRoute(QStringLiteral("/site/program/financial/exchangeJSON"),
                    FixtureResponse::fromFile(QStringLiteral("fx/koreaexim-empty-before-publication.json")));
    MarketFeed feed(config);
    feed.start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return feed.monitor()->status(FeedRole::Fx).error.has_value(); }, 3000));
    EXPECT_EQ(feed.monitor()->status(FeedRole::Fx).error->kind, FetchError::Kind::NoData);
    EXPECT_EQ(feed.gates()
                  ->gate(QStringLiteral("koreaexim"))
                  ->health(QDateTime::currentMSecsSinceEpoch())
                  .consecutiveFailures,
              0);
}

TEST_F(MarketFeedResilienceTest, AManualRateOverridesTheFeedsUntilCleared)
{
    config.manualFx = Decimal::fromInteger(1400);
    MarketFeed feed(config);
    QSignalSpy samples(feed.monitor(), &PremiumMonitor::sampled);
    feed.start();
    const auto manual = sampleWhere(samples, [](const PremiumSample &) { return true; });
    ASSERT_TRUE(manual);
    EXPECT_EQ(manual->fx.venue, QStringLiteral("manual"));
    EXPECT_EQ(manual->fx.price.toString(), QStringLiteral("1400"));
    // (129555000 - 89277.1 x 1400) / 129555000 = 3.53 %
    EXPECT_EQ(manual->rate.toFixed(2), QStringLiteral("3.53"));
    EXPECT_FALSE(manual->stale);
    // Dunamu still answered: clearing goes back to it at once.
    ASSERT_TRUE(QTest::qWaitFor([&] { return server.requestCount(QStringLiteral("/v1/forex/recent")) == 1; }, 3000));
    feed.setManualFx(std::nullopt);
    const auto live = sampleWhere(samples, [](const PremiumSample &s) { return s.fx.venue == u"dunamu"; });
    ASSERT_TRUE(live);
    EXPECT_EQ(live->rate.toFixed(2), QStringLiteral("1.28"));
    EXPECT_EQ(feed.fxKeeper()->origin(), FxKeeper::Origin::Live);
}

TEST_F(MarketFeedResilienceTest, ARestartUsesTheSavedRateMarkedWithItsAge)
{
    QTemporaryDir dir;
    config.stateFile = dir.filePath(QStringLiteral("state.ini"));
    qint64 firstReceived = 0;
    {
        MarketFeed feed(config);
        QSignalSpy samples(feed.monitor(), &PremiumMonitor::sampled);
        feed.start();
        const auto first = sampleWhere(samples, [](const PremiumSample &) { return true; });
        ASSERT_TRUE(first);
        firstReceived = first->fx.receivedAtMs;
        feed.stop();
    }
    server.setRoute(QStringLiteral("/v1/forex/recent"),
                    FixtureResponse::fromFile(QStringLiteral("errors/cloudflare-502.html"), 502));
    server.setRoute(QStringLiteral("/v6/latest/USD"),
                    FixtureResponse::fromFile(QStringLiteral("errors/cloudflare-502.html"), 502));
    MarketFeed feed(config);
    EXPECT_EQ(feed.fxKeeper()->origin(), FxKeeper::Origin::Saved);
    QSignalSpy samples(feed.monitor(), &PremiumMonitor::sampled);
    feed.start();
    const auto restarted = sampleWhere(samples, [](const PremiumSample &) { return true; });
    ASSERT_TRUE(restarted) << "no premium from the saved rate";
    EXPECT_EQ(restarted->fx.price.toString(), QStringLiteral("1432.6"));
    EXPECT_EQ(restarted->fx.venue, QStringLiteral("dunamu"));
    EXPECT_EQ(restarted->fx.receivedAtMs, firstReceived);
    EXPECT_EQ(restarted->rate.toFixed(2), QStringLiteral("1.28"));
    // Its age counts from when the first run received it, not from the restart: an hour later
    // it is an hour old, and never live (failing, once the FX sources have answered 502 by the
    // time the first premium comes, which takes a listing and a cycle of each venue).
    feed.monitor()->setClock([firstReceived] { return firstReceived + 3'600'000; });
    const FeedStatus fx = feed.monitor()->status(FeedRole::Fx);
    EXPECT_EQ(fx.lastQuote->receivedAtMs, firstReceived);
    EXPECT_EQ(fx.ageMs, 3'600'000);
    EXPECT_NE(fx.state, FeedStatus::State::Live);
}

TEST_F(MarketFeedResilienceTest, BinancesPublishedLimitIsApplied)
{
    QByteArray info = FixtureResponse::fromFile(QStringLiteral("binance/fapi-v1-exchangeinfo-many.json")).body;
    info.replace("\"limit\": 2400", "\"limit\": 1800");
    server.setRoute(QStringLiteral("/fapi/v1/exchangeInfo"), FixtureResponse { .body = info });
    MarketFeed feed(config);
    feed.start();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return feed.gates()
                       ->gate(QStringLiteral("binance"))
                       ->health(QDateTime::currentMSecsSinceEpoch())
                       .weightLimit
                == 1800;
        },
        3000));
}
