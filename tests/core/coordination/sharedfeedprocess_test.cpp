#include "redisserver.h"

#include "../../common/fakevenues.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <gtest/gtest.h>

#include <csignal>
#include <memory>

// The shared feed end to end: three real headless processes, the loopback exchange server and a
// real redis-server. What the issue asks of it:
//  - for 30 s, the exchange server sees one ticker request per venue per period in total, not three;
//  - all instances print the same premium for the same tick;
//  - kill -9 of the poller: another one polls within period + lease (3 s), never two at once;
//  - SIGSTOP of the poller for 5 s: after SIGCONT its stale write is refused (fencing);
//  - redis-server killed: all keep printing on their own, and go back to one poller after it
//    is restarted.
//
// "One per second" is checked as "no two requests to a venue closer than 800 ms": two pollers
// would put two requests into some second, while a single poller whose cadence sits right on a
// second boundary could put two into one calendar second by a few ms of timer jitter.
namespace {

constexpr qint64 MinGapMs = 800;
constexpr qint64 TakeoverMs = 3000;  // period + lease
const QString KoreaPath = QStringLiteral("/v1/ticker");
const QString ForeignPath = QStringLiteral("/fapi/v2/ticker/price");

struct Line
{
    qint64 atMs = 0;  // when the test read it
    QJsonObject json;
};

struct Instance
{
    QProcess process;
    QList<Line> lines;
    QByteArray log;
    QString id;

    QString lastSource() const { return lines.isEmpty() ? QString() : lines.constLast().json.value(u"source").toString(); }
    qsizetype linesSince(qint64 ms) const
    {
        return std::count_if(lines.cbegin(), lines.cend(), [ms](const Line &line) { return line.atMs >= ms; });
    }
};

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

class SharedFeedProcessTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(redis.start());
        ASSERT_TRUE(http.listen());
        serveAllVenues(http);
        // Bithumb's price moves by 100,000 KRW on every request, so that every tick has its own
        // premium and a line names the tick it shows.
        const QByteArray body = FixtureResponse::fromFile(QStringLiteral("bithumb/v1-ticker-krw-btc.json")).body;
        ASSERT_TRUE(body.contains("\"trade_price\": 129555000,"));
        http.setRouteHandler(KoreaPath, [this, body](const RecordedRequest &) {
            FixtureResponse response;
            response.body = body;
            const QByteArray price = "\"trade_price\": " + QByteArray::number(129'555'000 + 100'000 * ++koreaRequests) + ',';
            response.body.replace("\"trade_price\": 129555000,", price);
            response.delayMs = koreaDelayMs;
            return response;
        });
        for (int i = 0; i < 3; ++i)
            launch(i);
    }

    void TearDown() override
    {
        for (auto &instance : instances) {
            ::kill(static_cast<pid_t>(instance->process.processId()), SIGCONT);
            instance->process.kill();
            instance->process.waitForFinished(5000);
        }
    }

    void launch(int index)
    {
        auto instance = std::make_unique<Instance>();
        Instance *raw = instance.get();
        QObject::connect(&raw->process, &QProcess::readyReadStandardOutput, &raw->process, [raw] {
            while (raw->process.canReadLine()) {
                const QJsonDocument doc = QJsonDocument::fromJson(raw->process.readLine());
                if (doc.isObject())
                    raw->lines.append({nowMs(), doc.object()});
            }
        });
        QObject::connect(&raw->process, &QProcess::readyReadStandardError, &raw->process, [raw] {
            raw->log += raw->process.readAllStandardError();
            static const QRegularExpression idPattern(QStringLiteral("as instance ([A-Za-z0-9._-]+)"));
            const auto match = idPattern.match(QString::fromUtf8(raw->log));
            if (match.hasMatch())
                raw->id = match.captured(1);
        });
        const QString url = http.baseUrl().toString();
        raw->process.start(QStringLiteral(PS_APP_BINARY),
                           {QStringLiteral("--headless"), QStringLiteral("--bithumb-url"), url, QStringLiteral("--binance-url"), url,
                            QStringLiteral("--fx-url"), url, QStringLiteral("--fx-fallback-url"), url, QStringLiteral("--redis"),
                            QStringLiteral("redis://127.0.0.1:%1").arg(redis.port())});
        ASSERT_TRUE(raw->process.waitForStarted(5000));
        if (index < int(instances.size()))
            instances[index] = std::move(instance);
        else
            instances.push_back(std::move(instance));
    }

    QList<Instance *> running() const
    {
        QList<Instance *> alive;
        for (const auto &instance : instances) {
            if (instance->process.state() == QProcess::Running)
                alive.append(instance.get());
        }
        return alive;
    }

    // One instance prints from the exchanges, every other one from the cache, each with a line
    // newer than `sinceMs`.
    bool onePoller(qint64 sinceMs, int timeoutMs)
    {
        return QTest::qWaitFor([&] {
            int exchange = 0;
            int cache = 0;
            const QList<Instance *> alive = running();
            for (const Instance *instance : alive) {
                if (instance->linesSince(sinceMs) < 2)
                    return false;
                exchange += instance->lastSource() == u"exchange" ? 1 : 0;
                cache += instance->lastSource() == u"cache" ? 1 : 0;
            }
            return exchange == 1 && cache == alive.size() - 1;
        }, timeoutMs);
    }

    // Every running instance printed `lines` lines since `sinceMs`.
    bool everyInstancePrinted(qint64 sinceMs, qsizetype lines, int timeoutMs)
    {
        return QTest::qWaitFor(
            [&] {
                const QList<Instance *> alive = running();
                return std::all_of(alive.cbegin(), alive.cend(),
                                   [&](const Instance *instance) { return instance->linesSince(sinceMs) >= lines; });
            },
            timeoutMs);
    }

    Instance *poller() const
    {
        for (Instance *instance : running()) {
            if (instance->lastSource() == u"exchange")
                return instance;
        }
        return nullptr;
    }

    QList<qint64> requestTimes(const QString &path, qint64 fromMs, qint64 toMs = std::numeric_limits<qint64>::max()) const
    {
        QList<qint64> times;
        for (const RecordedRequest &request : http.requests()) {
            if (request.path == path && request.receivedAtMs >= fromMs && request.receivedAtMs < toMs)
                times.append(request.receivedAtMs);
        }
        return times;
    }

    void expectOnePollerAtATime(qint64 fromMs, qint64 toMs = std::numeric_limits<qint64>::max())
    {
        for (const QString &path : {KoreaPath, ForeignPath}) {
            const QList<qint64> times = requestTimes(path, fromMs, toMs);
            for (qsizetype i = 1; i < times.size(); ++i)
                EXPECT_GE(times[i] - times[i - 1], MinGapMs) << path.toStdString() << ": two requests " << times[i] - times[i - 1] << " ms apart";
        }
    }

    RedisServer redis;
    FixtureServer http;
    std::vector<std::unique_ptr<Instance>> instances;
    int koreaRequests = 0;
    int koreaDelayMs = 0;
};

} // namespace

TEST_F(SharedFeedProcessTest, OnePollerForAllAndTheSamePremiumEverywhere)
{
    ASSERT_TRUE(onePoller(0, 8000));
    // Watched for 30 ticks (30 s), as the issue asks: until every instance has printed them.
    constexpr int Seconds = 30;
    const qint64 from = nowMs();
    ASSERT_TRUE(everyInstancePrinted(from, Seconds, (Seconds + 15) * 1000));
    const qint64 to = nowMs();

    const QList<qint64> korea = requestTimes(KoreaPath, from, to);
    EXPECT_GE(korea.size(), Seconds - 2);
    EXPECT_LE(korea.size(), Seconds + 1) << "one request per tick in total, not one per instance";
    EXPECT_GE(to - from, (Seconds - 2) * MinGapMs) << "one tick per second";
    EXPECT_LE(requestTimes(ForeignPath, from, to).size(), Seconds + 1);
    expectOnePollerAtATime(from, to);

    // Every line names its tick by its Korean price: the same tick must show the same premium,
    // FX and foreign price in every instance.
    QHash<QString, QString> premiumOfTick;
    QHash<const Instance *, QSet<QString>> ticksOf;
    for (const auto &instance : instances) {
        for (const Line &line : instance->lines) {
            if (line.atMs < from || line.atMs >= to)
                continue;
            const QString tick = line.json.value(u"korea_price").toString();
            const QString premium = line.json.value(u"rate").toString() + u'|' + line.json.value(u"foreign_price").toString()
                + u'|' + line.json.value(u"fx_rate").toString();
            const auto known = premiumOfTick.constFind(tick);
            if (known == premiumOfTick.cend())
                premiumOfTick.insert(tick, premium);
            else
                EXPECT_EQ(known.value(), premium) << "tick " << tick.toStdString();
            ticksOf[instance.get()].insert(tick);
            EXPECT_FALSE(line.json.value(u"stale").toBool(true));
        }
    }
    const Instance *leader = poller();
    ASSERT_TRUE(leader);
    const qsizetype leaderTicks = ticksOf[leader].size();
    // A follower's first lines in the window may show the poller's last ticks before it.
    for (const Line &line : leader->lines)
        ticksOf[leader].insert(line.json.value(u"korea_price").toString());
    for (const auto &instance : instances) {
        EXPECT_GE(instance->linesSince(from), Seconds - 2) << instance->id.toStdString();
        EXPECT_TRUE(ticksOf[leader].contains(ticksOf[instance.get()])) << "followers show the poller's ticks";
        EXPECT_GE(ticksOf[instance.get()].size(), leaderTicks - 2);
    }
    EXPECT_GE(premiumOfTick.size(), Seconds - 2) << "the premium moved on every tick";
}

TEST_F(SharedFeedProcessTest, KillingThePollerHandsThePollingOverWithinThreeSeconds)
{
    ASSERT_TRUE(onePoller(0, 8000));
    const qint64 start = nowMs();
    Instance *victim = poller();
    ASSERT_TRUE(victim);
    const qint64 killedAt = nowMs();
    victim->process.kill();  // SIGKILL: no release, only the lease frees the lock
    ASSERT_TRUE(victim->process.waitForFinished(3000));

    ASSERT_TRUE(QTest::qWaitFor([&] { return !requestTimes(KoreaPath, killedAt).isEmpty(); }, 5000));
    EXPECT_LE(requestTimes(KoreaPath, killedAt).constFirst() - killedAt, TakeoverMs);
    ASSERT_TRUE(onePoller(nowMs(), 5000));
    ASSERT_TRUE(everyInstancePrinted(killedAt, 4, 8000));
    expectOnePollerAtATime(start);
}

TEST_F(SharedFeedProcessTest, APausedPollerCannotOverwriteTheNextOnesData)
{
    ASSERT_TRUE(onePoller(0, 8000));
    const qint64 start = nowMs();
    Instance *paused = poller();
    ASSERT_TRUE(paused);
    ASSERT_FALSE(paused->id.isEmpty());

    // Freeze the poller while its Bithumb request is in flight: when it wakes up it finishes the
    // cycle it had begun and writes under its old fencing number.
    koreaDelayMs = 300;
    bool frozen = false;
    QObject context;
    QObject::connect(&http, &FixtureServer::requestReceived, &context, [&](const RecordedRequest &request) {
        if (!frozen && request.path == KoreaPath) {
            frozen = true;
            ::kill(static_cast<pid_t>(paused->process.processId()), SIGSTOP);
        }
    });
    ASSERT_TRUE(QTest::qWaitFor([&] { return frozen; }, 3000));
    const qint64 frozenAt = nowMs();
    // Someone else polls within period + lease.
    ASSERT_TRUE(QTest::qWaitFor([&] { return !requestTimes(KoreaPath, frozenAt + 1).isEmpty(); }, 4000));
    // Frozen for a while longer (about 5 s): until the new poller has polled a few more times.
    ASSERT_TRUE(QTest::qWaitFor([&] { return requestTimes(KoreaPath, frozenAt + 1).size() >= 4; }, 8000));
    ::kill(static_cast<pid_t>(paused->process.processId()), SIGCONT);
    const qint64 resumedAt = nowMs();

    // Whatever it writes now is refused: the cache keeps naming the new poller.
    bool overwritten = false;
    const bool refused = QTest::qWaitFor([&] {
        overwritten = overwritten || redis.command({"HGET", "ticker:bithumb:btc", "instance"}).text == paused->id.toUtf8();
        return paused->log.contains("refused our stale") && nowMs() - resumedAt > 1500;
    }, 4000);
    EXPECT_TRUE(refused) << paused->log.constData();
    EXPECT_FALSE(overwritten);
    ASSERT_TRUE(onePoller(nowMs(), 5000));
    EXPECT_NE(poller(), paused);
    EXPECT_EQ(paused->lastSource(), QStringLiteral("cache"));
    expectOnePollerAtATime(start);
}

TEST_F(SharedFeedProcessTest, WithoutRedisAllKeepPrintingAndOnePollerReturnsAfterItRestarts)
{
    ASSERT_TRUE(onePoller(0, 8000));
    redis.kill();
    const qint64 downAt = nowMs();
    ASSERT_TRUE(QTest::qWaitFor([&] {
        for (Instance *instance : running()) {
            if (instance->linesSince(downAt + 1000) < 2 || instance->lastSource() != u"exchange")
                return false;
        }
        return true;
    }, 6000)) << "every instance polls on its own";
    // Three pollers now: six requests take about two seconds, not six.
    const qint64 aloneFrom = nowMs();
    ASSERT_TRUE(QTest::qWaitFor([&] { return requestTimes(KoreaPath, aloneFrom).size() >= 6; }, 6000));
    EXPECT_LT(nowMs() - aloneFrom, 4 * MinGapMs) << "three pollers now";

    ASSERT_TRUE(redis.restart());
    const qint64 upAt = nowMs();
    ASSERT_TRUE(onePoller(upAt, 10'000));
    const qint64 settledAt = nowMs();
    ASSERT_TRUE(everyInstancePrinted(settledAt, 3, 6000));
    expectOnePollerAtATime(settledAt);
    for (Instance *instance : running())
        EXPECT_FALSE(instance->log.contains("refused our stale")) << "a restarted, empty Redis is no conflict";
}
