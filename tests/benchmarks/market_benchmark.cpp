// The market engine's goals (docs/benchmarks.md): a full cycle of six venues x 250 coins (parse
// every reply with the real adapters, apply every batch to the market board, compute every premium
// of the chosen pair) under 5 ms on one core, with its parse and board parts apart; and the memory
// the board and the premium list take for 250 coins, and how it grows over a simulated day.
//
// The replies come from SyntheticMarket (the fixtures' rows renamed COIN001... with drifting
// prices), a few distinct cycles of them, replayed with advancing receive times. A cycle here asks
// every quote request of every venue (steady:0), also those the sources ask only every few cycles
// (a minute's statistics, OKX's mark and funding), so it is the heaviest cycle there is; steady:1
// asks only the requests of every cycle, which is what 59 cycles of 60 do. The memory run follows
// the sources' schedule over ten simulated minutes (600 one-second cycles), a day with
// PS_BENCH_FULL=1, or PS_BENCH_CYCLES=N cycles.
#include "../common/residentmemory.h"
#include "../common/venueplayback.h"
#include "premium/marketboard.h"
#include "syntheticmarket.h"
#include "venues/venuedirectory.h"

#include <benchmark/benchmark.h>

#include <array>
#include <memory>

namespace {

constexpr int Coins = 250;
constexpr int DistinctCycles = 8;
constexpr qint64 Start = 1'796'025'600'000;
constexpr qint64 PeriodMs = 1000;

struct Venue
{
    const VenueAdapter *adapter = nullptr;
    InstrumentSet followed;
    QList<VenueRequest> requests;
    std::array<QList<QByteArray>, DistinctCycles> bodies; // per cycle, per request
};

// Every venue of the directory playing the synthetic market: listed, followed, and the bodies of
// each of its quote requests for every distinct cycle, each checked once through its parser.
class Market
{
public:
    Market()
        : m_synthetic(Coins)
    {
        const VenueDirectory &directory = VenueDirectory::standard();
        for (const QString &id : directory.ids()) {
            Venue venue;
            venue.adapter = directory.find(id);
            const auto body = [&](int cycle) {
                return [this, id, cycle](const VenueRequest &request) {
                    return m_synthetic.reply(id, request.path, request.query, cycle);
                };
            };
            auto listed = VenuePlayback::listing(*venue.adapter, body(0), Start);
            if (auto *failed = std::get_if<FetchError>(&listed)) {
                error = id + QStringLiteral(" listing: ") + failed->describe();
                return;
            }
            venue.followed = std::get<InstrumentSet>(listed);
            venue.requests = venue.adapter->quoteRequests(venue.followed);
            for (int cycle = 0; cycle < DistinctCycles; ++cycle) {
                for (const VenueRequest &request : std::as_const(venue.requests))
                    venue.bodies[cycle].append(body(cycle)(request));
                auto parsed = VenuePlayback::quotes(*venue.adapter, venue.followed, body(cycle), Start);
                if (auto *failed = std::get_if<FetchError>(&parsed)) {
                    error = id + QStringLiteral(" quotes: ") + failed->describe();
                    return;
                }
            }
            venues.append(venue);
        }
        const Venue *korea = find(pair.korea);
        const Venue *foreign = find(pair.foreign);
        if (!korea || !foreign || venues.size() != 6) {
            error
                = QStringLiteral("the directory has %1 venues; six and the default pair are needed").arg(venues.size());
            return;
        }
        coins = korea->followed.restrictedTo(foreign->followed.coins()).coins();
    }

    // Which requests a cycle asks: all of them (the heaviest cycle, once a minute), only those asked
    // every cycle (the other 59 seconds), or those due at this cycle as the sources schedule them.
    enum class Schedule { All, EveryCycle, Due };

    // Parses one venue's replies of `cycle` as received at `atMs`, handing each batch to `sink`.
    template<typename Sink> void parse(const Venue &venue, int cycle, qint64 atMs, Schedule schedule, Sink &&sink) const
    {
        for (qsizetype i = 0; i < venue.requests.size(); ++i) {
            const VenueRequest &request = venue.requests[i];
            if ((schedule == Schedule::EveryCycle && request.everyCycles > 1)
                || (schedule == Schedule::Due && cycle % request.everyCycles != 0))
                continue;
            BatchResult batch
                = venue.adapter->parseQuotes(request, venue.bodies[cycle % DistinctCycles][i],
                                             VenuePlayback::context(*venue.adapter, request, atMs), venue.followed);
            sink(std::get<QuoteBatch>(batch));
        }
    }

    // One whole cycle into the board, and the pair's premiums.
    QList<CoinPremium> cycle(MarketBoard &board, int cycle, qint64 atMs, Schedule schedule, qsizetype *issues) const
    {
        for (const Venue &venue : venues)
            parse(venue, cycle, atMs, schedule, [&](const QuoteBatch &batch) { *issues += board.apply(batch).size(); });
        return board.premiums(coins, pair, fxAt(atMs), PremiumBasis::Seed, atMs);
    }

    static std::optional<Quote> fxAt(qint64 atMs)
    {
        Quote fx;
        fx.venue = QStringLiteral("fx");
        fx.symbol = QStringLiteral("USD/KRW");
        fx.price = Decimal::fromParts(143260, 2);
        fx.receivedAtMs = atMs - 60'000;
        return fx;
    }

    const Venue *find(const QString &id) const
    {
        for (const Venue &venue : venues) {
            if (venue.adapter->id() == id)
                return &venue;
        }
        return nullptr;
    }

    QString error;
    QList<Venue> venues;
    VenuePair pair; // the defaults: the first venue of each side
    QStringList coins; // followed on both venues of the pair

private:
    SyntheticMarket m_synthetic;
};

const Market &market()
{
    static const Market instance;
    return instance;
}

bool ready(benchmark::State &state)
{
    if (market().error.isEmpty())
        return true;
    state.SkipWithError(qPrintable(market().error));
    return false;
}

// Arg 0: every request (the heaviest cycle); 1: only the requests asked every cycle.
Market::Schedule scheduleOf(const benchmark::State &state)
{
    return state.range(0) == 0 ? Market::Schedule::All : Market::Schedule::EveryCycle;
}

qsizetype quotesIn(const Market &m, Market::Schedule schedule)
{
    qsizetype count = 0;
    for (const Venue &venue : m.venues)
        m.parse(venue, 0, Start, schedule, [&](const QuoteBatch &batch) { count += batch.quotes.size(); });
    return count;
}

// Parse every reply, update the board, compute the pair's premiums: the whole per-cycle work.
void fullCycle(benchmark::State &state)
{
    if (!ready(state))
        return;
    const Market &m = market();
    MarketBoard board;
    qsizetype issues = 0;
    int cycle = 0;
    for (auto _ : state) {
        ++cycle;
        QList<CoinPremium> premiums = m.cycle(board, cycle, Start + cycle * PeriodMs, scheduleOf(state), &issues);
        benchmark::DoNotOptimize(premiums);
    }
    const CoinPremium last = board.premium(m.coins.constFirst(), m.pair, Market::fxAt(Start + cycle * PeriodMs),
                                           PremiumBasis::Seed, Start + cycle * PeriodMs);
    state.counters["venues"] = double(m.venues.size());
    state.counters["quotes_per_cycle"] = double(quotesIn(m, scheduleOf(state)));
    state.counters["premiums_per_cycle"] = double(m.coins.size());
    state.counters["issues"] = double(issues);
    state.counters["fresh"] = last.reason.isEmpty() && last.rate ? 1 : 0;
}
BENCHMARK(fullCycle)->ArgName("steady")->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

// The adapters' share: every reply of a cycle parsed into batches.
void parseOnly(benchmark::State &state)
{
    if (!ready(state))
        return;
    const Market &m = market();
    int cycle = 0;
    for (auto _ : state) {
        ++cycle;
        for (const Venue &venue : m.venues)
            m.parse(venue, cycle, Start + cycle * PeriodMs, scheduleOf(state),
                    [](const QuoteBatch &batch) { benchmark::DoNotOptimize(batch); });
    }
}
BENCHMARK(parseOnly)->ArgName("steady")->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

// The board's share: a cycle's batches (parsed outside the timing) validated and merged.
void boardOnly(benchmark::State &state)
{
    if (!ready(state))
        return;
    const Market &m = market();
    MarketBoard board;
    int cycle = 0;
    QList<QuoteBatch> batches;
    for (auto _ : state) {
        state.PauseTiming();
        ++cycle;
        batches.clear();
        for (const Venue &venue : m.venues)
            m.parse(venue, cycle, Start + cycle * PeriodMs, scheduleOf(state),
                    [&](const QuoteBatch &batch) { batches.append(batch); });
        state.ResumeTiming();
        for (const QuoteBatch &batch : std::as_const(batches))
            benchmark::DoNotOptimize(board.apply(batch));
    }
}
BENCHMARK(boardOnly)->ArgName("steady")->Arg(0)->Arg(1)->Unit(benchmark::kMicrosecond);

// The premiums of every followed coin of the pair from a full board.
void premiumsOnly(benchmark::State &state)
{
    if (!ready(state))
        return;
    const Market &m = market();
    MarketBoard board;
    qsizetype issues = 0;
    m.cycle(board, 1, Start + PeriodMs, Market::Schedule::All, &issues);
    for (auto _ : state) {
        QList<CoinPremium> premiums
            = board.premiums(m.coins, m.pair, Market::fxAt(Start + PeriodMs), PremiumBasis::Seed, Start + PeriodMs);
        benchmark::DoNotOptimize(premiums);
    }
}
BENCHMARK(premiumsOnly)->Unit(benchmark::kMicrosecond);

// Resident memory of the board and the premium list for 250 coins on six venues, after the first
// simulated minute, and its growth from there to the end of the simulated span.
void memoryOverTime(benchmark::State &state)
{
    if (!ready(state))
        return;
    const Market &m = market();
    const int asked = qEnvironmentVariableIntValue("PS_BENCH_CYCLES");
    const int cycles = asked > 0 ? asked : qEnvironmentVariableIntValue("PS_BENCH_FULL") == 1 ? 86'400 : 600;
    constexpr int WarmUpCycles = 60;
    for (auto _ : state) {
        const long before = residentKb();
        auto board = std::make_unique<MarketBoard>();
        QList<CoinPremium> premiums;
        qsizetype issues = 0;
        long warm = 0;
        long half = 0;
        long peak = 0;
        for (int cycle = 1; cycle <= cycles; ++cycle) {
            premiums = m.cycle(*board, cycle, Start + cycle * PeriodMs, Market::Schedule::Due, &issues);
            if (cycle == WarmUpCycles)
                warm = residentKb();
            if (cycle == cycles / 2)
                half = residentKb();
            if (cycle > WarmUpCycles && cycle % 600 == 0)
                peak = std::max(peak, residentKb());
        }
        const long after = residentKb();
        state.counters["rss_board_and_premiums_MB"] = double(warm - before) / 1024.0;
        state.counters["rss_growth_after_warmup_MB"] = double(after - warm) / 1024.0;
        // Flat means the second half adds nothing: a leak per cycle would show in both halves.
        state.counters["rss_growth_second_half_MB"] = double(after - half) / 1024.0;
        state.counters["rss_peak_growth_MB"] = double(std::max(peak, after) - warm) / 1024.0;
        state.counters["rss_total_MB"] = double(after) / 1024.0;
        state.counters["simulated_hours"] = double(cycles) / 3600.0;
        state.counters["issues"] = double(issues);
        benchmark::DoNotOptimize(premiums);
    }
}
BENCHMARK(memoryOverTime)->Iterations(1)->Unit(benchmark::kSecond);

} // namespace
