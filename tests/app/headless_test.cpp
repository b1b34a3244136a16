#include "../common/fakevenues.h"

#include "version.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>

#include <csignal>

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
                QStringLiteral("--fx-url"), url, QStringLiteral("--fx-fallback-url"), url};
    }

    void start(const QStringList &args)
    {
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

    server.setRoute(QStringLiteral("/fapi/v2/ticker/price"), FixtureResponse::fromFile(QStringLiteral("binance/fapi-error-invalid-symbol.json"), 400));
    QJsonObject line;
    for (int i = 0; i < 3 && !line.value(u"stale").toBool(); ++i)
        line = nextLine();
    ASSERT_TRUE(line.value(u"stale").toBool()) << "no stale line while Binance fails";
    EXPECT_EQ(line.value(u"foreign_price").toString(), QStringLiteral("89277.1"));
    // Still one line per period while failing.
    EXPECT_TRUE(nextLine(2500).value(u"stale").toBool());
    EXPECT_TRUE(nextLine(2500).value(u"stale").toBool());

    server.setRoute(QStringLiteral("/fapi/v2/ticker/price"), FixtureResponse::fromFile(QStringLiteral("binance/fapi-ticker-price-btcusdt.json")));
    for (int i = 0; i < 3 && line.value(u"stale").toBool(); ++i)
        line = nextLine();
    EXPECT_FALSE(line.value(u"stale").toBool(true));

    const QByteArray log = process.readAllStandardError();
    EXPECT_TRUE(log.contains("Invalid symbol")) << log.constData();
}

TEST_F(HeadlessTest, RepliesThatNeverComeDoNotStopTheOutput)
{
    start(venueArgs());
    nextLine();
    server.setRoute(QStringLiteral("/v1/ticker"), FixtureResponse{.neverReply = true});
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
    for (const char *option : {"--headless", "--bithumb-url", "--binance-url", "--fx-url", "--fx-fallback-url", "--basis", "--exit-after"})
        EXPECT_TRUE(help.contains(option)) << option;
}
