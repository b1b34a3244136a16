#include "exchanges/httppoller.h"
#include "exchanges/ratelimitprobe.h"
#include "exchanges/venuecatalog.h"
#include "exchanges/venuegates.h"

#include "../../common/singlesymbolendpoints.h"
#include "fixtureserver.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

// The poller, its venue gate and a real loopback venue that refuses in every way venues do. Each
// test asserts what the venue received: when, and how often.
namespace {

const QString kTicker = QStringLiteral("/v1/ticker");
const QString kPerp = QStringLiteral("/fapi/v2/ticker/price");
const QString kGood = QStringLiteral("bithumb/v1-ticker-krw-btc.json");

class ResiliencePollerTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(server.listen()); }

    // Failure handling isolated per test: no jitter unless asked, a breaker that stays out of the way.
    static VenueLimits limits(const QString &venue)
    {
        VenueLimits limits = VenueLimits::defaults(venue);
        limits.backoffBaseMs = 1;
        limits.backoffCapMs = 1;
        limits.breaker.threshold = limits.breaker.window;
        return limits;
    }

    HttpPoller *bithumb(VenueGates &gates, int periodMs = 20, int timeoutMs = 500)
    {
        return make(gates,
                    bithumbBtcTicker(server.baseUrl()),
                    periodMs, timeoutMs);
    }

    HttpPoller *make(VenueGates &gates, const Endpoint &endpoint, int periodMs, int timeoutMs)
    {
        auto *poller = new HttpPoller(&network, { endpoint }, &network);
        poller->setGates(&gates);
        poller->setPeriodMs(periodMs);
        poller->setRetryAfterFailureMs(periodMs);
        poller->setTimeoutMs(timeoutMs);
        return poller;
    }

    QList<qint64> arrivals(const QString &path) const
    {
        QList<qint64> times;
        for (const RecordedRequest &request : server.requests()) {
            if (request.path == path)
                times.append(request.receivedAtMs);
        }
        return times;
    }

    static FetchError errorAt(const QSignalSpy &spy, qsizetype index)
    {
        return spy.at(index).at(0).value<FetchError>();
    }
    static VenueHealth healthAt(const QSignalSpy &spy, qsizetype index)
    {
        return spy.at(index).at(0).value<VenueHealth>();
    }

    // Waits until a health published after index `from` satisfies `predicate`; returns its index or -1.
    template<typename Predicate>
    static qsizetype waitForHealth(QSignalSpy &spy, Predicate predicate, int timeoutMs, qsizetype from = 0)
    {
        QDeadlineTimer deadline(timeoutMs);
        qsizetype seen = from;
        while (!deadline.hasExpired()) {
            for (; seen < spy.count(); ++seen) {
                if (predicate(healthAt(spy, seen)))
                    return seen;
            }
            spy.wait(static_cast<int>(std::max<qint64>(1, deadline.remainingTime())));
        }
        return -1;
    }

    static bool isOpen(const VenueHealth &health) { return health.breaker == CircuitBreaker::State::Open; }
    static bool isHalfOpen(const VenueHealth &health) { return health.breaker == CircuitBreaker::State::HalfOpen; }
    static bool isClosed(const VenueHealth &health) { return health.breaker == CircuitBreaker::State::Closed; }

    // The contract's breaker (10 failures of the last 20, three probes) open for `openMs` only,
    // and Bithumb answering with Cloudflare's error page.
    std::unique_ptr<VenueGates> failingBithumbWithBreaker(qint64 openMs)
    {
        VenueLimits bithumbLimits = limits(QStringLiteral("bithumb"));
        bithumbLimits.breaker = CircuitBreaker::Policy {};
        bithumbLimits.breaker.openMs = openMs;
        server.setRoute(kTicker, FixtureResponse::fromFile(QStringLiteral("errors/cloudflare-502.html"), 502));
        return std::make_unique<VenueGates>(
            QHash<QString, VenueLimits> { { QStringLiteral("bithumb"), bithumbLimits } });
    }

    FixtureServer server;
    QNetworkAccessManager network;
};

FixtureResponse tooManyRequests(QList<std::pair<QByteArray, QByteArray>> headers = {})
{
    FixtureResponse response
        = FixtureResponse::fromFile(QStringLiteral("binance/fapi-error-too-many-requests.json"), 429);
    response.headers = std::move(headers);
    return response;
}

} // namespace

TEST_F(ResiliencePollerTest, RetryAfterInSecondsHoldsEveryRequestUntilItEnds)
{
    VenueGates gates({ { QStringLiteral("bithumb"), limits(QStringLiteral("bithumb")) } });
    server.setRouteSequence(kTicker, { tooManyRequests({ { "Retry-After", "1" } }), FixtureResponse::fromFile(kGood) });
    HttpPoller *poller = bithumb(gates);
    QSignalSpy quotes(poller, &HttpPoller::quoteReceived);
    QSignalSpy failures(poller, &HttpPoller::fetchFailed);
    poller->start();
    ASSERT_TRUE(quotes.wait(4000));
    const QList<qint64> times = arrivals(kTicker);
    ASSERT_EQ(times.size(), 2) << "a request inside the Retry-After window";
    EXPECT_GE(times[1] - times[0], 990);
    // The cycles in between reported the wait instead of asking.
    EXPECT_GE(failures.count(), 10);
    EXPECT_EQ(errorAt(failures, 0).kind, FetchError::Kind::RateLimited);
    EXPECT_EQ(errorAt(failures, 0).httpStatus, 429);
}

TEST_F(ResiliencePollerTest, RetryAfterAsAnHttpDate)
{
    VenueGates gates({ { QStringLiteral("bithumb"), limits(QStringLiteral("bithumb")) } });
    // Two whole seconds ahead: an HTTP date has no milliseconds.
    const QDateTime until = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() + 2, Qt::UTC);
    const QByteArray date = QLocale::c().toString(until, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
    server.setRouteSequence(kTicker,
                            { tooManyRequests({ { "Retry-After", date } }), FixtureResponse::fromFile(kGood) });
    HttpPoller *poller = bithumb(gates);
    QSignalSpy quotes(poller, &HttpPoller::quoteReceived);
    poller->start();
    ASSERT_TRUE(quotes.wait(5000));
    const QList<qint64> times = arrivals(kTicker);
    ASSERT_EQ(times.size(), 2);
    EXPECT_GE(times[1], until.toMSecsSinceEpoch() - 5);
}

TEST_F(ResiliencePollerTest, RateLimitWithoutRetryAfterBacksOffExponentiallyUpToTheCap)
{
    VenueLimits slow = limits(QStringLiteral("bithumb"));
    slow.backoffBaseMs = 50;
    slow.backoffCapMs = 400;
    VenueGates gates({ { QStringLiteral("bithumb"), slow } });
    server.setRoute(kTicker, tooManyRequests());
    HttpPoller *poller = bithumb(gates, 5, 500);
    QSignalSpy failures(poller, &HttpPoller::fetchFailed);
    poller->start();
    QDeadlineTimer deadline(2000);
    while (!deadline.hasExpired())
        failures.wait(static_cast<int>(std::max<qint64>(1, deadline.remainingTime())));
    poller->stop();
    const QList<qint64> times = arrivals(kTicker);
    // A 5 ms cadence would have asked ~400 times; draws from 50, 100, 200, 400, 400 ... ms average
    // out near 200 ms once capped.
    EXPECT_GE(times.size(), 4);
    EXPECT_LE(times.size(), 40);
    qint64 widest = 0;
    for (qsizetype i = 1; i < times.size(); ++i)
        widest = std::max(widest, times[i] - times[i - 1]);
    EXPECT_LE(widest, 400 + 150) << "the cap of the backoff was not respected";
}

TEST_F(ResiliencePollerTest, ABannedVenueIsNotCalledUntilTheBanInItsMessageEnds)
{
    VenueGates gates({ { QStringLiteral("binance"), limits(QStringLiteral("binance")) } });
    const qint64 banEnd = QDateTime::currentMSecsSinceEpoch() + 1500;
    FixtureResponse banned { .status = 418,
                             .body = "{\"code\":-1003,\"msg\":\"Way too many requests; IP banned until "
                                 + QByteArray::number(banEnd)
                                 + ". Please use the websocket for live updates to avoid bans.\"}" };
    server.setRouteSequence(
        kPerp, { banned, FixtureResponse::fromFile(QStringLiteral("binance/fapi-ticker-price-btcusdt.json")) });
    HttpPoller *poller = make(
        gates, binanceBtcPerpPrice(server.baseUrl()), 20, 500);
    QSignalSpy quotes(poller, &HttpPoller::quoteReceived);
    QSignalSpy failures(poller, &HttpPoller::fetchFailed);
    QSignalSpy health(&gates, &VenueGates::healthChanged);
    poller->start();
    ASSERT_TRUE(failures.wait(2000));
    EXPECT_EQ(errorAt(failures, 0).kind, FetchError::Kind::Banned);
    EXPECT_NEAR(static_cast<double>(errorAt(failures, 0).retryAfterMs.value_or(0)), 1500, 200);
    EXPECT_EQ(healthAt(health, health.count() - 1).bannedUntilMs, banEnd);
    ASSERT_TRUE(quotes.wait(4000));
    const QList<qint64> times = arrivals(kPerp);
    ASSERT_EQ(times.size(), 2) << "a request during the ban";
    EXPECT_GE(times[1], banEnd - 5);
}

TEST_F(ResiliencePollerTest, ABanWithoutAnEndLastsAtLeastTheMinimum)
{
    VenueLimits binance = limits(QStringLiteral("binance"));
    binance.minBanMs = 1200;
    VenueGates gates({ { QStringLiteral("binance"), binance } });
    // The fixture's ban ended hours ago: no usable end.
    server.setRouteSequence(kPerp,
                            { FixtureResponse::fromFile(QStringLiteral("binance/fapi-error-ip-banned.json"), 418),
                              FixtureResponse::fromFile(QStringLiteral("binance/fapi-ticker-price-btcusdt.json")) });
    HttpPoller *poller = make(
        gates, binanceBtcPerpPrice(server.baseUrl()), 20, 500);
    QSignalSpy quotes(poller, &HttpPoller::quoteReceived);
    poller->start();
    ASSERT_TRUE(quotes.wait(4000));
    const QList<qint64> times = arrivals(kPerp);
    ASSERT_EQ(times.size(), 2);
    EXPECT_GE(times[1] - times[0], 1190);
}

TEST_F(ResiliencePollerTest, ABurstOfServerErrorsOpensTheBreakerAndProbesCloseIt)
{
    const auto gates = failingBithumbWithBreaker(800);
    HttpPoller *poller = bithumb(*gates, 10, 500);
    QSignalSpy health(gates.get(), &VenueGates::healthChanged);
    QSignalSpy quotes(poller, &HttpPoller::quoteReceived);
    poller->start();
    const qsizetype opened = waitForHealth(health, isOpen, 3000);
    ASSERT_GE(opened, 0);
    EXPECT_EQ(server.requestCount(kTicker), 10);
    // The venue comes back while the breaker is open; it must still wait for the open time to pass.
    server.setRoute(kTicker, FixtureResponse::fromFile(kGood));
    const qsizetype halfOpen = waitForHealth(health, isHalfOpen, 3000, opened);
    ASSERT_GE(halfOpen, 0);
    ASSERT_GE(waitForHealth(health, isClosed, 3000, halfOpen), 0);
    const QList<qint64> times = arrivals(kTicker);
    ASSERT_GE(times.size(), 13);
    EXPECT_GE(times[10] - times[9], 790) << "a request while the breaker was open";
    // Three probes closed it; polling goes on at the cadence.
    EXPECT_GE(quotes.count(), 3);
    const qsizetype before = server.requestCount(kTicker);
    ASSERT_TRUE(QTest::qWaitFor([&] { return server.requestCount(kTicker) >= before + 5; }, 2000));
}

TEST_F(ResiliencePollerTest, AFailedProbeOpensTheBreakerAgain)
{
    const auto gates = failingBithumbWithBreaker(500);
    HttpPoller *poller = bithumb(*gates, 10, 500);
    QSignalSpy health(gates.get(), &VenueGates::healthChanged);
    poller->start();
    const qsizetype opened = waitForHealth(health, isOpen, 3000);
    ASSERT_GE(opened, 0);
    const qsizetype probing = waitForHealth(health, isHalfOpen, 3000, opened);
    ASSERT_GE(probing, 0);
    ASSERT_GE(waitForHealth(health, isOpen, 3000, probing), 0);
    poller->stop();
    const QList<qint64> times = arrivals(kTicker);
    ASSERT_EQ(times.size(), 11) << "more than one probe went out after a failed one";
    EXPECT_GE(times[10] - times[9], 490);
}

TEST_F(ResiliencePollerTest, TimeoutsAndRefusedConnectionsAreFailuresOfTheVenue)
{
    VenueGates gates({ { QStringLiteral("bithumb"), limits(QStringLiteral("bithumb")) } });
    server.setRoute(kTicker, FixtureResponse { .neverReply = true });
    HttpPoller *poller = bithumb(gates, 20, 100);
    QSignalSpy failures(poller, &HttpPoller::fetchFailed);
    poller->start();
    ASSERT_TRUE(failures.wait(2000));
    EXPECT_EQ(errorAt(failures, 0).kind, FetchError::Kind::Timeout);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return gates.gate(QStringLiteral("bithumb"))
                       ->health(QDateTime::currentMSecsSinceEpoch())
                       .consecutiveFailures
                >= 2;
        },
        2000));

    server.stop();
    failures.clear();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return !failures.isEmpty()
                && errorAt(failures, failures.count() - 1).kind == FetchError::Kind::ConnectionRefused;
        },
        2000));
    EXPECT_GE(gates.gate(QStringLiteral("bithumb"))->health(QDateTime::currentMSecsSinceEpoch()).consecutiveFailures,
              3);
}

TEST_F(ResiliencePollerTest, ASlowlyTricklingReplyTimesOutAndAFasterOneArrives)
{
    VenueGates gates({ { QStringLiteral("bithumb"), limits(QStringLiteral("bithumb")) } });
    FixtureResponse crawling = FixtureResponse::fromFile(kGood);
    crawling.trickleChunkBytes = 16;
    crawling.trickleIntervalMs = 100;
    FixtureResponse brisk = FixtureResponse::fromFile(kGood);
    brisk.trickleChunkBytes = 256;
    brisk.trickleIntervalMs = 20;
    server.setRouteSequence(kTicker, { crawling, brisk });
    HttpPoller *poller = bithumb(gates, 50, 400);
    QSignalSpy failures(poller, &HttpPoller::fetchFailed);
    QSignalSpy quotes(poller, &HttpPoller::quoteReceived);
    poller->start();
    ASSERT_TRUE(quotes.wait(3000));
    ASSERT_GE(failures.count(), 1);
    EXPECT_EQ(errorAt(failures, 0).kind, FetchError::Kind::Timeout);
    EXPECT_EQ(quotes.at(0).at(0).value<Quote>().price.toString(), QStringLiteral("129555000"));
}

TEST_F(ResiliencePollerTest, PollersSharingAVenueNeverExceedItsBudget)
{
    VenueLimits tight = limits(QStringLiteral("bithumb"));
    tight.requestsPerSecond = 10;
    VenueGates gates({ { QStringLiteral("bithumb"), tight } });
    server.setRoute(kTicker, FixtureResponse::fromFile(kGood));
    QList<HttpPoller *> pollers;
    for (int i = 0; i < 4; ++i) {
        pollers.append(bithumb(gates, 10, 500));
        pollers.last()->start();
    }
    ASSERT_TRUE(QTest::qWaitFor([&] { return server.requestCount(kTicker) >= 25; }, 5000));
    for (HttpPoller *poller : pollers)
        poller->stop();
    const QList<qint64> times = arrivals(kTicker);
    // Arrival times jitter by the loopback's latency; the budget is on send times.
    for (qsizetype i = 10; i < times.size(); ++i)
        EXPECT_GE(times[i] - times[i - 10], 980) << "11 requests within a second, ending at #" << i;
}

TEST_F(ResiliencePollerTest, UsedWeightNearTheLimitHoldsRequestsUntilTheNextWindow)
{
    VenueGates gates({ { QStringLiteral("binance"), limits(QStringLiteral("binance")) } });
    // A two-second window with room for 100: the reply says 96 are used (over 95 %).
    gates.gate(QStringLiteral("binance"), server.baseUrl())->setWeightLimit(100, 2000);
    FixtureResponse heavy = FixtureResponse::fromFile(QStringLiteral("binance/fapi-ticker-price-btcusdt.json"));
    heavy.headers = { { "X-MBX-USED-WEIGHT-1M", "96" } };
    FixtureResponse light = FixtureResponse::fromFile(QStringLiteral("binance/fapi-ticker-price-btcusdt.json"));
    light.headers = { { "X-MBX-USED-WEIGHT-1M", "1" } };
    server.setRouteSequence(kPerp, { heavy, light });
    HttpPoller *poller = make(
        gates, binanceBtcPerpPrice(server.baseUrl()), 20, 500);
    QSignalSpy quotes(poller, &HttpPoller::quoteReceived);
    poller->start();
    ASSERT_TRUE(quotes.wait(2000));
    const qint64 first = arrivals(kPerp).constFirst();
    const qint64 windowEnd = first - first % 2000 + 2000;
    ASSERT_TRUE(QTest::qWaitFor([&] { return server.requestCount(kPerp) >= 2; }, 4000));
    EXPECT_GE(arrivals(kPerp)[1], windowEnd) << "asked again before the weight window rolled over";
    EXPECT_EQ(gates.gate(QStringLiteral("binance"))->health(QDateTime::currentMSecsSinceEpoch()).usedWeight, 1);
}

TEST_F(ResiliencePollerTest, TheWeightLimitComesFromExchangeInfo)
{
    VenueGates gates;
    QByteArray info = FixtureResponse::fromFile(QStringLiteral("binance/fapi-exchangeinfo-ratelimits.json")).body;
    info.replace("\"limit\": 2400", "\"limit\": 1200");
    server.setRoute(QStringLiteral("/fapi/v1/exchangeInfo"),
                    FixtureResponse { .body = info, .headers = { { "X-MBX-USED-WEIGHT-1M", "7" } } });
    VenueGate *gate = gates.gate(QStringLiteral("binance"));
    EXPECT_EQ(gate->health(0).weightLimit, 2400);
    RateLimitProbe probe(&network, gate, binanceLimitsUrl(server.baseUrl()));
    QSignalSpy finished(&probe, &RateLimitProbe::finished);
    probe.start();
    ASSERT_TRUE(finished.wait(3000));
    EXPECT_TRUE(finished.at(0).at(0).toBool());
    const VenueHealth health = gate->health(QDateTime::currentMSecsSinceEpoch());
    EXPECT_EQ(health.weightLimit, 1200);
    EXPECT_EQ(health.usedWeight, 7);

    // Unreadable limits keep the default and do not count against the venue.
    server.setRoute(QStringLiteral("/fapi/v1/exchangeInfo"),
                    FixtureResponse::fromFile(QStringLiteral("errors/cloudflare-502.html"), 502));
    VenueGates fresh;
    RateLimitProbe failing(&network, fresh.gate(QStringLiteral("binance")),
                           binanceLimitsUrl(server.baseUrl()));
    QSignalSpy failed(&failing, &RateLimitProbe::finished);
    failing.start();
    ASSERT_TRUE(failed.wait(3000));
    EXPECT_FALSE(failed.at(0).at(0).toBool());
    EXPECT_EQ(fresh.gate(QStringLiteral("binance"))->health(0).weightLimit, 2400);
    EXPECT_EQ(fresh.gate(QStringLiteral("binance"))->health(0).consecutiveFailures, 0);
}

TEST_F(ResiliencePollerTest, TheDailyFxBudgetHoldsAcrossARestart)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("state.ini"));
    VenueLimits dunamu = limits(QStringLiteral("dunamu"));
    dunamu.requestsPerDay = 3;
    const QString fxPath = QStringLiteral("/v1/forex/recent");
    server.setRoute(fxPath, FixtureResponse::fromFile(QStringLiteral("fx/dunamu-forex-recent-usd.json")));
    const Endpoint endpoint = *VenueCatalog::usdKrw(QStringLiteral("dunamu"), server.baseUrl());
    // One run of the app: a poller on a fresh gate over the state file, until the budget refuses.
    const auto run = [&] {
        QSettings state(path, QSettings::IniFormat);
        VenueGates gates({ { QStringLiteral("dunamu"), dunamu } }, &state);
        std::unique_ptr<HttpPoller> poller(make(gates, endpoint, 10, 500));
        QSignalSpy failures(poller.get(), &HttpPoller::fetchFailed);
        poller->start();
        EXPECT_TRUE(failures.wait(3000));
        poller->stop();
        return failures.isEmpty() ? FetchError {} : errorAt(failures, 0);
    };
    const FetchError refused = run();
    EXPECT_EQ(refused.kind, FetchError::Kind::RateLimited);
    EXPECT_TRUE(refused.detail.contains(QStringLiteral("daily budget")));
    EXPECT_EQ(server.requestCount(fxPath), 3);
    run();
    EXPECT_EQ(server.requestCount(fxPath), 3) << "a restart handed out a fresh day's budget";
}
