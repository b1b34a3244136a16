#include "../common/fakevenues.h"

#include "prometheusparser.h"
#include "version.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>

#include <csignal>
#include <optional>

#include <gtest/gtest.h>

// The headless binary end to end: a real process, real HTTP over loopback, stdout read as a script
// would read it.
namespace {

class HeadlessTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(server.listen());
        serveAllVenues(server);
    }

    void TearDown() override
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(5000);
        }
    }

    QStringList venueArgs() const
    {
        const QString url = server.baseUrl().toString();
        return {QStringLiteral("--headless"), QStringLiteral("--bithumb-url"), url, QStringLiteral("--binance-url"), url,
                QStringLiteral("--coinone-url"), url, QStringLiteral("--okx-url"), url, QStringLiteral("--bybit-url"), url,
                QStringLiteral("--fx-url"), url, QStringLiteral("--fx-fallback-url"), url};
    }

    // Every request a venue's cycle sends answers `response`: the venue is down, not one value.
    void answerEvery(const QStringList &paths, const FixtureResponse &response)
    {
        for (const QString &path : paths)
            server.setRoute(path, response);
    }
    const QStringList binancePaths{QStringLiteral("/fapi/v1/ticker/price"), QStringLiteral("/fapi/v1/ticker/bookTicker"),
                                   QStringLiteral("/fapi/v1/premiumIndex")};
    const QStringList bithumbPaths{QStringLiteral("/v1/ticker"), QStringLiteral("/v1/orderbook")};

    void start(const QStringList &args, const QProcessEnvironment &extra = {})
    {
        // Each test has its own data directory: no state (saved FX, request counts, bans) leaks
        // from one run to the next unless a test means it to.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(extra);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(PS_APP_BINARY), args);
        ASSERT_TRUE(process.waitForStarted(5000));
    }

    // Waits (in the event loop, so the fixture server keeps answering) for the next stdout line.
    QJsonObject nextLine(int timeoutMs = 5000)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!process.canReadLine() && !deadline.hasExpired()) {
            QSignalSpy spy(&process, &QProcess::readyReadStandardOutput);
            if (!process.canReadLine())
                spy.wait(static_cast<int>(std::max<qint64>(1, deadline.remainingTime())));
        }
        if (!process.canReadLine())
            return {};
        const QByteArray line = process.readLine();
        const QJsonDocument doc = QJsonDocument::fromJson(line);
        EXPECT_TRUE(doc.isObject()) << "not a JSON object: " << line.constData();
        return doc.object();
    }

    // Waits for the next alert of `rule` about `subject` among the JSON log lines on stderr.
    QJsonObject nextAlert(const QString &rule, const QString &subject, int timeoutMs)
    {
        process.setReadChannel(QProcess::StandardError);
        QDeadlineTimer deadline(timeoutMs);
        QJsonObject found;
        while (found.isEmpty() && !deadline.hasExpired()) {
            if (!process.canReadLine()) {
                QSignalSpy spy(&process, &QProcess::readyReadStandardError);
                spy.wait(static_cast<int>(std::max<qint64>(1, deadline.remainingTime())));
                continue;
            }
            const QJsonObject line = QJsonDocument::fromJson(process.readLine()).object();
            if (line.value(u"event").toString() == u"alert" && line.value(u"rule").toString() == rule
                && line.value(u"subject").toString() == subject)
                found = line;
        }
        process.setReadChannel(QProcess::StandardOutput);
        return found;
    }

    int waitForExit(int timeoutMs = 10000)
    {
        if (process.state() != QProcess::NotRunning) {
            QSignalSpy finished(&process, &QProcess::finished);
            EXPECT_TRUE(finished.wait(timeoutMs));
        }
        EXPECT_EQ(process.exitStatus(), QProcess::NormalExit);
        return process.exitCode();
    }

    FixtureServer server;
    QTemporaryDir home;
    QProcess process;
};

} // namespace

TEST_F(HeadlessTest, PrintsExactlyNJsonLinesAndExitsZero)
{
    start(venueArgs() << QStringLiteral("--exit-after") << QStringLiteral("3"));
    for (int i = 0; i < 3; ++i) {
        const QJsonObject line = nextLine();
        EXPECT_EQ(line.value(u"symbol").toString(), QStringLiteral("BTC"));
        EXPECT_EQ(line.value(u"rate").toString(), QStringLiteral("1.28"));
        EXPECT_EQ(line.value(u"basis").toString(), QStringLiteral("seed"));
        EXPECT_EQ(line.value(u"korea_price").toString(), QStringLiteral("129555000"));
        EXPECT_EQ(line.value(u"foreign_price").toString(), QStringLiteral("89277.1"));
        EXPECT_EQ(line.value(u"fx_rate").toString(), QStringLiteral("1432.6"));
        EXPECT_EQ(line.value(u"stale").toBool(true), false);
        EXPECT_EQ(line.value(u"source").toString(), QStringLiteral("exchange"));
        EXPECT_TRUE(line.value(u"observed_at").toString().endsWith(u'Z'));
        EXPECT_TRUE(line.contains(u"reason") && line.value(u"reason").isNull());
    }
    EXPECT_EQ(waitForExit(), 0);
    EXPECT_TRUE(process.readAllStandardOutput().isEmpty());
    EXPECT_EQ(server.requests().constFirst().path.isEmpty(), false);
}

TEST_F(HeadlessTest, GlobalBasis)
{
    start(venueArgs() << QStringLiteral("--basis") << QStringLiteral("global") << QStringLiteral("--exit-after") << QStringLiteral("1"));
    const QJsonObject line = nextLine();
    EXPECT_EQ(line.value(u"rate").toString(), QStringLiteral("1.30"));
    EXPECT_EQ(line.value(u"basis").toString(), QStringLiteral("global"));
    EXPECT_EQ(waitForExit(), 0);
}

TEST_F(HeadlessTest, KeepsPrintingStaleLinesWhileAFeedFailsThenRecovers)
{
    start(venueArgs());
    EXPECT_FALSE(nextLine().value(u"stale").toBool(true));

    answerEvery(binancePaths, FixtureResponse::fromFile(QStringLiteral("binance/fapi-error-invalid-symbol.json"), 400));
    QJsonObject line;
    for (int i = 0; i < 3 && !line.value(u"stale").toBool(); ++i)
        line = nextLine();
    ASSERT_TRUE(line.value(u"stale").toBool()) << "no stale line while Binance fails";
    EXPECT_EQ(line.value(u"foreign_price").toString(), QStringLiteral("89277.1"));
    // Still one line per period while failing.
    EXPECT_TRUE(nextLine(2500).value(u"stale").toBool());
    EXPECT_TRUE(nextLine(2500).value(u"stale").toBool());

    serveAllVenues(server);
    for (int i = 0; i < 3 && line.value(u"stale").toBool(); ++i)
        line = nextLine();
    EXPECT_FALSE(line.value(u"stale").toBool(true));

    const QByteArray log = process.readAllStandardError();
    EXPECT_TRUE(log.contains("Invalid symbol")) << log.constData();
}

TEST_F(HeadlessTest, EveryFeedFailingPrintsALinePerPeriodWithTheReasonAndExitAfterCountsIt)
{
    const FixtureResponse errorPage = FixtureResponse::fromFile(QStringLiteral("errors/cloudflare-502.html"), 502);
    answerEvery(bithumbPaths + binancePaths + QStringList{QStringLiteral("/v1/market/all"), QStringLiteral("/fapi/v1/exchangeInfo"),
                                                          QStringLiteral("/v1/forex/recent"), QStringLiteral("/v6/latest/USD")},
                errorPage);
    QElapsedTimer clock;
    clock.start();
    start(venueArgs() << QStringLiteral("--exit-after") << QStringLiteral("3"));
    for (int i = 0; i < 3; ++i) {
        const QJsonObject line = nextLine(3000);
        ASSERT_FALSE(line.isEmpty()) << "no line " << i << " while every feed fails";
        EXPECT_TRUE(line.value(u"rate").isNull());
        EXPECT_TRUE(line.value(u"stale").toBool());
        EXPECT_EQ(line.value(u"symbol").toString(), QStringLiteral("BTC"));
        for (const char *field : { "korea_price", "foreign_price", "fx_rate", "korea_venue", "foreign_venue",
                                   "fx_source", "fx_observed_at" })
            EXPECT_TRUE(line.contains(QLatin1StringView(field)) && line.value(QLatin1StringView(field)).isNull())
                << field;
        const QString reason = line.value(u"reason").toString();
        EXPECT_TRUE(reason.contains(u"korea: ") && reason.contains(u"foreign: ") && reason.contains(u"HTTP 502"))
            << reason.toStdString();
    }
    EXPECT_EQ(waitForExit(), 0);
    // One line per period: three lines take two periods at least, not one burst.
    EXPECT_GE(clock.elapsed(), 2000);
}

TEST_F(HeadlessTest, RepliesThatNeverComeDoNotStopTheOutput)
{
    start(venueArgs());
    nextLine();
    answerEvery(bithumbPaths, FixtureResponse{.neverReply = true});
    QJsonObject line;
    for (int i = 0; i < 4 && !line.value(u"stale").toBool(); ++i)
        line = nextLine(3000);
    EXPECT_TRUE(line.value(u"stale").toBool());
}

TEST_F(HeadlessTest, SigtermAndSigintExitCleanly)
{
    for (int signalNumber : {SIGTERM, SIGINT}) {
        start(venueArgs());
        nextLine();
        ::kill(static_cast<pid_t>(process.processId()), signalNumber);
        EXPECT_EQ(waitForExit(), 0) << "signal " << signalNumber;
    }
}

TEST_F(HeadlessTest, UnknownOptionExitsTwoNamingIt)
{
    start({QStringLiteral("--headless"), QStringLiteral("--no-such-thing")});
    EXPECT_EQ(waitForExit(), 2);
    EXPECT_TRUE(process.readAllStandardError().contains("no-such-thing"));
    EXPECT_TRUE(process.readAllStandardOutput().isEmpty());

    start({QStringLiteral("--headless"), QStringLiteral("--exit-after"), QStringLiteral("-1")});
    EXPECT_EQ(waitForExit(), 2);
    EXPECT_TRUE(process.readAllStandardError().contains("--exit-after"));
}

TEST_F(HeadlessTest, HelpAndVersion)
{
    start({QStringLiteral("--version")});
    EXPECT_EQ(waitForExit(), 0);
    EXPECT_TRUE(process.readAllStandardOutput().startsWith("premium-spread " PS_VERSION_STRING));

    start({QStringLiteral("--help")});
    EXPECT_EQ(waitForExit(), 0);
    const QByteArray help = process.readAllStandardOutput();
    for (const char *option : {"--headless", "--bithumb-url", "--binance-url", "--fx-url", "--fx-fallback-url", "--basis", "--exit-after",
                               "--upbit-url", "--fx-manual", "--exchangerate-api-url", "--koreaexim-url"})
        EXPECT_TRUE(help.contains(option)) << option;
}

// Resilience seen from outside: what the venues received, what stdout and stderr say.

TEST_F(HeadlessTest, ManualFxFromTheCommandLineOverridesTheFeeds)
{
    start(venueArgs() << QStringLiteral("--fx-manual") << QStringLiteral("1400") << QStringLiteral("--exit-after") << QStringLiteral("2"));
    for (int i = 0; i < 2; ++i) {
        const QJsonObject line = nextLine();
        EXPECT_EQ(line.value(u"fx_source").toString(), QStringLiteral("manual"));
        EXPECT_EQ(line.value(u"fx_rate").toString(), QStringLiteral("1400"));
        EXPECT_EQ(line.value(u"rate").toString(), QStringLiteral("3.53"));
        EXPECT_FALSE(line.value(u"stale").toBool(true));
    }
    EXPECT_EQ(waitForExit(), 0);

    for (const char *bad : {"abc", "-5", "0", "1e9", "14.326", "14326"}) {
        start({QStringLiteral("--headless"), QStringLiteral("--fx-manual"), QString::fromLatin1(bad)});
        EXPECT_EQ(waitForExit(), 2) << bad;
        EXPECT_TRUE(process.readAllStandardError().contains("--fx-manual")) << bad;
    }
}

TEST_F(HeadlessTest, ARestartUsesTheSavedFxWithItsTime)
{
    start(venueArgs() << QStringLiteral("--exit-after") << QStringLiteral("1"));
    const QJsonObject first = nextLine();
    ASSERT_EQ(waitForExit(), 0);
    const QString savedAt = first.value(u"fx_observed_at").toString();
    ASSERT_FALSE(savedAt.isEmpty());

    // Both FX sources are gone now.
    server.setRoute(QStringLiteral("/v1/forex/recent"), FixtureResponse::fromFile(QStringLiteral("errors/cloudflare-502.html"), 502));
    server.setRoute(QStringLiteral("/v6/latest/USD"), FixtureResponse::fromFile(QStringLiteral("errors/cloudflare-502.html"), 502));
    start(venueArgs() << QStringLiteral("--exit-after") << QStringLiteral("1"));
    const QJsonObject restarted = nextLine();
    EXPECT_EQ(restarted.value(u"fx_rate").toString(), QStringLiteral("1432.6"));
    EXPECT_EQ(restarted.value(u"fx_source").toString(), QStringLiteral("dunamu"));
    EXPECT_EQ(restarted.value(u"fx_observed_at").toString(), savedAt);
    EXPECT_EQ(restarted.value(u"rate").toString(), QStringLiteral("1.28"));
    EXPECT_EQ(waitForExit(), 0);
}

TEST_F(HeadlessTest, UpbitCarriesThePremiumOnceBithumbHasFailedForTenSeconds)
{
    FixtureServer upbit;
    ASSERT_TRUE(upbit.listen());
    serveUpbit(upbit);
    answerEvery(bithumbPaths, FixtureResponse::fromFile(QStringLiteral("errors/cloudflare-502.html"), 502));
    start(venueArgs() << QStringLiteral("--upbit-url") << upbit.baseUrl().toString());
    QDeadlineTimer deadline(14'000);
    QJsonObject line;
    while (!deadline.hasExpired() && line.value(u"korea_venue").toString() != u"upbit") {
        line = nextLine(3000);
        if (line.value(u"korea_venue").toString() == u"bithumb") {
            EXPECT_TRUE(line.value(u"stale").toBool()) << "a failing Bithumb gave a fresh line";
        }
    }
    ASSERT_EQ(line.value(u"korea_venue").toString(), QStringLiteral("upbit"));
    EXPECT_EQ(line.value(u"korea_price").toString(), QStringLiteral("129778000"));
    EXPECT_EQ(line.value(u"rate").toString(), QStringLiteral("1.45"));
    EXPECT_FALSE(line.value(u"stale").toBool(true));
    ASSERT_FALSE(upbit.requests().isEmpty());
    EXPECT_GE(upbit.requests().constFirst().receivedAtMs - server.requests().constFirst().receivedAtMs, 9'000);
    EXPECT_TRUE(process.readAllStandardError().contains("\"event\":\"failover\""));
}

TEST_F(HeadlessTest, ABanStopsTheRequestsAndIsLoggedAsJsonOnStderr)
{
    FixtureResponse banned = FixtureResponse::fromFile(QStringLiteral("binance/fapi-error-ip-banned.json"), 418);
    banned.headers = {{"Retry-After", "60"}};
    const QString perp = QStringLiteral("/fapi/v1/ticker/price");
    server.setRouteSequence(perp, {FixtureResponse::fromFile(QStringLiteral("binance/fapi-v1-ticker-price-all.json")), banned});
    start(venueArgs());
    // Still one line per period, stale, while the venue must not be asked.
    QJsonObject line;
    for (int i = 0; i < 6; ++i)
        line = nextLine(2500);
    EXPECT_TRUE(line.value(u"stale").toBool());
    EXPECT_EQ(line.value(u"foreign_price").toString(), QStringLiteral("89277.1"));
    EXPECT_EQ(server.requestCount(perp), 2) << "Binance was asked during its ban";

    process.terminate();
    waitForExit();
    const QList<QByteArray> log = process.readAllStandardError().split('\n');
    bool banLogged = false;
    for (const QByteArray &raw : log) {
        if (raw.isEmpty())
            continue;
        const QJsonDocument doc = QJsonDocument::fromJson(raw);
        ASSERT_TRUE(doc.isObject()) << "not a JSON log line: " << raw.constData();
        banLogged |= doc.object().value(u"event").toString() == u"venue_banned" && doc.object().value(u"venue").toString() == u"binance";
    }
    EXPECT_TRUE(banLogged);
}

TEST_F(HeadlessTest, KeysFromTheEnvironmentNeverShowOnStderr)
{
    const QString v6Key = QStringLiteral("HeadlessV6Key0123456789");
    const QString eximKey = QStringLiteral("HeadlessEximKey42");
    server.setRoute(QStringLiteral("/v1/forex/recent"), FixtureResponse::fromFile(QStringLiteral("errors/cloudflare-502.html"), 502));
    server.setRoute(QStringLiteral("/v6/latest/USD"), FixtureResponse::fromFile(QStringLiteral("errors/cloudflare-502.html"), 502));
    server.setRoute(QStringLiteral("/v6/") + v6Key + QStringLiteral("/pair/USD/KRW"),
                    FixtureResponse::fromFile(QStringLiteral("fx/exchangerate-api-v6-error-invalid-key.json"), 403));
    server.setRoute(QStringLiteral("/site/program/financial/exchangeJSON"), FixtureResponse::fromFile(QStringLiteral("fx/koreaexim-exchangejson.json")));
    QProcessEnvironment keys;
    keys.insert(QStringLiteral("PREMIUM_SPREAD_EXCHANGERATE_API_KEY"), v6Key);
    keys.insert(QStringLiteral("PREMIUM_SPREAD_KOREAEXIM_KEY"), eximKey);
    const QString url = server.baseUrl().toString();
    start(venueArgs() << QStringLiteral("--exchangerate-api-url") << url << QStringLiteral("--koreaexim-url") << url << QStringLiteral("--exit-after")
                      << QStringLiteral("5"),
          keys);
    // The FX chain tries three failing sources before Korea Eximbank; a slow machine (a sanitized
    // build) prints the first period before it got there, so look for the first line that has it.
    QJsonObject line;
    for (int i = 0; i < 5 && line.value(u"fx_source").toString() != u"koreaexim"; ++i)
        line = nextLine();
    EXPECT_EQ(line.value(u"fx_source").toString(), QStringLiteral("koreaexim"));
    EXPECT_EQ(line.value(u"fx_rate").toString(), QStringLiteral("1432.6"));
    EXPECT_EQ(waitForExit(), 0);
    const QByteArray log = process.readAllStandardError();
    EXPECT_TRUE(log.contains("invalid-key")) << "the failing keyed source was not logged";
    EXPECT_FALSE(log.contains(v6Key.toUtf8())) << log.constData();
    EXPECT_FALSE(log.contains(eximKey.toUtf8())) << log.constData();
    const QByteArray out = process.readAllStandardOutput();
    EXPECT_FALSE(out.contains(v6Key.toUtf8()));
}

namespace {

// A port nothing listens on right now: bound by the system, then released for the process.
quint16 freePort()
{
    QTcpServer probe;
    EXPECT_TRUE(probe.listen(QHostAddress::LocalHost));
    return probe.serverPort();
}

struct HttpAnswer
{
    int status = 0;
    QByteArray body;
};

// A GET through the event loop, so the fixture server keeps answering the process meanwhile.
HttpAnswer httpGet(quint16 port, const QString &pathAndQuery)
{
    QNetworkAccessManager network;
    QNetworkReply *reply
        = network.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(pathAndQuery))));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    EXPECT_TRUE(finished.wait(5000)) << pathAndQuery.toStdString();
    HttpAnswer answer { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll() };
    reply->deleteLater();
    return answer;
}

std::optional<double> bithumbFetches(const PrometheusExposition &exposition)
{
    return exposition.value(QStringLiteral("ticker_fetch_total"), { { QStringLiteral("exchange"), QStringLiteral("bithumb") } });
}

} // namespace

TEST_F(HeadlessTest, ApiPortServesThePremiumOfTheStdoutLineHealthAndMetrics)
{
    const quint16 port = freePort();
    start(venueArgs() << QStringLiteral("--api-port") << QString::number(port));
    const QJsonObject line = nextLine();
    ASSERT_FALSE(line.isEmpty());

    const HttpAnswer premium = httpGet(port, QStringLiteral("/api/v1/premium?symbol=BTC"));
    ASSERT_EQ(premium.status, 200) << premium.body.constData();
    const QJsonObject served = QJsonDocument::fromJson(premium.body).object();
    EXPECT_EQ(served.keys(), line.keys()) << premium.body.constData();
    for (const char *field : { "symbol", "rate", "basis", "korea_price", "foreign_price", "fx_rate", "stale", "source",
                               "korea_venue", "foreign_venue", "fx_source" })
        EXPECT_EQ(served.value(QLatin1StringView(field)), line.value(QLatin1StringView(field))) << field;

    const QJsonArray all = QJsonDocument::fromJson(httpGet(port, QStringLiteral("/api/v1/premiums")).body).array();
    ASSERT_EQ(all.size(), 1);
    EXPECT_EQ(all.first().toObject().value(u"rate"), line.value(u"rate"));

    const HttpAnswer tickers = httpGet(port, QStringLiteral("/api/v1/tickers"));
    EXPECT_EQ(tickers.status, 200);
    const QJsonArray inputs = QJsonDocument::fromJson(tickers.body).array();
    ASSERT_EQ(inputs.size(), 3) << tickers.body.constData();
    EXPECT_EQ(inputs.first().toObject().value(u"price").toString(), line.value(u"korea_price").toString());

    const HttpAnswer health = httpGet(port, QStringLiteral("/health"));
    EXPECT_EQ(health.status, 200) << health.body.constData();
    EXPECT_EQ(QJsonDocument::fromJson(health.body).object().value(u"status").toString(), QStringLiteral("healthy"));

    const HttpAnswer metrics = httpGet(port, QStringLiteral("/metrics"));
    EXPECT_EQ(metrics.status, 200);
    QString error;
    const auto exposition = PrometheusExposition::parse(metrics.body, &error);
    ASSERT_TRUE(exposition) << error.toStdString() << metrics.body.constData();
    // The gauge has the registry's 8 places; the line is rounded to 2.
    const auto rate
        = exposition->value(QStringLiteral("premium_rate_current"), { { QStringLiteral("symbol"), QStringLiteral("BTC") } });
    ASSERT_TRUE(rate) << metrics.body.constData();
    EXPECT_NEAR(*rate, line.value(u"rate").toString().toDouble(), 0.005);
    EXPECT_EQ(
        exposition->value(QStringLiteral("fx_rate_current"), { { QStringLiteral("pair"), QStringLiteral("USD/KRW") } }),
        1432.6);
    // The registry's own families, fed by the requests the run makes: the count grows by the scrape.
    const std::optional<double> fetches = bithumbFetches(*exposition);
    ASSERT_TRUE(fetches) << metrics.body.constData();
    EXPECT_GE(*fetches, 1);
    std::optional<double> later;
    for (int i = 0; i < 5 && later <= fetches; ++i) {
        ASSERT_FALSE(nextLine().isEmpty());
        const auto again = PrometheusExposition::parse(httpGet(port, QStringLiteral("/metrics")).body, &error);
        ASSERT_TRUE(again) << error.toStdString();
        later = bithumbFetches(*again);
    }
    ASSERT_TRUE(later);
    EXPECT_GT(*later, *fetches) << "ticker_fetch_total did not grow with the polls";

    EXPECT_EQ(httpGet(port, QStringLiteral("/api/v1/premium")).status, 400);
    EXPECT_EQ(httpGet(port, QStringLiteral("/api/v1/premium?symbol=XRP")).status, 404);
}

TEST_F(HeadlessTest, ApiPortInUseExitsOne)
{
    QTcpServer taken;
    ASSERT_TRUE(taken.listen(QHostAddress::LocalHost));
    start(venueArgs() << QStringLiteral("--api-port") << QString::number(taken.serverPort()));
    EXPECT_EQ(waitForExit(), 1);
    EXPECT_TRUE(process.readAllStandardError().contains(QByteArray::number(taken.serverPort())));
}

// One definition of health: the stale job that raised BatchJobStale on stderr is the alert served
// and the job `/health` names.
TEST_F(HeadlessTest, ApiServesTheStaleAlertAndHealthIs503NamingTheJob)
{
    const quint16 port = freePort();
    answerEvery(binancePaths, FixtureResponse::fromFile(QStringLiteral("binance/fapi-error-invalid-symbol.json"), 400));
    start(venueArgs() << QStringLiteral("--api-port") << QString::number(port));
    const QString job = QStringLiteral("ticker:binance");
    ASSERT_FALSE(nextAlert(QStringLiteral("BatchJobStale"), job, 15000).isEmpty());

    // The API has the alert before the log line is written (it is connected first).
    const HttpAnswer alerts = httpGet(port, QStringLiteral("/api/v1/alerts"));
    ASSERT_EQ(alerts.status, 200);
    QJsonObject alert;
    for (const QJsonValue &value : QJsonDocument::fromJson(alerts.body).array()) {
        if (value.toObject().value(u"subject").toString() == job)
            alert = value.toObject();
    }
    ASSERT_FALSE(alert.isEmpty()) << alerts.body.constData();
    EXPECT_EQ(alert.value(u"rule").toString(), QStringLiteral("BatchJobStale"));
    EXPECT_EQ(alert.value(u"state").toString(), QStringLiteral("fired"));
    EXPECT_EQ(alert.value(u"threshold").toString(), QStringLiteral("5"));
    EXPECT_FALSE(alert.value(u"at").toString().isEmpty());

    // Health follows the same evaluation, just after the alerts are emitted: wait for it, bounded.
    HttpAnswer health;
    QDeadlineTimer deadline(3000);
    do
        health = httpGet(port, QStringLiteral("/health"));
    while (health.status != 503 && !deadline.hasExpired());
    ASSERT_EQ(health.status, 503) << health.body.constData();
    const QJsonObject body = QJsonDocument::fromJson(health.body).object();
    EXPECT_EQ(body.value(u"status").toString(), QStringLiteral("unhealthy"));
    QStringList failing;
    for (const QJsonValue &value : body.value(u"failing").toArray()) {
        failing.append(value.toObject().value(u"job").toString());
        EXPECT_FALSE(value.toObject().value(u"reason").toString().isEmpty());
    }
    EXPECT_TRUE(failing.contains(job)) << health.body.constData();
    EXPECT_FALSE(failing.contains(QStringLiteral("ticker:bithumb"))) << health.body.constData();
}

TEST_F(HeadlessTest, AFeedFailingFromTheStartGivesAStaleAlertLineOnStderrThenItsClear)
{
    answerEvery(binancePaths, FixtureResponse::fromFile(QStringLiteral("binance/fapi-error-invalid-symbol.json"), 400));
    start(venueArgs());
    const QString job = QStringLiteral("ticker:binance");
    const QJsonObject fired = nextAlert(QStringLiteral("BatchJobStale"), job, 15000);
    ASSERT_FALSE(fired.isEmpty()) << "no stale alert on stderr while Binance fails";
    EXPECT_EQ(fired.value(u"state").toString(), QStringLiteral("fired"));
    EXPECT_EQ(fired.value(u"threshold").toString(), QStringLiteral("5"));
    EXPECT_EQ(fired.value(u"level").toString(), QStringLiteral("warning"));
    EXPECT_TRUE(fired.value(u"notify").toBool());

    serveAllVenues(server);
    const QJsonObject cleared = nextAlert(QStringLiteral("BatchJobStale"), job, 10000);
    ASSERT_FALSE(cleared.isEmpty()) << "no clear once Binance answers again";
    EXPECT_EQ(cleared.value(u"state").toString(), QStringLiteral("cleared"));
    EXPECT_EQ(cleared.value(u"level").toString(), QStringLiteral("info"));
}

TEST_F(HeadlessTest, AStandInVenueHandedBackIsNotCalledStale)
{
    FixtureServer upbit;
    ASSERT_TRUE(upbit.listen());
    serveUpbit(upbit);
    answerEvery(bithumbPaths, FixtureResponse::fromFile(QStringLiteral("errors/cloudflare-502.html"), 502));
    start(venueArgs() << QStringLiteral("--upbit-url") << upbit.baseUrl().toString());
    ASSERT_FALSE(nextAlert(QStringLiteral("BatchJobStale"), QStringLiteral("ticker:bithumb"), 15000).isEmpty());
    const auto waitForVenue = [this](const QString &venue) {
        QDeadlineTimer deadline(15'000);
        QJsonObject line;
        while (!deadline.hasExpired() && line.value(u"korea_venue").toString() != venue)
            line = nextLine(3000);
        return line.value(u"korea_venue").toString() == venue;
    };
    ASSERT_TRUE(waitForVenue(QStringLiteral("upbit")));

    serveAllVenues(server);
    ASSERT_TRUE(waitForVenue(QStringLiteral("bithumb")));
    const QJsonObject cleared = nextAlert(QStringLiteral("BatchJobStale"), QStringLiteral("ticker:bithumb"), 5000);
    EXPECT_EQ(cleared.value(u"state").toString(), QStringLiteral("cleared"));
    // Upbit is no longer asked: past its 5 s limit it must not be reported stale.
    EXPECT_TRUE(nextAlert(QStringLiteral("BatchJobStale"), QStringLiteral("ticker:upbit"), 8000).isEmpty());
}

// Every coin on any pair: one line per coin per period, the price of one coin whatever the
// contract's multiplier, and the numbers of tests/data/expected-premiums.md.
TEST_F(HeadlessTest, EveryCoinOfAPairOneLineEachPerPeriod)
{
    start(venueArgs() << QStringLiteral("--symbols") << QStringLiteral("all") << QStringLiteral("--korea-venue")
                      << QStringLiteral("coinone") << QStringLiteral("--foreign-venue") << QStringLiteral("okx")
                      << QStringLiteral("--exit-after") << QStringLiteral("2"));
    const QStringList coins{QStringLiteral("BTC"), QStringLiteral("ETH"), QStringLiteral("XRP"),
                            QStringLiteral("SOL"), QStringLiteral("DOGE"), QStringLiteral("SHIB")};
    QHash<QString, int> seen;
    QHash<QString, QJsonObject> last;
    for (int i = 0; i < 2 * coins.size(); ++i) {
        const QJsonObject line = nextLine();
        ASSERT_FALSE(line.isEmpty()) << "line " << i << " missing";
        ++seen[line.value(u"symbol").toString()];
        last.insert(line.value(u"symbol").toString(), line);
    }
    EXPECT_EQ(waitForExit(), 0);
    EXPECT_TRUE(process.readAllStandardOutput().isEmpty()) << "more than N periods";
    for (const QString &coin : coins)
        EXPECT_EQ(seen.value(coin), 2) << qPrintable(coin);
    EXPECT_FALSE(seen.contains(QStringLiteral("BORA"))) << "a coin without a perpetual got a line";
    EXPECT_FALSE(seen.contains(QStringLiteral("ORDI"))) << "a coin without a Korean market got a line";

    const QJsonObject shib = last.value(QStringLiteral("SHIB"));
    EXPECT_EQ(shib.value(u"korea_venue").toString(), QStringLiteral("coinone"));
    EXPECT_EQ(shib.value(u"foreign_venue").toString(), QStringLiteral("okx"));
    EXPECT_EQ(shib.value(u"foreign_instrument").toString(), QStringLiteral("SHIB-USDT-SWAP"));
    EXPECT_EQ(shib.value(u"foreign_price").toString(), QStringLiteral("0.000013958"));
    EXPECT_EQ(shib.value(u"rate").toString(), QStringLiteral("-0.08"));
    EXPECT_EQ(shib.value(u"entry_rate").toString(), QStringLiteral("-0.08"));
    EXPECT_EQ(shib.value(u"exit_rate").toString(), QStringLiteral("-0.19"));
    EXPECT_EQ(shib.value(u"funding_rate").toString(), QStringLiteral("0.0000402"));
    EXPECT_EQ(shib.value(u"korea_volume_24h").toString(), QStringLiteral("301220440118.4"));
    EXPECT_EQ(last.value(QStringLiteral("SOL")).value(u"rate").toString(), QStringLiteral("0.44"));
}

TEST_F(HeadlessTest, TheDefaultLineCarriesTheNewFieldsOfTheBitcoinPair)
{
    start(venueArgs() << QStringLiteral("--exit-after") << QStringLiteral("1"));
    const QJsonObject line = nextLine();
    EXPECT_EQ(line.value(u"symbol").toString(), QStringLiteral("BTC"));
    EXPECT_EQ(line.value(u"rate").toString(), QStringLiteral("1.28"));
    EXPECT_EQ(line.value(u"foreign_instrument").toString(), QStringLiteral("BTCUSDT"));
    EXPECT_EQ(line.value(u"entry_rate").toString(), QStringLiteral("1.28"));
    EXPECT_EQ(line.value(u"exit_rate").toString(), QStringLiteral("1.27"));
    EXPECT_EQ(line.value(u"funding_rate").toString(), QStringLiteral("0.0001"));
    EXPECT_EQ(line.value(u"korea_volume_24h").toString(), QStringLiteral("1552.9087"));
    EXPECT_EQ(waitForExit(), 0);
}

TEST_F(HeadlessTest, AMultiplierContractIsThePriceOfOneCoin)
{
    start(venueArgs() << QStringLiteral("--symbols") << QStringLiteral("shib") << QStringLiteral("--foreign-venue")
                      << QStringLiteral("bybit") << QStringLiteral("--exit-after") << QStringLiteral("1"));
    const QJsonObject line = nextLine();
    EXPECT_EQ(line.value(u"symbol").toString(), QStringLiteral("SHIB"));
    EXPECT_EQ(line.value(u"foreign_instrument").toString(), QStringLiteral("SHIB1000USDT"));
    EXPECT_EQ(line.value(u"foreign_price").toString(), QStringLiteral("0.000013942"));
    EXPECT_EQ(line.value(u"rate").toString(), QStringLiteral("0.28"));
    EXPECT_EQ(waitForExit(), 0);
}

TEST_F(HeadlessTest, ACoinListedOnOneSideOnlyIsNamedOnceAndLeftOut)
{
    start(venueArgs() << QStringLiteral("--symbols") << QStringLiteral("BTC,BORA,ORDI") << QStringLiteral("--exit-after")
                      << QStringLiteral("3"));
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(nextLine().value(u"symbol").toString(), QStringLiteral("BTC"));
    EXPECT_EQ(waitForExit(), 0);
    const QByteArray log = process.readAllStandardError();
    EXPECT_EQ(log.count("BORA is not listed on both bithumb and binance"), 1) << log.constData();
    EXPECT_EQ(log.count("ORDI is not listed on both bithumb and binance"), 1) << log.constData();
}

TEST_F(HeadlessTest, NoAskedCoinOnBothVenuesExitsTwo)
{
    start(venueArgs() << QStringLiteral("--symbols") << QStringLiteral("BORA"));
    EXPECT_EQ(waitForExit(), 2);
    EXPECT_TRUE(process.readAllStandardOutput().isEmpty());
    EXPECT_TRUE(process.readAllStandardError().contains("none of the asked coins is listed on both bithumb and binance"));
}

TEST_F(HeadlessTest, AnUnknownVenueExitsTwoNamingTheChoices)
{
    start(venueArgs() << QStringLiteral("--korea-venue") << QStringLiteral("kraken"));
    EXPECT_EQ(waitForExit(), 2);
    const QByteArray err = process.readAllStandardError();
    EXPECT_TRUE(err.contains("--korea-venue") && err.contains("bithumb, upbit, coinone") && err.contains("kraken"))
        << err.constData();
}
