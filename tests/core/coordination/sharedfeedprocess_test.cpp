#include "redisserver.h"

#include "../../common/fakevenues.h"

#include "venues/venuedirectory.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <gtest/gtest.h>

#include <csignal>
#include <memory>

// The shared feed end to end: three real headless processes, the loopback venue server and a
// real redis-server. Leadership is per venue (`lock:ticker:{venue}`): what the issue asks of it:
//  - for 30 s, the server sees one quote cycle per venue per period in total, not three, and the
//    two venues of the pair are polled by two different instances;
//  - all instances print a line per period and the same premium for the same tick;
//  - kill -9 of a venue's poller: another one polls that venue within period + lease, never two
//    at once;
//  - every venue's request budget holds for all instances together: no second sees more
//    requests to it than its budget, and its shared counters count every request the server saw;
//  - SIGSTOP of a venue's poller for 5 s: after SIGCONT its stale write is refused (fencing);
//  - redis-server killed: all keep printing on their own, and go back to one poller per venue
//    after it is restarted.
//
// "One per second" is checked as "no two requests to a path closer than 800 ms": two pollers
// would put two requests into some second, while a single poller whose cadence sits right on a
// second boundary could put two into one calendar second by a few ms of timer jitter.
namespace {

constexpr qint64 MinGapMs = 800;
constexpr qint64 TakeoverMs = 3000; // period + lease
const QString KoreaVenue = QStringLiteral("bithumb");
const QString ForeignVenue = QStringLiteral("binance");
const QString KoreaPath = QStringLiteral("/v1/ticker");
const QString ForeignPath = QStringLiteral("/fapi/v1/ticker/price");
// Every path each venue is asked.
const QHash<QString, QStringList> VenuePaths = {
    { KoreaVenue,
      { QStringLiteral("/v1/market/all"), KoreaPath, QStringLiteral("/v1/orderbook"),
        QStringLiteral("/public/assetsstatus/multichain/ALL") } },
    { ForeignVenue,
      { QStringLiteral("/fapi/v1/exchangeInfo"), QStringLiteral("/fapi/v1/ticker/bookTicker"),
        QStringLiteral("/fapi/v1/premiumIndex"), ForeignPath, QStringLiteral("/fapi/v1/ticker/24hr") } },
};
// The paths asked once a cycle.
const QStringList CyclePaths
    = { KoreaPath, QStringLiteral("/v1/orderbook"), QStringLiteral("/fapi/v1/ticker/bookTicker"),
        QStringLiteral("/fapi/v1/premiumIndex"), ForeignPath };
const QByteArray BtcKoreaPrice = "\"trade_price\": 129555000,";

struct Line
{
    qint64 atMs = 0; // when the test read it
    QJsonObject json;
};

struct Instance
{
    QProcess process;
    QList<Line> lines;
    QByteArray log;
    qsizetype logRead = 0; // the log up to here is parsed
    QString id;
    QHash<QString, QString> roles; // by venue: "polling", "following" or "alone", as last logged

    QString lastSource() const
    {
        return lines.isEmpty() ? QString() : lines.constLast().json.value(u"source").toString();
    }
    qsizetype linesSince(qint64 ms) const
    {
        return std::count_if(lines.cbegin(), lines.cend(), [ms](const Line &line) { return line.atMs >= ms; });
    }

    // SharedMarketCoordinator's log: "as instance <id>", "polling <venue> for every instance",
    // "following <venue> from <id>", "polling <venue> alone: ...".
    void readLog()
    {
        log += process.readAllStandardError();
        static const QRegularExpression idPattern(QStringLiteral("as instance ([A-Za-z0-9._-]+)"));
        static const QRegularExpression rolePattern(
            QStringLiteral("\\b(polling|following) ([a-z0-9]+) (for every instance|from|alone)"));
        for (qsizetype end = log.indexOf('\n', logRead); end >= 0; end = log.indexOf('\n', logRead)) {
            const QString line = QString::fromUtf8(log.mid(logRead, end - logRead));
            logRead = end + 1;
            if (const auto match = idPattern.match(line); match.hasMatch())
                id = match.captured(1);
            if (const auto match = rolePattern.match(line); match.hasMatch())
                roles.insert(match.captured(2),
                             match.captured(3) == u"alone" ? QStringLiteral("alone") : match.captured(1));
        }
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
        // BTC's price on Bithumb moves by 100,000 KRW on every ticker request, so that every tick
        // has its own premium and a line names the tick it shows.
        const QByteArray body = FixtureResponse::fromFile(QStringLiteral("bithumb/v1-ticker-many.json")).body;
        ASSERT_EQ(body.count(BtcKoreaPrice), 1);
        http.setRouteHandler(KoreaPath, [this, body](const RecordedRequest &) {
            FixtureResponse response;
            response.body = body;
            const QByteArray price
                = "\"trade_price\": " + QByteArray::number(129'555'000 + 100'000 * ++koreaRequests) + ',';
            response.body.replace(BtcKoreaPrice, price);
            response.delayMs = koreaDelayMs;
            return response;
        });
        for (int i = 0; i < 3; ++i)
            launch();
    }

    void TearDown() override
    {
        for (auto &instance : instances) {
            ::kill(static_cast<pid_t>(instance->process.processId()), SIGCONT);
            instance->process.kill();
            instance->process.waitForFinished(5000);
        }
    }

    void launch()
    {
        auto instance = std::make_unique<Instance>();
        Instance *raw = instance.get();
        QObject::connect(&raw->process, &QProcess::readyReadStandardOutput, &raw->process, [raw] {
            while (raw->process.canReadLine()) {
                const QJsonDocument doc = QJsonDocument::fromJson(raw->process.readLine());
                if (doc.isObject())
                    raw->lines.append({ nowMs(), doc.object() });
            }
        });
        QObject::connect(&raw->process, &QProcess::readyReadStandardError, &raw->process, [raw] { raw->readLog(); });
        const QString url = http.baseUrl().toString();
        raw->process.start(QStringLiteral(PS_APP_BINARY),
                           { QStringLiteral("--headless"), QStringLiteral("--transport"), QStringLiteral("poll"),
                             QStringLiteral("--bithumb-url"), url,
                             QStringLiteral("--binance-url"), url, QStringLiteral("--fx-url"), url,
                             QStringLiteral("--fx-fallback-url"), url, QStringLiteral("--redis"),
                             QStringLiteral("redis://127.0.0.1:%1").arg(redis.port()) });
        ASSERT_TRUE(raw->process.waitForStarted(5000));
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

    // The running instance that last said it polls `venue` for everyone.
    Instance *pollerOf(const QString &venue) const
    {
        for (Instance *instance : running()) {
            if (instance->roles.value(venue) == u"polling")
                return instance;
        }
        return nullptr;
    }

    // Each venue has one poller and every other running instance follows it, each with lines
    // newer than `sinceMs`; with `apart`, the two venues' pollers are two instances.
    bool onePollerPerVenue(qint64 sinceMs, int timeoutMs, bool apart = false)
    {
        return QTest::qWaitFor(
            [&] {
                const QList<Instance *> alive = running();
                for (const Instance *instance : alive) {
                    if (instance->linesSince(sinceMs) < 2)
                        return false;
                }
                for (const QString &venue : { KoreaVenue, ForeignVenue }) {
                    const auto polling = std::count_if(alive.cbegin(), alive.cend(), [&](const Instance *instance) {
                        return instance->roles.value(venue) == u"polling";
                    });
                    const auto following = std::count_if(alive.cbegin(), alive.cend(), [&](const Instance *instance) {
                        return instance->roles.value(venue) == u"following";
                    });
                    if (polling != 1 || following != alive.size() - 1)
                        return false;
                }
                return !apart || pollerOf(KoreaVenue) != pollerOf(ForeignVenue);
            },
            timeoutMs);
    }

    // Every running instance printed `lines` lines since `sinceMs`.
    bool everyInstanceHasPrinted(qint64 sinceMs, qsizetype lines) const
    {
        const QList<Instance *> alive = running();
        return std::all_of(alive.cbegin(), alive.cend(),
                           [&](const Instance *instance) { return instance->linesSince(sinceMs) >= lines; });
    }

    bool everyInstancePrinted(qint64 sinceMs, qsizetype lines, int timeoutMs)
    {
        return QTest::qWaitFor([&] { return everyInstanceHasPrinted(sinceMs, lines); }, timeoutMs);
    }

    QList<qint64> requestTimes(const QStringList &paths, qint64 fromMs,
                               qint64 toMs = std::numeric_limits<qint64>::max()) const
    {
        QList<qint64> times;
        for (const RecordedRequest &request : http.requests()) {
            if (paths.contains(request.path) && request.receivedAtMs >= fromMs && request.receivedAtMs < toMs)
                times.append(request.receivedAtMs);
        }
        return times;
    }

    QList<qint64> requestTimes(const QString &path, qint64 fromMs,
                               qint64 toMs = std::numeric_limits<qint64>::max()) const
    {
        return requestTimes(QStringList { path }, fromMs, toMs);
    }

    void expectOnePollerAtATime(qint64 fromMs, qint64 toMs = std::numeric_limits<qint64>::max())
    {
        for (const QString &path : CyclePaths) {
            const QList<qint64> times = requestTimes(path, fromMs, toMs);
            for (qsizetype i = 1; i < times.size(); ++i)
                EXPECT_GE(times[i] - times[i - 1], MinGapMs)
                    << path.toStdString() << ": two requests " << times[i] - times[i - 1] << " ms apart";
        }
    }

    // No calendar second saw more requests to a venue, every path of it and every instance
    // counted, than the venue's own budget.
    void expectEveryVenueWithinItsBudget()
    {
        for (auto venue = VenuePaths.cbegin(); venue != VenuePaths.cend(); ++venue) {
            const int budget = VenueDirectory::standard().find(venue.key())->limits().requestsPerSecond;
            ASSERT_GT(budget, 0) << venue.key().toStdString();
            QHash<qint64, int> perSecond;
            for (const qint64 at : requestTimes(venue.value(), 0))
                ++perSecond[at / 1000];
            for (auto second = perSecond.cbegin(); second != perSecond.cend(); ++second)
                EXPECT_LE(second.value(), budget) << venue.key().toStdString() << " in second " << second.key();
        }
    }

    // The venues' shared per-second counters (`ratelimit:{venue}:s:{second}`), read at most every
    // 250 ms: each lives two seconds, so the last second's final count is read before it expires.
    void sampleSharedBudgets()
    {
        const qint64 now = nowMs();
        if (now - lastSampleMs < 250)
            return;
        lastSampleMs = now;
        for (const QString &venue : VenuePaths.keys()) {
            for (const qint64 second : { now / 1000 - 1, now / 1000 }) {
                const RedisReply reply
                    = redis.command({ "GET", "ratelimit:" + venue.toUtf8() + ":s:" + QByteArray::number(second) });
                qint64 &count = sharedCounts[venue][second];
                count = std::max(count, reply.text.toLongLong());
            }
        }
    }

    // The shared budget of each venue counted every request the server saw, whichever instance
    // sent it: over the whole seconds between `fromMs` and `toMs`, give or take the requests
    // counted in the second next to the one the server received them in.
    void expectSharedBudgetsCountEveryRequest(qint64 fromMs, qint64 toMs)
    {
        constexpr qint64 Edge = 3;
        const qint64 first = fromMs / 1000 + 1;
        const qint64 last = toMs / 1000 - 1;
        for (auto venue = VenuePaths.cbegin(); venue != VenuePaths.cend(); ++venue) {
            qint64 counted = 0;
            for (qint64 second = first; second <= last; ++second)
                counted += sharedCounts[venue.key()].value(second);
            const qint64 sent = requestTimes(venue.value(), first * 1000, (last + 1) * 1000).size();
            EXPECT_GT(sent, 0) << venue.key().toStdString();
            EXPECT_GE(counted, sent - Edge) << venue.key().toStdString();
            EXPECT_LE(counted, sent + Edge) << venue.key().toStdString();
        }
    }

    RedisServer redis;
    FixtureServer http;
    std::vector<std::unique_ptr<Instance>> instances;
    int koreaRequests = 0;
    int koreaDelayMs = 0;
    QHash<QString, QHash<qint64, qint64>> sharedCounts; // by venue and epoch second
    qint64 lastSampleMs = 0;
};

} // namespace

TEST_F(SharedFeedProcessTest, OnePollerPerVenueAndTheSamePremiumEverywhere)
{
    ASSERT_TRUE(onePollerPerVenue(0, 15'000, true)) << "the venues are shared between the instances";
    // The cache names the poller each venue's log names.
    for (const QString &venue : { KoreaVenue, ForeignVenue }) {
        ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                return redis.command({ "HGET", "ticker:" + venue.toUtf8() + ":btc", "instance" }).text
                    == pollerOf(venue)->id.toUtf8();
            },
            3000))
            << venue.toStdString();
    }
    // Watched for 30 ticks (30 s), as the issue asks: until every instance has printed them.
    constexpr int Seconds = 30;
    const qint64 from = nowMs();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            sampleSharedBudgets();
            return everyInstanceHasPrinted(from, Seconds);
        },
        (Seconds + 15) * 1000));
    const qint64 to = nowMs();

    // One cycle per period in total, not one per instance: Bithumb's ticker and book, Binance's
    // book, funding and last price once each.
    EXPECT_GE(to - from, (Seconds - 2) * MinGapMs) << "one tick per second";
    for (const QString &path : CyclePaths) {
        const QList<qint64> times = requestTimes(path, from, to);
        EXPECT_GE(times.size(), Seconds - 2) << path.toStdString();
        EXPECT_LE(times.size(), Seconds + 1)
            << path.toStdString() << ": one request per tick in total, not one per instance";
    }
    expectOnePollerAtATime(from, to);
    expectEveryVenueWithinItsBudget();
    expectSharedBudgetsCountEveryRequest(from, to);

    // Every line names its tick by its Korean price: the same tick must show the same premium,
    // FX and foreign price in every instance.
    QHash<QString, QString> premiumOfTick;
    QHash<const Instance *, QSet<QString>> ticksOf;
    for (const auto &instance : instances) {
        for (const Line &line : instance->lines) {
            if (line.atMs < from || line.atMs >= to)
                continue;
            const QString tick = line.json.value(u"korea_price").toString();
            const QString premium = line.json.value(u"rate").toString() + u'|'
                + line.json.value(u"foreign_price").toString() + u'|' + line.json.value(u"fx_rate").toString();
            const auto known = premiumOfTick.constFind(tick);
            if (known == premiumOfTick.cend())
                premiumOfTick.insert(tick, premium);
            else
                EXPECT_EQ(known.value(), premium) << "tick " << tick.toStdString();
            ticksOf[instance.get()].insert(tick);
            EXPECT_FALSE(line.json.value(u"stale").toBool(true));
        }
    }
    const Instance *koreaPoller = pollerOf(KoreaVenue);
    ASSERT_TRUE(koreaPoller);
    const qsizetype pollerTicks = ticksOf[koreaPoller].size();
    // A follower's first lines in the window may show the poller's last ticks before it.
    for (const Line &line : koreaPoller->lines)
        ticksOf[koreaPoller].insert(line.json.value(u"korea_price").toString());
    for (const auto &instance : instances) {
        EXPECT_GE(instance->linesSince(from), Seconds - 2) << instance->id.toStdString();
        EXPECT_TRUE(ticksOf[koreaPoller].contains(ticksOf[instance.get()])) << "followers show the poller's ticks";
        EXPECT_GE(ticksOf[instance.get()].size(), pollerTicks - 2);
    }
    EXPECT_GE(premiumOfTick.size(), Seconds - 2) << "the premium moved on every tick";
}

TEST_F(SharedFeedProcessTest, KillingAVenuesPollerHandsThatVenueOverWithinPeriodPlusLease)
{
    ASSERT_TRUE(onePollerPerVenue(0, 15'000, true));
    const qint64 start = nowMs();
    Instance *victim = pollerOf(KoreaVenue);
    ASSERT_TRUE(victim);
    const qint64 killedAt = nowMs();
    victim->process.kill(); // SIGKILL: no release, only the lease frees the lock
    ASSERT_TRUE(victim->process.waitForFinished(3000));

    ASSERT_TRUE(QTest::qWaitFor([&] { return !requestTimes(KoreaPath, killedAt).isEmpty(); }, 5000));
    EXPECT_LE(requestTimes(KoreaPath, killedAt).constFirst() - killedAt, TakeoverMs);
    ASSERT_TRUE(onePollerPerVenue(nowMs(), 8000));
    EXPECT_NE(pollerOf(KoreaVenue), victim);
    ASSERT_TRUE(everyInstancePrinted(killedAt, 4, 8000));
    expectOnePollerAtATime(start);
    expectEveryVenueWithinItsBudget();
}

TEST_F(SharedFeedProcessTest, APausedPollerCannotOverwriteTheNextOnesData)
{
    ASSERT_TRUE(onePollerPerVenue(0, 15'000, true));
    const qint64 start = nowMs();
    Instance *paused = pollerOf(KoreaVenue);
    ASSERT_TRUE(paused);
    ASSERT_FALSE(paused->id.isEmpty());

    // Freeze Bithumb's poller while its ticker request is in flight: when it wakes up it finishes
    // the cycle it had begun and writes under its old fencing number.
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
    const bool refused = QTest::qWaitFor(
        [&] {
            overwritten = overwritten
                || redis.command({ "HGET", "ticker:bithumb:btc", "instance" }).text == paused->id.toUtf8();
            return paused->log.contains("refused our stale") && nowMs() - resumedAt > 1500;
        },
        4000);
    EXPECT_TRUE(refused) << paused->log.constData();
    EXPECT_FALSE(overwritten);
    ASSERT_TRUE(onePollerPerVenue(nowMs(), 8000));
    EXPECT_NE(pollerOf(KoreaVenue), paused);
    EXPECT_EQ(paused->roles.value(KoreaVenue), QStringLiteral("following"));
    expectOnePollerAtATime(start);
}

TEST_F(SharedFeedProcessTest, WithoutRedisAllKeepPrintingAndOnePollerPerVenueReturnsAfterItRestarts)
{
    ASSERT_TRUE(onePollerPerVenue(0, 15'000));
    redis.kill();
    const qint64 downAt = nowMs();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            for (Instance *instance : running()) {
                if (instance->linesSince(downAt + 1000) < 2 || instance->lastSource() != u"exchange"
                    || instance->roles.value(KoreaVenue) != u"alone" || instance->roles.value(ForeignVenue) != u"alone")
                    return false;
            }
            return true;
        },
        6000))
        << "every instance polls every venue on its own";
    // Three pollers now: six requests take about two seconds, not six.
    const qint64 aloneFrom = nowMs();
    ASSERT_TRUE(QTest::qWaitFor([&] { return requestTimes(KoreaPath, aloneFrom).size() >= 6; }, 6000));
    EXPECT_LT(nowMs() - aloneFrom, 4 * MinGapMs) << "three pollers now";

    ASSERT_TRUE(redis.restart());
    const qint64 upAt = nowMs();
    ASSERT_TRUE(onePollerPerVenue(upAt, 15'000));
    const qint64 settledAt = nowMs();
    ASSERT_TRUE(everyInstancePrinted(settledAt, 3, 6000));
    expectOnePollerAtATime(settledAt);
    for (Instance *instance : running())
        EXPECT_FALSE(instance->log.contains("refused our stale")) << "a restarted, empty Redis is no conflict";
}
