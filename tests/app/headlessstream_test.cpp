#include "../common/fakevenues.h"
#include "../common/processlines.h"
#include "websocketfixtureserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <functional>

#include <gtest/gtest.h>

// The headless binary with the stream transport, end to end: the venues' REST APIs on a loopback
// HTTP server, their sockets on loopback WebSocket servers that speak each venue's protocol. The
// pair is Bithumb against OKX (SHIB), whose sockets both push a last price.
namespace {

class HeadlessStreamTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(http.listen());
        ASSERT_TRUE(bithumb.listen());
        ASSERT_TRUE(okx.listen());
        serveAllVenues(http);
    }

    void TearDown() override
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(5000);
        }
    }

    QStringList args(const QStringList &extra = {}) const
    {
        const QString url = http.baseUrl().toString();
        return QStringList { QStringLiteral("--headless"),
                             QStringLiteral("--foreign-venue"),
                             QStringLiteral("okx"),
                             QStringLiteral("--symbols"),
                             QStringLiteral("SHIB"),
                             QStringLiteral("--bithumb-url"),
                             url,
                             QStringLiteral("--okx-url"),
                             url,
                             QStringLiteral("--upbit-url"),
                             url,
                             QStringLiteral("--fx-url"),
                             url,
                             QStringLiteral("--fx-fallback-url"),
                             url,
                             QStringLiteral("--bithumb-stream-url"),
                             bithumb.baseUrl().toString(),
                             QStringLiteral("--okx-stream-url"),
                             okx.baseUrl().toString() }
        + extra;
    }

    void start(const QStringList &arguments)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(PS_APP_BINARY), arguments);
        ASSERT_TRUE(process.waitForStarted(5000));
    }

    QJsonObject lineWhere(const std::function<bool(const QJsonObject &)> &wanted, int timeoutMs = 10'000)
    {
        return nextLineWhere(process, wanted, timeoutMs);
    }

    static bool streamed(const QJsonObject &line) { return line.value(u"source").toString() == u"stream"; }

    FixtureServer http;
    WebSocketFixtureServer bithumb { QStringLiteral("bithumb") };
    WebSocketFixtureServer okx { QStringLiteral("okx") };
    QTemporaryDir home;
    QProcess process;
};

} // namespace

TEST_F(HeadlessStreamTest, BothPricesPushedMakeAStreamLineAndEveryPushPrintsOne)
{
    start(args({ QStringLiteral("--lines"), QStringLiteral("push") }));
    const QJsonObject first = lineWhere(streamed);
    ASSERT_FALSE(first.isEmpty()) << process.readAllStandardError().constData();
    EXPECT_EQ(first.value(u"symbol").toString(), QStringLiteral("SHIB"));
    EXPECT_EQ(first.value(u"korea_origin").toString(), QStringLiteral("stream"));
    EXPECT_EQ(first.value(u"foreign_origin").toString(), QStringLiteral("stream"));
    EXPECT_EQ(first.value(u"korea_price").toString(), QStringLiteral("0.02003"));
    EXPECT_FALSE(first.value(u"rate").isNull());
    EXPECT_GE(first.value(u"korea_age_ms").toInteger(-1), 0);

    // Ten pushes within one period (a ticker and a book message each): a line per message, not one
    // line a period.
    int messages = 0;
    for (int i = 0; i < 10; ++i)
        messages += bithumb.push(QStringLiteral("KRW-SHIB"));
    ASSERT_GE(messages, 10);
    int pushedLines = 0;
    const QJsonObject last
        = lineWhere([&](const QJsonObject &line) { return streamed(line) && ++pushedLines == messages; }, 5000);
    EXPECT_FALSE(last.isEmpty()) << pushedLines << " stream lines for " << messages << " messages";
    EXPECT_EQ(http.requestCount(QStringLiteral("/v1/ticker")), 0) << "a streamed coin is not polled";
}

// Scripts count on --exit-after N giving N lines per coin: pushes between periods add none unless
// --lines push asks for them, and the period's line carries the pushed prices.
TEST_F(HeadlessStreamTest, ByDefaultAStreamedCoinPrintsOneLineAPeriod)
{
    start(args({ QStringLiteral("--exit-after"), QStringLiteral("3") }));
    const QJsonObject first = lineWhere([](const QJsonObject &) { return true; });
    ASSERT_FALSE(first.isEmpty()) << process.readAllStandardError().constData();
    int messages = 0;
    for (int i = 0; i < 10; ++i)
        messages += bithumb.push(QStringLiteral("KRW-SHIB"));
    ASSERT_GE(messages, 10);
    ASSERT_TRUE(process.waitForFinished(15'000));
    EXPECT_EQ(process.exitCode(), 0);
    const QList<QByteArray> rest = process.readAllStandardOutput().trimmed().split('\n');
    ASSERT_EQ(rest.size(), 2) << "three periods, three lines for the one coin";
    const QJsonObject last = QJsonDocument::fromJson(rest.constLast()).object();
    EXPECT_EQ(last.value(u"symbol").toString(), QStringLiteral("SHIB"));
    EXPECT_TRUE(streamed(last)) << rest.constLast().constData();
}

TEST_F(HeadlessStreamTest, AStreamGoneShowsThePolledPriceNext)
{
    start(args());
    ASSERT_FALSE(lineWhere(streamed).isEmpty()) << process.readAllStandardError().constData();
    // Bithumb's sockets are gone for good: its coin is polled at once, and the lines say so.
    bithumb.close();
    int streamedAfter = 0;
    const QJsonObject polled = lineWhere(
        [&](const QJsonObject &line) {
            if (line.value(u"korea_origin").toString() == u"stream")
                ++streamedAfter;
            return line.value(u"korea_origin").toString() == u"poll";
        },
        10'000);
    ASSERT_FALSE(polled.isEmpty());
    EXPECT_LE(streamedAfter, 2) << "the last streamed price stays only until the poll's answer";
    EXPECT_EQ(polled.value(u"source").toString(), QStringLiteral("exchange"));
    EXPECT_EQ(polled.value(u"korea_price").toString(), QStringLiteral("0.02003"));
    EXPECT_GE(http.requestCount(QStringLiteral("/v1/ticker")), 1);
    // From then on the polled price, never the old streamed one.
    for (int i = 0; i < 3; ++i) {
        const QJsonObject next = lineWhere([](const QJsonObject &) { return true; }, 5000);
        ASSERT_FALSE(next.isEmpty());
        EXPECT_EQ(next.value(u"korea_origin").toString(), QStringLiteral("poll"));
        EXPECT_EQ(next.value(u"foreign_origin").toString(), QStringLiteral("stream"));
        EXPECT_EQ(next.value(u"source").toString(), QStringLiteral("exchange"));
    }
}

TEST_F(HeadlessStreamTest, TransportPollIsTodaysPolling)
{
    start(args({ QStringLiteral("--transport"), QStringLiteral("poll"), QStringLiteral("--exit-after"),
                 QStringLiteral("3") }));
    for (int i = 0; i < 3; ++i) {
        const QJsonObject line = lineWhere([](const QJsonObject &) { return true; });
        ASSERT_FALSE(line.isEmpty());
        EXPECT_EQ(line.value(u"source").toString(), QStringLiteral("exchange"));
        EXPECT_EQ(line.value(u"korea_origin").toString(), QStringLiteral("poll"));
        EXPECT_EQ(line.value(u"foreign_origin").toString(), QStringLiteral("poll"));
    }
    ASSERT_TRUE(process.waitForFinished(10'000));
    EXPECT_EQ(process.exitCode(), 0);
    EXPECT_EQ(bithumb.connectionCount() + okx.connectionCount(), 0) << "no socket opened";
}
