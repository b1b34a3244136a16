// What resilience and masking add to every request and every log line: the venue gate's
// admission and bookkeeping, the outlier guard per tick, masking a log line, and formatting it.
#include "exchanges/outlierguard.h"
#include "exchanges/venuegate.h"
#include "observability/jsonlog.h"
#include "observability/logmasker.h"

#include <benchmark/benchmark.h>

namespace {

void gateRequestCycle(benchmark::State &state)
{
    VenueGate gate(QStringLiteral("binance"), VenueLimits::defaults(QStringLiteral("binance")), nullptr);
    qint64 now = 1'795'600'000'000;
    for (auto _ : state) {
        const VenueGate::Admission admission = gate.admit(1, now);
        benchmark::DoNotOptimize(admission);
        gate.onSent(1, now);
        gate.onReply(ReplyFacts { 200, {}, "17" }, nullptr, now + 20);
        // 20 requests a second keep the per-second budget full but never over.
        now += 50;
    }
}
BENCHMARK(gateRequestCycle);

void outlierGuardTick(benchmark::State &state)
{
    OutlierGuard guard(Decimal::fromParts(10, 2));
    Quote quote;
    quote.venue = QStringLiteral("bithumb");
    qint64 price = 129'555'000;
    for (auto _ : state) {
        quote.price = Decimal::fromInteger(price += 1000);
        benchmark::DoNotOptimize(guard.offer(quote));
    }
}
BENCHMARK(outlierGuardTick);

void maskLogLine(benchmark::State &state, const char *line)
{
    LogMasker::registerSecret(QStringLiteral("RegisteredSecret0001"));
    LogMasker::registerSecret(QStringLiteral("RegisteredSecret0002"));
    const QString text = QString::fromLatin1(line);
    for (auto _ : state)
        benchmark::DoNotOptimize(LogMasker::mask(text));
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * text.size() * 2);
}
BENCHMARK_CAPTURE(maskLogLine, plain_warning,
                  "bithumb http://127.0.0.1:8080/v1/ticker?markets=KRW-BTC connection refused: Connection refused");
BENCHMARK_CAPTURE(maskLogLine, keyed_url,
                  "exchangerate-api https://v6.exchangerate-api.com/v6/0123456789abcdef01234567/pair/USD/KRW "
                  "API error (HTTP 403): invalid-key");

void formatLogLine(benchmark::State &state)
{
    const QMessageLogContext context(nullptr, 0, nullptr, "ps.feed");
    const QString message = QStringLiteral(
        "bithumb http://127.0.0.1:8080/v1/ticker?markets=KRW-BTC HTTP error (HTTP 502): HTML page instead of JSON");
    for (auto _ : state)
        benchmark::DoNotOptimize(JsonLog::format(QtWarningMsg, context, message, 1'795'600'000'000));
}
BENCHMARK(formatLogLine);

} // namespace

BENCHMARK_MAIN();
