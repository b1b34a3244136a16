// The streaming ingest goal (docs/benchmarks.md): at least 20,000 socket messages a second on one
// core, each decoded by its venue's real decoder (VenueDirectory::standard()), merged where the
// venue sends deltas (Bybit), and applied to a MarketBoard.
//
// The messages are the ws-*.json fixtures of the six venues renamed to 250 coins (C001...), with
// their prices scaled by a drift of at most 0.1 % from round to round, in the mix the venues push:
// per coin and round a Bithumb and an Upbit ticker and one-level book, a Coinone ticker, a Binance
// book ticker, an OKX ticker, a Bybit delta; per round one Binance mark price array and one mini
// ticker array of every coin, and every tenth coin's OKX funding rate. Bybit's snapshots are decoded before the clock
// starts.
#include "premium/marketboard.h"
#include "venues/venuedirectory.h"

#include "../common/fixturefile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <benchmark/benchmark.h>

#include <array>
#include <memory>

namespace {

constexpr int Coins = 250;
constexpr int Rounds = 8;
constexpr qint64 Start = 1'796'025'600'000;

struct Message
{
    int venue; // index in Stream::venues
    QByteArray payload;
};

QString coinName(int coin)
{
    return QStringLiteral("C%1").arg(coin + 1, 3, 10, QLatin1Char('0'));
}

// The message with every value of these keys multiplied by `factor`, written as the venue writes
// it (a string stays a string).
QByteArray scaled(const QByteArray &message, std::initializer_list<const char *> keys, const Decimal &factor)
{
    QString text = QString::fromUtf8(message);
    for (const char *key : keys) {
        const QRegularExpression field(
            QStringLiteral(R"(("%1"\s*:\s*)("?)([-0-9.eE+]+)("?))").arg(QString::fromLatin1(key)));
        QString result;
        qsizetype done = 0;
        for (const QRegularExpressionMatch &match : field.globalMatch(text)) {
            const Decimal value = Decimal::fromString(match.captured(3)).value_or(Decimal());
            result += text.mid(done, match.capturedStart(3) - done)
                + (value * factor).roundedHalfUp(12).normalized().toString();
            done = match.capturedEnd(3);
        }
        text = result + text.mid(done);
    }
    return text.toUtf8();
}

QByteArray renamed(const QString &fixture, const QString &from, const QString &to)
{
    return QString::fromUtf8(fixtureFile(fixture)).replace(from, to).toUtf8();
}

Instrument instrument(const QString &venue, const QString &coin, const QString &symbol, qint64 sizeMultiplier = 1)
{
    Instrument result;
    result.venue = venue;
    result.coin = coin;
    result.symbol = symbol;
    result.sizeMultiplier = Decimal::fromInteger(sizeMultiplier);
    return result;
}

// The first row of a Binance all-symbol array fixture, for the symbol of `coin`.
QByteArray arrayRow(const QString &fixture, const QString &coin)
{
    QJsonObject row = QJsonDocument::fromJson(fixtureFile(fixture)).array().first().toObject();
    row.insert(QStringLiteral("s"), QString(coin + QStringLiteral("USDT")));
    return QJsonDocument(row).toJson(QJsonDocument::Compact);
}

// The six venues' decoders, the board, and the messages of every round.
class Stream
{
public:
    const QStringList venues { QStringLiteral("bithumb"), QStringLiteral("upbit"), QStringLiteral("coinone"),
                               QStringLiteral("binance"), QStringLiteral("okx"),   QStringLiteral("bybit") };

    Stream()
    {
        std::array<QList<Instrument>, 6> instruments;
        for (int coin = 0; coin < Coins; ++coin) {
            const QString name = coinName(coin);
            instruments[0].append(instrument(venues[0], name, QStringLiteral("KRW-") + name));
            instruments[1].append(instrument(venues[1], name, QStringLiteral("KRW-") + name));
            instruments[2].append(instrument(venues[2], name, name));
            instruments[3].append(instrument(venues[3], name, name + QStringLiteral("USDT")));
            instruments[4].append(instrument(venues[4], name, name + QStringLiteral("-USDT-SWAP"), 1'000'000));
            instruments[5].append(instrument(venues[5], name, name + QStringLiteral("USDT")));
        }
        for (qsizetype v = 0; v < venues.size(); ++v) {
            const VenueStream *stream = VenueDirectory::standard().findStream(venues[v]);
            if (!stream) {
                error = QStringLiteral("no stream of ") + venues[v];
                return;
            }
            decoders.push_back(stream->decoder(InstrumentSet(instruments[v])));
        }
        for (int round = 0; round < Rounds; ++round)
            addRound(round);
        for (int coin = 0; coin < Coins; ++coin) {
            const QByteArray snapshot
                = renamed(QStringLiteral("bybit/ws-tickers-snapshot.json"), QStringLiteral("SHIB1000USDT"),
                          coinName(coin) + QStringLiteral("USDT"));
            if (decoders[5]->decode(snapshot, Start).kind != StreamEvent::Kind::Quotes)
                error = QStringLiteral("a Bybit snapshot gave no quote");
        }
        // Every message once, so that the board holds every coin before the clock starts.
        for (const Message &message : std::as_const(messages)) {
            const StreamEvent event = decoders[message.venue]->decode(message.payload, ++now);
            if (event.kind != StreamEvent::Kind::Quotes) {
                error = venues[message.venue] + QStringLiteral(": ") + event.error
                    + QString::fromUtf8(message.payload.left(80));
                return;
            }
            board.apply(event.batch);
        }
    }

    QString error;
    std::vector<std::unique_ptr<StreamDecoder>> decoders;
    QList<Message> messages;
    MarketBoard board;
    qint64 now = Start;

private:
    void addRound(int round)
    {
        // 1 + round / 10,000: the prices drift by 0.01 % a round, 0.07 % over the eight.
        const Decimal drift = Decimal::fromParts(10'000 + round, 4);
        QByteArray marks = "[";
        QByteArray tickers = "[";
        for (int coin = 0; coin < Coins; ++coin) {
            const QString name = coinName(coin);
            const auto add = [&](int venue, const QByteArray &payload) {
                messages.append(Message { venue, payload });
            };
            for (int korean = 0; korean < 2; ++korean) {
                const QString folder = venues[korean] + u'/';
                add(korean,
                    scaled(renamed(folder + QStringLiteral("ws-ticker.json"), QStringLiteral("KRW-SHIB"),
                                   QStringLiteral("KRW-") + name),
                           { "trade_price" }, drift));
                add(korean,
                    scaled(renamed(folder + QStringLiteral("ws-orderbook.json"), QStringLiteral("KRW-BTC"),
                                   QStringLiteral("KRW-") + name),
                           { "ask_price", "bid_price" }, drift));
            }
            add(2,
                scaled(
                    renamed(QStringLiteral("coinone/ws-ticker.json"), QStringLiteral("\"SHIB\""), u'"' + name + u'"'),
                    { "last", "ask_best_price", "bid_best_price" }, drift));
            add(3,
                scaled(renamed(QStringLiteral("binance/ws-bookticker.json"), QStringLiteral("1000SHIBUSDT"),
                               name + QStringLiteral("USDT")),
                       { "b", "a" }, drift));
            add(4,
                scaled(renamed(QStringLiteral("okx/ws-tickers.json"), QStringLiteral("SHIB-USDT-SWAP"),
                               name + QStringLiteral("-USDT-SWAP")),
                       { "last", "askPx", "bidPx" }, drift));
            if (coin % 10 == round % 10)
                add(4,
                    renamed(QStringLiteral("okx/ws-funding-rate.json"), QStringLiteral("SHIB-USDT-SWAP"),
                            name + QStringLiteral("-USDT-SWAP")));
            add(5,
                scaled(renamed(QStringLiteral("bybit/ws-tickers-delta.json"), QStringLiteral("SHIB1000USDT"),
                               name + QStringLiteral("USDT")),
                       { "markPrice" }, drift));
            marks += (coin ? "," : "") + arrayRow(QStringLiteral("binance/ws-markprice-arr.json"), name);
            tickers += (coin ? "," : "") + arrayRow(QStringLiteral("binance/ws-miniticker-arr.json"), name);
        }
        // Both in the combined-stream envelope of the /market socket.
        messages.append(
            Message { 3, scaled(R"({"stream":"!markPrice@arr@1s","data":)" + marks + "]}", { "p" }, drift) });
        messages.append(
            Message { 3, scaled(R"({"stream":"!miniTicker@arr","data":)" + tickers + "]}", { "c" }, drift) });
    }
};

Stream &stream()
{
    static Stream instance;
    return instance;
}

// Every message of the mix, in order, through its decoder and into the board.
void ingestMix(benchmark::State &state)
{
    Stream &s = stream();
    if (!s.error.isEmpty()) {
        state.SkipWithError(qPrintable(s.error));
        return;
    }
    qint64 quotes = 0;
    qint64 issues = 0;
    for (auto _ : state) {
        for (const Message &message : std::as_const(s.messages)) {
            const StreamEvent event = s.decoders[message.venue]->decode(message.payload, ++s.now);
            quotes += event.batch.quotes.size();
            issues += s.board.apply(event.batch).size();
        }
    }
    state.SetItemsProcessed(state.iterations() * s.messages.size());
    state.counters["messages_per_round"] = double(s.messages.size() / Rounds);
    state.counters["quotes_per_message"] = double(quotes) / double(state.iterations() * s.messages.size());
    state.counters["issues"] = double(issues);
}
BENCHMARK(ingestMix)->Unit(benchmark::kMillisecond);

// One venue's messages alone: which decoder costs what.
void ingestVenue(benchmark::State &state)
{
    Stream &s = stream();
    if (!s.error.isEmpty()) {
        state.SkipWithError(qPrintable(s.error));
        return;
    }
    const int venue = int(state.range(0));
    QList<QByteArray> payloads;
    for (const Message &message : std::as_const(s.messages)) {
        if (message.venue == venue)
            payloads.append(message.payload);
    }
    for (auto _ : state) {
        for (const QByteArray &payload : std::as_const(payloads))
            s.board.apply(s.decoders[venue]->decode(payload, ++s.now).batch);
    }
    state.SetItemsProcessed(state.iterations() * payloads.size());
    state.SetLabel(s.venues[venue].toStdString());
}
BENCHMARK(ingestVenue)->DenseRange(0, 5)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
