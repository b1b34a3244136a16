// Parsing cost of each reply kind, and the latency from an exchange reply on loopback to the
// premium line being written.
#include "exchanges/tickerparsers.h"
#include "fx/fxparsers.h"
#include "premium/marketfeed.h"
#include "premium/premiumjson.h"

#include "../common/fakevenues.h"
#include "../common/fixturefile.h"

#include <QElapsedTimer>
#include <QEventLoop>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>

namespace {

using Parser = QuoteResult (*)(const QByteArray &, const ReplyContext &);

void parse(benchmark::State &state, Parser parser, const char *file, const char *market)
{
    const QByteArray body = fixtureFile(QString::fromLatin1(file));
    const ReplyContext context{QStringLiteral("venue"), QString::fromLatin1(market), QStringLiteral("BTC"), 200, 0};
    for (auto _ : state) {
        QuoteResult result = parser(body, context);
        benchmark::DoNotOptimize(result);
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * body.size());
}

BENCHMARK_CAPTURE(parse, bithumb_v1_ticker, &TickerParsers::parseMarketTicker, "bithumb/v1-ticker-krw-btc.json", "KRW-BTC");
BENCHMARK_CAPTURE(parse, upbit_v1_ticker, &TickerParsers::parseMarketTicker, "upbit/v1-ticker-krw-btc.json", "KRW-BTC");
BENCHMARK_CAPTURE(parse, binance_ticker_price, &TickerParsers::parseFuturesTickerPrice, "binance/fapi-ticker-price-btcusdt.json", "BTCUSDT");
BENCHMARK_CAPTURE(parse, dunamu_forex, &FxParsers::parseDunamuRecent, "fx/dunamu-forex-recent-usd.json", "FRX.KRWUSD");
BENCHMARK_CAPTURE(parse, open_er_api, &FxParsers::parseOpenErApiLatest, "fx/open-er-api-latest-usd.json", "KRW");
BENCHMARK_CAPTURE(parse, html_error_page, &TickerParsers::parseMarketTicker, "errors/cloudflare-502.html", "KRW-BTC");

// From the moment the loopback server has the last ticker request of a cycle in hand (and writes
// its reply) to the moment the premium line has been written to a stream, as headless mode does.
// Both ends run in this process, so the figure includes the socket, parsing, the premium and the
// JSON, and excludes only the reader of stdout.
//
// The feed polls every 500 ms with the venues' real budgets: a cycle asks Bithumb twice (tickers,
// books) and Binance three times for 17 of its request weight, so 2,040 of Binance's 2,400 a
// minute; no request waits for its budget (a faster cadence measures those waits instead: a cycle
// held by its budget leaves the period to the watchdog). `bithumb_per_s` is the rate of Bithumb
// ticker requests the server saw (2 a second at this cadence).
void replyToLine(benchmark::State &state)
{
    FixtureServer server;
    server.listen();
    serveAllVenues(server);
    FeedConfig config;
    for (const char *venue : {"bithumb", "binance", "dunamu", "open-er-api"})
        config.baseUrls.insert(QString::fromLatin1(venue), server.baseUrl());
    config.tickerPeriodMs = 500;
    config.transport = FeedTransport::Poll; // polling's reply to line; streaming's is in stream_benchmark

    qint64 lastReplyNs = 0;
    QElapsedTimer clock;
    clock.start();
    QObject::connect(&server, &FixtureServer::requestReceived, &server, [&](const RecordedRequest &request) {
        if (request.path != u"/v1/forex/recent")
            lastReplyNs = clock.nsecsElapsed();
    });

    FILE *sink = std::fopen("/dev/null", "w");
    std::vector<double> latenciesMs;
    MarketFeed feed(config);
    QEventLoop loop;
    QObject::connect(&feed, &MarketFeed::cycled, &loop, [&](const QList<CoinPremium> &premiums) {
        QByteArray lines;
        for (const CoinPremium &premium : premiums)
            lines += PremiumJson::line(premium) + '\n';
        std::fwrite(lines.constData(), 1, static_cast<size_t>(lines.size()), sink);
        std::fflush(sink);
        latenciesMs.push_back(static_cast<double>(clock.nsecsElapsed() - lastReplyNs) / 1e6);
        loop.quit();
    });
    feed.start();
    QElapsedTimer running;
    running.start();
    for (auto _ : state)
        loop.exec();
    feed.stop();
    const double seconds = static_cast<double>(running.elapsed()) / 1000.0;
    std::fclose(sink);

    std::sort(latenciesMs.begin(), latenciesMs.end());
    const auto percentile = [&](double p) {
        return latenciesMs.empty() ? 0.0 : latenciesMs[static_cast<size_t>(p * static_cast<double>(latenciesMs.size() - 1))];
    };
    state.counters["p50_ms"] = percentile(0.50);
    state.counters["p99_ms"] = percentile(0.99);
    state.counters["max_ms"] = latenciesMs.empty() ? 0.0 : latenciesMs.back();
    state.counters["bithumb_per_s"] = static_cast<double>(server.requestCount(QStringLiteral("/v1/ticker"))) / seconds;
}

BENCHMARK(replyToLine)->Iterations(60)->Unit(benchmark::kMillisecond);

} // namespace
