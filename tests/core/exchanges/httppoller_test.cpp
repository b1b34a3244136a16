#include "exchanges/httppoller.h"
#include "exchanges/venuecatalog.h"
#include "exchanges/venuegates.h"

#include "../../common/singlesymbolendpoints.h"
#include "fixtureserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>

#include <gtest/gtest.h>

namespace {

const QString kTicker = QStringLiteral("/v1/ticker");
const QString kGood = QStringLiteral("bithumb/v1-ticker-krw-btc.json");

class HttpPollerTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(server.listen()); }

    // These tests are about the cadence, not the backoff (resiliencepoller_test.cpp): a backoff of
    // at most 1 ms never holds a cycle back.
    static QHash<QString, VenueLimits> quickRetries()
    {
        QHash<QString, VenueLimits> limits;
        for (const char *venue : {"bithumb", "binance", "dunamu", "open-er-api"}) {
            VenueLimits venueLimits = VenueLimits::defaults(QString::fromLatin1(venue));
            venueLimits.backoffBaseMs = 1;
            venueLimits.backoffCapMs = 1;
            limits.insert(QString::fromLatin1(venue), venueLimits);
        }
        return limits;
    }

    HttpPoller *makePoller(int periodMs, int timeoutMs, QList<Endpoint> extra = {})
    {
        QList<Endpoint> endpoints{bithumbBtcTicker(server.baseUrl())};
        endpoints += extra;
        auto *poller = new HttpPoller(&network, endpoints, &network);
        poller->setGates(&gates);
        poller->setPeriodMs(periodMs);
        poller->setRetryAfterFailureMs(periodMs);
        poller->setTimeoutMs(timeoutMs);
        return poller;
    }

    static FetchError errorAt(QSignalSpy &spy, int index) { return spy.at(index).at(0).value<FetchError>(); }

    FixtureServer server;
    VenueGates gates{quickRetries()};
    QNetworkAccessManager network;
};

} // namespace

TEST_F(HttpPollerTest, AsksTheRealPathAndEmitsTheQuote)
{
    server.setRoute(kTicker, FixtureResponse::fromFile(kGood));
    HttpPoller *poller = makePoller(100, 80);
    QSignalSpy quotes(poller, &HttpPoller::quoteReceived);
    poller->start();
    ASSERT_TRUE(quotes.wait(2000));
    const Quote quote = quotes.at(0).at(0).value<Quote>();
    EXPECT_EQ(quote.price.toString(), QStringLiteral("129555000"));
    const RecordedRequest request = server.requests().constFirst();
    EXPECT_EQ(request.path, kTicker);
    EXPECT_EQ(request.query, QStringLiteral("markets=KRW-BTC"));
}

TEST_F(HttpPollerTest, NeverHasTwoRequestsInFlight)
{
    // Each reply takes 150 ms while the period is 50 ms: requests must queue behind replies.
    FixtureResponse slow = FixtureResponse::fromFile(kGood);
    slow.delayMs = 150;
    server.setRoute(kTicker, slow);
    HttpPoller *poller = makePoller(50, 1000);
    QSignalSpy quotes(poller, &HttpPoller::quoteReceived);
    poller->start();
    while (quotes.count() < 4)
        ASSERT_TRUE(quotes.wait(2000));
    poller->stop();
    const QList<RecordedRequest> requests = server.requests();
    ASSERT_GE(requests.size(), 4);
    for (qsizetype i = 1; i < requests.size(); ++i)
        EXPECT_GE(requests[i].receivedAtMs - requests[i - 1].receivedAtMs, 145) << i;
}

TEST_F(HttpPollerTest, KeepsTheCadenceWhenRepliesAreFast)
{
    server.setRoute(kTicker, FixtureResponse::fromFile(kGood));
    HttpPoller *poller = makePoller(100, 80);
    QSignalSpy quotes(poller, &HttpPoller::quoteReceived);
    poller->start();
    while (quotes.count() < 6)
        ASSERT_TRUE(quotes.wait(2000));
    poller->stop();
    const QList<RecordedRequest> requests = server.requests();
    const qint64 span = requests.last().receivedAtMs - requests.first().receivedAtMs;
    // Five periods of 100 ms, not five periods plus five reply latencies; generous for slow CI.
    EXPECT_GE(span, 480);
    EXPECT_LE(span, 800);
}

TEST_F(HttpPollerTest, AReplyThatNeverComesTimesOutAndPollingGoesOn)
{
    server.setRoute(kTicker, FixtureResponse{.neverReply = true});
    HttpPoller *poller = makePoller(100, 150);
    QSignalSpy failures(poller, &HttpPoller::fetchFailed);
    QSignalSpy quotes(poller, &HttpPoller::quoteReceived);
    poller->start();
    ASSERT_TRUE(failures.wait(3000));
    EXPECT_EQ(errorAt(failures, 0).kind, FetchError::Kind::Timeout);

    server.setRoute(kTicker, FixtureResponse::fromFile(kGood));
    ASSERT_TRUE(quotes.wait(3000));
}

TEST_F(HttpPollerTest, RefusedConnectionsAreReportedAndRecoveryIsAutomatic)
{
    const quint16 port = server.port();
    server.stop();
    HttpPoller *poller = makePoller(100, 80);
    QSignalSpy failures(poller, &HttpPoller::fetchFailed);
    QSignalSpy quotes(poller, &HttpPoller::quoteReceived);
    poller->start();
    ASSERT_TRUE(failures.wait(3000));
    EXPECT_EQ(errorAt(failures, 0).kind, FetchError::Kind::ConnectionRefused);

    ASSERT_TRUE(server.listen(port));
    server.setRoute(kTicker, FixtureResponse::fromFile(kGood));
    ASSERT_TRUE(quotes.wait(3000));
}

TEST_F(HttpPollerTest, HtmlErrorPagesAndBrokenBodiesAreErrors)
{
    server.setRouteSequence(kTicker, {FixtureResponse::fromFile(QStringLiteral("errors/cloudflare-502.html"), 502),
                                      FixtureResponse::fromFile(QStringLiteral("errors/truncated.json")),
                                      FixtureResponse::fromFile(QStringLiteral("bithumb/v1-error-code-not-found.json")),
                                      FixtureResponse::fromFile(kGood)});
    HttpPoller *poller = makePoller(20, 500);
    QSignalSpy failures(poller, &HttpPoller::fetchFailed);
    QSignalSpy quotes(poller, &HttpPoller::quoteReceived);
    poller->start();
    ASSERT_TRUE(quotes.wait(3000));
    ASSERT_EQ(failures.count(), 3);
    EXPECT_EQ(errorAt(failures, 0).kind, FetchError::Kind::HttpStatus);
    EXPECT_EQ(errorAt(failures, 0).httpStatus, 502);
    EXPECT_EQ(errorAt(failures, 1).kind, FetchError::Kind::Malformed);
    EXPECT_EQ(errorAt(failures, 2).kind, FetchError::Kind::ApiError);
}

TEST_F(HttpPollerTest, RateLimitIsHonoured)
{
    FixtureResponse limited = FixtureResponse::fromFile(QStringLiteral("binance/fapi-error-too-many-requests.json"), 429);
    limited.headers = {{"Retry-After", "1"}};
    server.setRouteSequence(kTicker, {limited, FixtureResponse::fromFile(kGood)});
    HttpPoller *poller = makePoller(20, 500);
    QSignalSpy failures(poller, &HttpPoller::fetchFailed);
    QSignalSpy quotes(poller, &HttpPoller::quoteReceived);
    poller->start();
    ASSERT_TRUE(quotes.wait(4000));
    // Every cycle inside the wait reports it, without asking the venue.
    ASSERT_GE(failures.count(), 1);
    EXPECT_EQ(errorAt(failures, 0).kind, FetchError::Kind::RateLimited);
    EXPECT_EQ(errorAt(failures, 0).retryAfterMs.value_or(0), 1000);
    for (qsizetype i = 1; i < failures.count(); ++i)
        EXPECT_EQ(errorAt(failures, static_cast<int>(i)).kind, FetchError::Kind::RateLimited);
    const QList<RecordedRequest> requests = server.requests();
    ASSERT_EQ(requests.size(), 2);
    EXPECT_GE(requests[1].receivedAtMs - requests[0].receivedAtMs, 990);
}

TEST_F(HttpPollerTest, BanStopsCallingForItsDuration)
{
    FixtureResponse banned = FixtureResponse::fromFile(QStringLiteral("binance/fapi-error-ip-banned.json"), 418);
    banned.headers = {{"Retry-After", "1"}};
    const QString path = QStringLiteral("/fapi/v2/ticker/price");
    server.setRouteSequence(path, {banned, FixtureResponse::fromFile(QStringLiteral("binance/fapi-ticker-price-btcusdt.json"))});
    auto *poller = new HttpPoller(&network, {binanceBtcPerpPrice(server.baseUrl())}, &network);
    poller->setGates(&gates);
    poller->setPeriodMs(20);
    QSignalSpy failures(poller, &HttpPoller::fetchFailed);
    QSignalSpy quotes(poller, &HttpPoller::quoteReceived);
    poller->start();
    ASSERT_TRUE(failures.wait(2000));
    EXPECT_EQ(errorAt(failures, 0).kind, FetchError::Kind::Banned);
    EXPECT_TRUE(errorAt(failures, 0).detail.contains(QStringLiteral("IP banned until")));
    ASSERT_TRUE(quotes.wait(4000));
    EXPECT_EQ(server.requestCount(path), 2);
    const QList<RecordedRequest> requests = server.requests();
    EXPECT_GE(requests[1].receivedAtMs - requests[0].receivedAtMs, 990);
}

TEST_F(HttpPollerTest, FallbackEndpointAnswersWhenThePrimaryFails)
{
    FixtureServer fallback;
    ASSERT_TRUE(fallback.listen());
    fallback.setRoute(QStringLiteral("/v6/latest/USD"), FixtureResponse::fromFile(QStringLiteral("fx/open-er-api-latest-usd.json")));
    server.setRoute(QStringLiteral("/v1/forex/recent"), FixtureResponse::fromFile(QStringLiteral("errors/cloudflare-502.html"), 502));

    QList<Endpoint> endpoints{*VenueCatalog::usdKrw(QStringLiteral("dunamu"), server.baseUrl()),
                              *VenueCatalog::usdKrw(QStringLiteral("open-er-api"), fallback.baseUrl())};
    HttpPoller poller(&network, endpoints);
    poller.setGates(&gates);
    poller.setTimeoutMs(1000);
    QSignalSpy quotes(&poller, &HttpPoller::quoteReceived);
    QSignalSpy failures(&poller, &HttpPoller::fetchFailed);
    poller.start();
    ASSERT_TRUE(quotes.wait(3000));
    const Quote quote = quotes.at(0).at(0).value<Quote>();
    EXPECT_EQ(quote.venue, QStringLiteral("open-er-api"));
    EXPECT_EQ(quote.price.toString(), QStringLiteral("1419.87"));
    EXPECT_EQ(failures.count(), 0);
    EXPECT_EQ(server.requests().constFirst().query, QStringLiteral("codes=FRX.KRWUSD"));
}

TEST_F(HttpPollerTest, BothFxSourcesDownReportsThePrimaryReason)
{
    server.setRoute(QStringLiteral("/v1/forex/recent"), FixtureResponse::fromFile(QStringLiteral("errors/empty.json")));
    QList<Endpoint> endpoints{*VenueCatalog::usdKrw(QStringLiteral("dunamu"), server.baseUrl()),
                              *VenueCatalog::usdKrw(QStringLiteral("open-er-api"), server.baseUrl())};
    HttpPoller poller(&network, endpoints);
    QSignalSpy failures(&poller, &HttpPoller::fetchFailed);
    poller.start();
    ASSERT_TRUE(failures.wait(3000));
    EXPECT_EQ(errorAt(failures, 0).kind, FetchError::Kind::Empty);
    EXPECT_EQ(server.requestCount(QStringLiteral("/v6/latest/USD")), 1);
}
