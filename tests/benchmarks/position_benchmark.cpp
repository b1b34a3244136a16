// Cost of positions per tick: parsing the books and the premium index, one PnL evaluation, the
// book re-valuing N positions on a price update, and the table model turning that into
// dataChanged for the changed cells only.
#include "exchanges/fundingparsers.h"
#include "exchanges/orderbookparsers.h"
#include "positions/pnlcalculator.h"
#include "positions/positionbook.h"
#include "positiontablemodel.h"

#include "../common/fixturefile.h"


#include <benchmark/benchmark.h>

namespace {

using Parser = QuoteResult (*)(const QByteArray &, const ReplyContext &);

Decimal dec(const char *text)
{
    return *Decimal::fromString(QString::fromLatin1(text));
}

void parse(benchmark::State &state, Parser parser, const char *file, const char *market)
{
    const QByteArray body = fixtureFile(QString::fromLatin1(file));
    const ReplyContext context{QStringLiteral("venue"), QString::fromLatin1(market), QStringLiteral("BTC"), 200, 0};
    for (auto _ : state) {
        QuoteResult result = parser(body, context);
        benchmark::DoNotOptimize(result);
    }
}

BENCHMARK_CAPTURE(parse, bithumb_v1_orderbook, &OrderBookParsers::parseMarketOrderbook, "bithumb/v1-orderbook-krw-btc.json", "KRW-BTC");
BENCHMARK_CAPTURE(parse, binance_book_ticker, &OrderBookParsers::parseFuturesBookTicker, "binance/fapi-bookticker-btcusdt.json", "BTCUSDT");
BENCHMARK_CAPTURE(parse, binance_premium_index, &FundingParsers::parseFuturesPremiumIndex, "binance/fapi-premiumindex-btcusdt.json", "BTCUSDT");

Position position(qint64 id)
{
    Position p;
    p.id = id;
    p.symbol = QStringLiteral("BTC");
    p.quantity = Decimal::fromParts(id % 997 + 1, 3);
    p.entry = LegPrices{dec("129560000"), dec("89277.0"), dec("1432.6")};
    p.koreaFeeRate = dec("0.0004");
    p.foreignFeeRate = dec("0.0005");
    p.openedAtMs = 1'000 + id;
    if (id % 2 == 0) {
        p.exit = LegPrices{dec("130000000"), dec("89500.0"), dec("1432.6")};
        p.closedAtMs = 1'700'000'000'000;
    }
    return p;
}

// A year of settlements every 8 hours.
QList<FundingEvent> yearOfFunding()
{
    QList<FundingEvent> events;
    for (int i = 0; i < 3 * 365; ++i)
        events.append(FundingEvent{QStringLiteral("binance"), QStringLiteral("BTC"), 1'000'000 + i * 28'800'000LL, dec("0.0001"), dec("89279.43104562")});
    return events;
}

MarketDepth depthAt(int tick)
{
    MarketDepth depth;
    depth.symbol = QStringLiteral("BTC");
    depth.korea = Quote{};
    depth.korea->venue = QStringLiteral("bithumb");
    depth.korea->book = BookTop{Decimal::fromInteger(129'550'000 + tick % 7 * 10'000), dec("1"), Decimal::fromInteger(129'560'000 + tick % 7 * 10'000), dec("1")};
    depth.foreign = Quote{};
    depth.foreign->venue = QStringLiteral("binance");
    depth.foreign->book = BookTop{dec("89277.0"), dec("1"), dec("89277.1"), dec("1")};
    depth.fx = Quote{};
    depth.fx->price = dec("1432.6");
    return depth;
}

void evaluate(benchmark::State &state)
{
    const Position p = position(1);
    const LegPrices exit{dec("129000000"), dec("88900.5"), dec("1450.25")};
    const Decimal funding = dec("0.04477943");
    for (auto _ : state) {
        PositionPnl pnl = PnlCalculator::evaluate(p, exit, funding);
        benchmark::DoNotOptimize(pnl);
    }
}
BENCHMARK(evaluate);

void fundingOfAYear(benchmark::State &state)
{
    const Position p = position(1);
    const QList<FundingEvent> events = yearOfFunding();
    for (auto _ : state) {
        Decimal total = PnlCalculator::funding(p, events, 1'800'000'000'000);
        benchmark::DoNotOptimize(total);
    }
}
BENCHMARK(fundingOfAYear);

// One price tick: the book re-values its open positions (half of N) with a year of funding.
void bookTick(benchmark::State &state)
{
    PositionBook book;
    book.setClock([] { return qint64(1'800'000'000'000); });
    book.setFundingEvents(yearOfFunding());
    QList<Position> positions;
    for (qint64 id = 1; id <= state.range(0); ++id)
        positions.append(position(id));
    book.setPositions(positions);
    int tick = 0;
    for (auto _ : state)
        book.setDepth(depthAt(++tick));
    state.SetItemsProcessed(state.iterations() * state.range(0) / 2);
}
BENCHMARK(bookTick)->Arg(10)->Arg(100)->Arg(1000)->Unit(benchmark::kMicrosecond);

// The same tick through the table model: texts of every row recomputed, dataChanged for the
// changed cells only.
void modelTick(benchmark::State &state)
{
    PositionBook book;
    book.setClock([] { return qint64(1'800'000'000'000); });
    book.setFundingEvents(yearOfFunding());
    QList<Position> positions;
    for (qint64 id = 1; id <= state.range(0); ++id)
        positions.append(position(id));
    book.setPositions(positions);
    PositionTableModel model(&book);
    qint64 changedCells = 0;
    QObject::connect(&model, &QAbstractItemModel::dataChanged, &model, [&](const QModelIndex &from, const QModelIndex &to) {
        changedCells += (to.row() - from.row() + 1) * (to.column() - from.column() + 1);
    });
    int tick = 0;
    for (auto _ : state)
        book.setDepth(depthAt(++tick));
    state.counters["changed_cells_per_tick"] = benchmark::Counter(static_cast<double>(changedCells) / static_cast<double>(state.iterations()));
}
BENCHMARK(modelTick)->Arg(10)->Arg(100)->Arg(1000)->Unit(benchmark::kMicrosecond);

} // namespace
