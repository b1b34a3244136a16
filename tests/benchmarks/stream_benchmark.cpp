// Streaming's latencies, end to end over loopback sockets: a venue's push to the headless line
// on stdout, a push to the market table's cell (the model's 100 ms flush included), and the age of
// a premium when it is shown, polling against streaming, side by side in one run.
#include "markettablemodel.h"

#include "premium/marketfeed.h"

#include "../common/fakevenues.h"
#include "../common/processlines.h"
#include "websocketfixtureserver.h"

#include <QApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <optional>
#include <vector>

namespace {

// Bithumb against OKX, SHIB: both sockets push a last price.
const QString KoreaCode = QStringLiteral("KRW-SHIB");
const QString Coin = QStringLiteral("SHIB");

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

double percentile(std::vector<double> samples, double share)
{
    if (samples.empty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const auto index = static_cast<size_t>(share * double(samples.size() - 1) + 0.5);
    return samples[std::min(index, samples.size() - 1)];
}

void report(benchmark::State &state, const char *prefix, const std::vector<double> &samplesMs)
{
    const std::string name(prefix);
    state.counters[name + "p50_ms"] = percentile(samplesMs, 0.50);
    state.counters[name + "p99_ms"] = percentile(samplesMs, 0.99);
    state.counters[name + "max_ms"] = samplesMs.empty() ? 0 : *std::max_element(samplesMs.cbegin(), samplesMs.cend());
}

// Runs the event loop until `done`, without QTest::qWaitFor's 10 ms naps: the fixture servers live
// in this process, and a nap between the server's write and the client's read would be measured.
template<typename Done> bool spinUntil(const Done &done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    QTimer wake; // WaitForMoreEvents returns at the latest at its next beat
    wake.start(50);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    }
    return true;
}

// The venues of the pair on loopback: REST on one server, each venue's sockets on its own.
struct Venues
{
    Venues()
    {
        ok = http.listen() && bithumb.listen() && okx.listen();
        serveAllVenues(http);
    }

    FeedConfig config(FeedTransport transport) const
    {
        FeedConfig config;
        config.transport = transport;
        config.koreanVenue = QStringLiteral("bithumb");
        config.foreignVenue = QStringLiteral("okx");
        config.koreanFallbackVenue.clear();
        config.symbols = { Coin };
        config.symbol = Coin;
        for (const char *venue : { "bithumb", "okx", "dunamu" })
            config.baseUrls.insert(QString::fromLatin1(venue), http.baseUrl());
        config.streamUrls.insert(QStringLiteral("bithumb"), bithumb.baseUrl());
        config.streamUrls.insert(QStringLiteral("okx"), okx.baseUrl());
        return config;
    }

    bool ok = false;
    FixtureServer http;
    WebSocketFixtureServer bithumb { QStringLiteral("bithumb") };
    WebSocketFixtureServer okx { QStringLiteral("okx") };
};

bool streamed(const CoinPremium &premium)
{
    return premium.koreaOrigin == QuoteOrigin::Stream && premium.foreignOrigin == QuoteOrigin::Stream;
}

// Waits until the feed has shown a premium of the coin with both prices streamed.
bool waitForStream(MarketFeed &feed)
{
    bool seen = false;
    const auto check = [&seen](const QList<CoinPremium> &premiums) {
        seen = seen || std::any_of(premiums.cbegin(), premiums.cend(), streamed);
    };
    const QMetaObject::Connection a = QObject::connect(&feed, &MarketFeed::coinsUpdated, &feed, check);
    const QMetaObject::Connection b = QObject::connect(&feed, &MarketFeed::cycled, &feed, check);
    const bool ok = QTest::qWaitFor([&seen] { return seen; }, 15'000);
    QObject::disconnect(a);
    QObject::disconnect(b);
    return ok;
}

// A push on the Korean venue's socket to its line on the stdout of a headless process.
void BM_PushToHeadlessLine(benchmark::State &state)
{
    Venues venues;
    QTemporaryDir home;
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    app.setProcessEnvironment(env);
    const QString rest = venues.http.baseUrl().toString();
    app.start(QStringLiteral(PS_APP_BINARY),
              { QStringLiteral("--headless"), QStringLiteral("--foreign-venue"), QStringLiteral("okx"),
                QStringLiteral("--symbols"), Coin, QStringLiteral("--bithumb-url"), rest, QStringLiteral("--okx-url"),
                rest, QStringLiteral("--upbit-url"), rest, QStringLiteral("--fx-url"), rest,
                QStringLiteral("--fx-fallback-url"), rest, QStringLiteral("--bithumb-stream-url"),
                venues.bithumb.baseUrl().toString(), QStringLiteral("--okx-stream-url"),
                venues.okx.baseUrl().toString(), QStringLiteral("--lines"), QStringLiteral("push") });
    if (!venues.ok || !app.waitForStarted(5000)) {
        state.SkipWithError("no fixture servers or no app");
        return;
    }
    const auto lineWhere = [&app](const auto &wanted, int timeoutMs) {
        return nextLineWhere(app, wanted, timeoutMs);
    };
    const auto isStream = [](const QJsonObject &line) {
        return line.value(u"source").toString() == u"stream";
    };
    if (lineWhere(isStream, 15'000).isEmpty()) {
        state.SkipWithError("no stream line");
        return;
    }
    // A pushed line carries a price received a moment ago; a period line's is at least the pause old.
    constexpr int PauseMs = 30;
    const auto pushed = [&](const QJsonObject &line) {
        return isStream(line) && line.value(u"korea_age_ms").toInteger(PauseMs) < PauseMs / 2;
    };
    std::vector<double> samples;
    QElapsedTimer clock;
    for (auto _ : state) {
        QTest::qWait(PauseMs); // let the previous push's period line (if any) go by
        while (app.canReadLine())
            app.readLine();
        clock.start();
        venues.bithumb.push(KoreaCode);
        if (lineWhere(pushed, 5000).isEmpty()) {
            state.SkipWithError("a push printed no line");
            break;
        }
        const double ms = double(clock.nsecsElapsed()) / 1e6;
        samples.push_back(ms);
        state.SetIterationTime(ms / 1000);
    }
    app.kill();
    app.waitForFinished(5000);
    report(state, "", samples);
}

// A push to the market table's model having flushed it (its 100 ms flush included): what the cell
// shows is then the pushed price. The fixture socket repeats one price, and a cell that does not
// change is not flushed: the premium the model gets is moved by one tick a push, as a real move
// would be.
void BM_PushToTableCell(benchmark::State &state)
{
    Venues venues;
    MarketFeed feed(venues.config(FeedTransport::Stream));
    MarketTableModel model;
    model.setCoins({ Coin });
    int tick = 0;
    QObject::connect(&feed, &MarketFeed::coinsUpdated, &model, [&model, &tick](QList<CoinPremium> premiums) {
        ++tick;
        for (CoinPremium &premium : premiums) {
            if (premium.koreaPrice)
                premium.koreaPrice = *premium.koreaPrice + Decimal::fromParts(tick, 8);
        }
        model.updatePremiums(premiums);
    });
    feed.start();
    if (!venues.ok || !waitForStream(feed)) {
        state.SkipWithError("no stream");
        return;
    }
    std::vector<double> samples;
    QElapsedTimer clock;
    // Past the previous push's flush, then anywhere in the flush interval, as pushes land in real use.
    QRandomGenerator random(42);
    for (auto _ : state) {
        QTest::qWait(MarketTableModel::FlushIntervalMs + 20 + int(random.bounded(MarketTableModel::FlushIntervalMs)));
        QSignalSpy flushed(&model, &MarketTableModel::flushed);
        bool shown = false;
        const QMetaObject::Connection updated
            = QObject::connect(&feed, &MarketFeed::coinsUpdated, &model, [&shown] { shown = true; });
        clock.start();
        venues.bithumb.push(KoreaCode);
        const bool ok = spinUntil([&] { return shown && !flushed.isEmpty(); }, 5000);
        QObject::disconnect(updated);
        if (!ok) {
            state.SkipWithError("a push never reached the table");
            break;
        }
        const double ms = double(clock.nsecsElapsed()) / 1e6;
        samples.push_back(ms);
        state.SetIterationTime(ms / 1000);
    }
    feed.stop();
    report(state, "", samples);
}

// The age of the Korean price when a premium shows it, polling (once a second) against streaming,
// in one run against the same venues: at a random moment the venue's price moves (its next REST
// answer and its socket carry it); each feed's age is the time until it first shows a premium with
// a Korean price received after the move.
void BM_AgeWhenShownPollVsStream(benchmark::State &state)
{
    Venues venues;
    MarketFeed polling(venues.config(FeedTransport::Poll));
    MarketFeed streaming(venues.config(FeedTransport::Stream));
    qint64 movedAtMs = 0;
    std::optional<qint64> pollShownAtMs;
    std::optional<qint64> streamShownAtMs;
    const auto watch = [&movedAtMs](std::optional<qint64> &shownAtMs) {
        return [&movedAtMs, &shownAtMs](const QList<CoinPremium> &premiums) {
            for (const CoinPremium &premium : premiums) {
                if (movedAtMs > 0 && !shownAtMs && premium.koreaPrice && premium.koreaReceivedAtMs >= movedAtMs)
                    shownAtMs = nowMs();
            }
        };
    };
    QObject::connect(&polling, &MarketFeed::cycled, &polling, watch(pollShownAtMs));
    QObject::connect(&streaming, &MarketFeed::cycled, &streaming, watch(streamShownAtMs));
    QObject::connect(&streaming, &MarketFeed::coinsUpdated, &streaming, watch(streamShownAtMs));
    polling.start();
    streaming.start();
    if (!venues.ok || !waitForStream(streaming)) {
        state.SkipWithError("no stream");
        return;
    }
    std::vector<double> pollAges;
    std::vector<double> streamAges;
    QRandomGenerator random(7);
    for (auto _ : state) {
        QTest::qWait(int(random.bounded(1000)) + 50);
        pollShownAtMs.reset();
        streamShownAtMs.reset();
        movedAtMs = nowMs();
        venues.bithumb.push(KoreaCode);
        if (!spinUntil([&] { return pollShownAtMs && streamShownAtMs; }, 5000)) {
            state.SkipWithError("a feed never showed the move");
            break;
        }
        pollAges.push_back(double(*pollShownAtMs - movedAtMs));
        streamAges.push_back(double(*streamShownAtMs - movedAtMs));
        state.SetIterationTime(double(*pollShownAtMs - movedAtMs) / 1000);
    }
    polling.stop();
    streaming.stop();
    report(state, "poll_", pollAges);
    report(state, "stream_", streamAges);
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // Samples per benchmark; the smoke test takes a few (PS_BENCH_SAMPLES=3).
    const auto samples = [](int standard) {
        const int asked = qEnvironmentVariableIntValue("PS_BENCH_SAMPLES");
        return benchmark::IterationCount(asked > 0 ? asked : standard);
    };
    benchmark::RegisterBenchmark("BM_PushToHeadlessLine", BM_PushToHeadlessLine)
        ->Iterations(samples(300))
        ->UseManualTime()
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("BM_PushToTableCell", BM_PushToTableCell)
        ->Iterations(samples(100))
        ->UseManualTime()
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("BM_AgeWhenShownPollVsStream", BM_AgeWhenShownPollVsStream)
        ->Iterations(samples(60))
        ->UseManualTime()
        ->Unit(benchmark::kMillisecond);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
