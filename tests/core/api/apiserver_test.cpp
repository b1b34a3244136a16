#include "apiservertestcase.h"

#include "prometheusparser.h"

#include "observability/metriccounter.h"
#include "observability/metricgauge.h"
#include "observability/seedmetrics.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpSocket>

#include <future>
#include <thread>

// The API over real HTTP on loopback: shapes, errors, the token, many and slow clients.
namespace {

const QByteArray kBtcLine
    = R"({"symbol":"BTC","rate":"1.28","basis":"seed","korea_price":"129555000","foreign_price":"89277.1","fx_rate":"1432.6","stale":false})";
const QByteArray kEthLine
    = R"({"symbol":"ETH","rate":"0.91","basis":"seed","korea_price":"4712000","foreign_price":"3265.4","fx_rate":"1432.6","stale":true})";

class ApiServerTest : public ApiServerTestCase
{
protected:
    void SetUp() override
    {
        snapshot.setPremium(QStringLiteral("BTC"), kBtcLine);
        snapshot.setPremium(QStringLiteral("ETH"), kEthLine);
        snapshot.setTickers(R"([{"role":"korea","venue":"bithumb","symbol":"BTC","price":"129555000"}])");
        snapshot.setPositions(R"([{"id":1,"symbol":"BTC","status":"open"}])");
        snapshot.setAlerts(R"([{"rule":"premium_above","symbol":"BTC"}])");
        SeedMetrics::declare(registry);
        registry.gauge(SeedMetrics::PremiumRateCurrent, { { QStringLiteral("symbol"), QStringLiteral("BTC") } })
            ->set(1.28);
        snapshot.setMetrics(&registry);
    }
};

QJsonDocument json(const RawReply &reply)
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(reply.body, &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << reply.body.constData();
    EXPECT_EQ(reply.headers.value("content-type"), "application/json");
    return document;
}

// Every error is a JSON object with one string member, "error".
void expectError(const RawReply &reply, int status)
{
    EXPECT_EQ(reply.status, status) << reply.body.constData();
    const QJsonObject object = json(reply).object();
    EXPECT_EQ(object.keys(), QStringList { QStringLiteral("error") }) << reply.body.constData();
    EXPECT_FALSE(object.value(u"error").toString().isEmpty());
    EXPECT_TRUE(reply.closed);
}

} // namespace

TEST_F(ApiServerTest, ServesEveryRouteWithItsShape)
{
    ASSERT_TRUE(startServer());
    const RawReply premiums = get("/api/v1/premiums");
    EXPECT_EQ(premiums.status, 200);
    EXPECT_EQ(premiums.body, '[' + kBtcLine + ',' + kEthLine + ']');
    EXPECT_EQ(json(premiums).array().size(), 2);

    const RawReply btc = get("/api/v1/premium?symbol=BTC");
    EXPECT_EQ(btc.status, 200);
    EXPECT_EQ(btc.body, kBtcLine);
    EXPECT_EQ(get("/api/v1/premium?symbol=eth").body, kEthLine) << "symbols are not case-sensitive";
    EXPECT_EQ(get("/api/v1/premium?symbol=%45TH").body, kEthLine) << "percent-encoding is decoded";

    EXPECT_EQ(json(get("/api/v1/tickers")).array().first().toObject().value(u"venue").toString(),
              QStringLiteral("bithumb"));
    EXPECT_EQ(json(get("/api/v1/positions")).array().first().toObject().value(u"status").toString(),
              QStringLiteral("open"));
    EXPECT_EQ(json(get("/api/v1/alerts")).array().size(), 1);

    const RawReply metrics = get("/metrics");
    EXPECT_EQ(metrics.status, 200);
    EXPECT_EQ(metrics.headers.value("content-type"), "text/plain; version=0.0.4; charset=utf-8");
    QString error;
    const auto exposition = PrometheusExposition::parse(metrics.body, &error);
    ASSERT_TRUE(exposition) << error.toStdString();
    EXPECT_EQ(exposition->value(QStringLiteral("premium_rate_current"),
                                { { QStringLiteral("symbol"), QStringLiteral("BTC") } }),
              1.28);
    EXPECT_EQ(metrics.headers.value("cache-control"), "no-store");
    EXPECT_EQ(metrics.headers.value("connection"), "close");
}

// `/metrics` is the registry as it stands at each scrape: every seed family, counts that grow.
TEST_F(ApiServerTest, MetricsAreTheRegistrysSnapshotAtEachScrape)
{
    MetricCounter *fetches = registry.counter(SeedMetrics::TickerFetchTotal,
                                              { { QStringLiteral("exchange"), QStringLiteral("bithumb") } });
    fetches->increment();
    ASSERT_TRUE(startServer());
    const auto scrape = [this] {
        QString error;
        const auto exposition = PrometheusExposition::parse(get("/metrics").body, &error);
        EXPECT_TRUE(exposition) << error.toStdString();
        return exposition.value_or(PrometheusExposition());
    };
    const PrometheusExposition first = scrape();
    EXPECT_EQ(first.value(QStringLiteral("ticker_fetch_total"),
                          { { QStringLiteral("exchange"), QStringLiteral("bithumb") } }),
              1);
    for (const char *family :
         { "ticker_fetch_total", "ticker_fetch_latency", "ticker_fetch_error_total", "premium_rate_current",
           "premium_calculation_total", "fx_rate_current", "cache_hit_total", "cache_miss_total", "external_api_total",
           "external_api_latency", "external_api_error_total", "batch_last_run_epoch_seconds", "position_open_count",
           "tick_processing_seconds" })
        EXPECT_TRUE(first.hasFamily(QLatin1StringView(family))) << family;

    fetches->increment(2);
    EXPECT_EQ(scrape().value(QStringLiteral("ticker_fetch_total"),
                             { { QStringLiteral("exchange"), QStringLiteral("bithumb") } }),
              3);
}

TEST_F(ApiServerTest, HealthIs200WhenHealthyAnd503WithTheFailingJobs)
{
    ASSERT_TRUE(startServer());
    const RawReply healthy = get("/health");
    EXPECT_EQ(healthy.status, 200);
    EXPECT_EQ(json(healthy).object(),
              (QJsonObject { { QStringLiteral("status"), QStringLiteral("healthy") },
                             { QStringLiteral("failing"), QJsonArray() } }));

    snapshot.setHealth(
        ApiHealth { { { QStringLiteral("ticker:binance"), QStringLiteral("no fresh value for 7 s (limit 5 s)") } } });
    const RawReply failing = get("/health");
    EXPECT_EQ(failing.status, 503);
    const QJsonObject body = json(failing).object();
    EXPECT_EQ(body.value(u"status").toString(), QStringLiteral("unhealthy"));
    const QJsonObject job = body.value(u"failing").toArray().first().toObject();
    EXPECT_EQ(job.value(u"job").toString(), QStringLiteral("ticker:binance"));
    EXPECT_EQ(job.value(u"reason").toString(), QStringLiteral("no fresh value for 7 s (limit 5 s)"));
}

TEST_F(ApiServerTest, MalformedQueriesAre400)
{
    ASSERT_TRUE(startServer());
    for (const QByteArray target :
         { "/api/v1/premium", "/api/v1/premium?", "/api/v1/premium?symbol=", "/api/v1/premium?symbol=%G1",
           "/api/v1/premium?symbol=BT%4", "/api/v1/premium?sym=BTC", "/api/v1/premium?symbol=BTC&symbol=ETH",
           "/api/v1/premium?symbol=BTC%2FUSDT", "/api/v1/premium?symbol=BTC&x", "/api/v1/premiums?limit=3",
           "/health?x=%zz" }) {
        SCOPED_TRACE(target.constData());
        expectError(get(target), 400);
    }
}

TEST_F(ApiServerTest, UnknownPathsAndCoinsAre404)
{
    ASSERT_TRUE(startServer());
    for (const QByteArray target : { "/", "/api/v1", "/api/v1/premiums/", "/api/v2/premiums", "/API/V1/PREMIUMS",
                                     "/metrics.txt", "/api/v1/premium?symbol=DOGE" }) {
        SCOPED_TRACE(target.constData());
        expectError(get(target), 404);
    }
}

TEST_F(ApiServerTest, OtherMethodsAre405WithAllow)
{
    ASSERT_TRUE(startServer());
    for (const QByteArray method : { "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS" }) {
        SCOPED_TRACE(method.constData());
        const RawReply reply
            = exchange(method + " /api/v1/premiums HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello");
        expectError(reply, 405);
        EXPECT_EQ(reply.headers.value("allow"), "GET");
    }
}

TEST_F(ApiServerTest, MalformedRequestsAreRefusedWithTheirStatus)
{
    ASSERT_TRUE(startServer());
    expectError(exchange("GET /health\r\n\r\n"), 400);
    expectError(exchange("GET  /health HTTP/1.1\r\nHost: x\r\n\r\n"), 400);
    expectError(exchange("GET http://x/health HTTP/1.1\r\nHost: x\r\n\r\n"), 400);
    expectError(exchange("GET /health HTTP/1.1\r\n\r\n"), 400); // no Host
    expectError(exchange("GET /health HTTP/1.1\r\nHost: x\r\nBad Header: 1\r\n\r\n"), 400);
    expectError(exchange("GET /health HTTP/1.1\r\nHost: x\r\n folded\r\n\r\n"), 400);
    expectError(exchange("GET /health HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n"), 400);
    expectError(exchange("GET /health HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n"), 400);
    expectError(exchange("GET /health HTTP/2.0\r\nHost: x\r\n\r\n"), 505);
    expectError(exchange("POST /health HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"), 501);
    expectError(exchange("POST /health HTTP/1.1\r\nHost: x\r\nContent-Length: 100000000\r\n\r\n"), 413);
    // HTTP/1.0 needs no Host; bare LF line ends are read too.
    EXPECT_EQ(exchange("GET /health HTTP/1.0\n\n").status, 200);
}

TEST_F(ApiServerTest, OversizeHeadersAre431)
{
    ASSERT_TRUE(startServer());
    const QByteArray big = "X-Filler: " + QByteArray(9000, 'a') + "\r\n";
    expectError(get("/health", big), 431);
    // Without an end of the head in sight, the server does not wait for one.
    expectError(exchange("GET /health HTTP/1.1\r\nHost: x\r\n" + big), 431);
    // Just under the limit is fine.
    EXPECT_EQ(get("/health", "X-Filler: " + QByteArray(7900, 'a') + "\r\n").status, 200);
}

TEST_F(ApiServerTest, ASlowClientGets408AtTheDeadlineAndOthersAreServedMeanwhile)
{
    ApiServerConfig config;
    config.clientTimeoutMs = 400;
    ASSERT_TRUE(startServer(config));
    QTcpSocket slow;
    slow.connectToHost(QHostAddress::LocalHost, port);
    ASSERT_TRUE(slow.waitForConnected(5000));
    QElapsedTimer elapsed;
    elapsed.start();
    slow.write("GET /health HTTP/1.1\r\n");
    ASSERT_TRUE(slow.waitForBytesWritten(5000));

    // The slow client does not hold anyone up.
    EXPECT_EQ(get("/api/v1/premium?symbol=BTC").status, 200);

    // Dribbling bytes does not move the deadline.
    slow.write("Host: x\r\n");
    QByteArray received;
    while (slow.state() == QAbstractSocket::ConnectedState && slow.waitForReadyRead(5000))
        received += slow.readAll();
    received += slow.readAll();
    EXPECT_GE(elapsed.elapsed(), 300);
    EXPECT_LT(elapsed.elapsed(), 4000);
    RawReply reply = parseReply(received);
    reply.closed = slow.state() != QAbstractSocket::ConnectedState;
    expectError(reply, 408);
}

TEST_F(ApiServerTest, ConcurrentClientsAllGetTheirAnswer)
{
    ASSERT_TRUE(startServer());
    constexpr int clients = 40;
    std::vector<std::future<RawReply>> replies;
    for (int i = 0; i < clients; ++i) {
        const QByteArray target = i % 2 ? "/api/v1/premium?symbol=ETH" : "/api/v1/premium?symbol=BTC";
        replies.push_back(std::async(std::launch::async, [this, target] { return get(target); }));
    }
    for (int i = 0; i < clients; ++i) {
        const RawReply reply = replies[static_cast<size_t>(i)].get();
        EXPECT_EQ(reply.status, 200);
        EXPECT_EQ(reply.body, i % 2 ? kEthLine : kBtcLine);
    }
}

TEST_F(ApiServerTest, ConnectionsBeyondTheLimitAre503)
{
    ApiServerConfig config;
    config.maxConnections = 2;
    ASSERT_TRUE(startServer(config));
    QTcpSocket idle[2];
    for (QTcpSocket &socket : idle) {
        socket.connectToHost(QHostAddress::LocalHost, port);
        ASSERT_TRUE(socket.waitForConnected(5000));
    }
    // Both idle connections are accepted before the third arrives: a request on the first proves it.
    idle[0].write("GET /health HTTP/1.1\r\nHost: x\r\n");
    ASSERT_TRUE(idle[0].waitForBytesWritten(5000));
    RawReply third;
    for (int attempt = 0; attempt < 50 && third.status != 503; ++attempt)
        third = get("/health");
    expectError(third, 503);
    idle[0].abort();
    idle[1].abort();
    // Closed connections free their places.
    RawReply after;
    for (int attempt = 0; attempt < 50 && after.status != 200; ++attempt)
        after = get("/health");
    EXPECT_EQ(after.status, 200);
}

// The server answers while the thread that owns it is busy: it never needs that thread.
TEST_F(ApiServerTest, AnswersWhileTheOwningThreadIsBlocked)
{
    ASSERT_TRUE(startServer());
    std::promise<RawReply> promise;
    std::thread client([this, &promise] { promise.set_value(get("/api/v1/premiums")); });
    // Blocks this thread's event loop until the reply is in.
    const RawReply reply = promise.get_future().get();
    client.join();
    EXPECT_EQ(reply.status, 200);
}

TEST_F(ApiServerTest, WithATokenEveryRequestNeedsIt)
{
    ApiServerConfig config;
    config.token = "s3cret-token-0123456789";
    ASSERT_TRUE(startServer(config));
    for (const QByteArray &header : { QByteArray(), QByteArray("Authorization: Bearer wrong\r\n"),
                                      QByteArray("Authorization: Bearer s3cret-token-012345678\r\n"),
                                      QByteArray("Authorization: Basic czNjcmV0LXRva2Vu\r\n"),
                                      QByteArray("Authorization: s3cret-token-0123456789\r\n") }) {
        SCOPED_TRACE(header.constData());
        const RawReply reply = get("/api/v1/premiums", header);
        expectError(reply, 401);
        EXPECT_TRUE(reply.headers.value("www-authenticate").startsWith("Bearer")) << "no WWW-Authenticate";
        EXPECT_FALSE(reply.body.contains("BTC"));
        // Unknown paths do not tell an unauthenticated client that they are unknown.
        expectError(get("/nowhere", header), 401);
    }
    EXPECT_EQ(get("/api/v1/premiums", "Authorization: Bearer s3cret-token-0123456789\r\n").status, 200);
    EXPECT_EQ(get("/metrics", "authorization: bearer s3cret-token-0123456789\r\n").status, 200);
}

TEST_F(ApiServerTest, AnAddressOffLoopbackNeedsAToken)
{
    ApiServerConfig config;
    config.address = QHostAddress(QHostAddress::AnyIPv4);
    const ::testing::AssertionResult refused = startServer(config);
    ASSERT_FALSE(refused);
    EXPECT_NE(std::string(refused.message()).find("needs an API token"), std::string::npos) << refused.message();

    config.token = "another-token-abcdef";
    ASSERT_TRUE(startServer(config));
    expectError(get("/health"), 401);
    EXPECT_EQ(get("/health", "Authorization: Bearer another-token-abcdef\r\n").status, 200);
}

TEST_F(ApiServerTest, ATokenAskedForOnLoopbackMustBeSet)
{
    ApiServerConfig config;
    config.tokenRequired = true;
    EXPECT_FALSE(startServer(config));
    config.token = "loopback-token";
    ASSERT_TRUE(startServer(config));
    expectError(get("/health"), 401);
}

TEST_F(ApiServerTest, APortInUseIsReported)
{
    ASSERT_TRUE(startServer());
    ApiServerConfig config;
    config.port = port;
    ApiServer second(&snapshot, config);
    QSignalSpy failed(&second, &ApiServer::failed);
    second.start();
    ASSERT_TRUE(failed.wait(5000));
    const auto failure = failed.constFirst().constFirst().value<ApiFailure>();
    EXPECT_EQ(failure.kind, ApiFailure::Kind::CannotListen);
    EXPECT_EQ(failure.address, QStringLiteral("127.0.0.1:%1").arg(port));
    EXPECT_FALSE(failure.detail.isEmpty());
}
