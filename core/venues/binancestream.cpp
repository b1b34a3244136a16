#include "binancestream.h"

#include "binancevenue.h"
#include "quoterows.h"
#include "statelessstreamdecoder.h"
#include "streamframes.h"
#include "venuereply.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace {

const QUrl kSocketHost(QStringLiteral("wss://fstream.binance.com"));

void readBook(QuoteRow &row)
{
    row.readBook("b"_L1, "B"_L1, "a"_L1, "A"_L1);
}

void readFunding(QuoteRow &row)
{
    row.readFunding("p"_L1, "r"_L1, "T"_L1);
}

// The last trade, the base-asset volume (1000SHIB for 1000SHIBUSDT) and the open 24 h ago.
void readMiniTicker(QuoteRow &row)
{
    row.readLast("c"_L1);
    row.readVolume("v"_L1, QuoteRow::VolumeUnit::Venue);
    row.readChangeSinceOpen("o"_L1);
}

// What an event type gives, and the name of its batch; nullptr for events we do not read.
struct EventReader
{
    const char *type;
    const char *request;
    void (*read)(QuoteRow &);
};

constexpr EventReader kReaders[] = {
    { "bookTicker", "book", readBook },
    { "markPriceUpdate", "funding", readFunding },
    { "24hrMiniTicker", "ticker", readMiniTicker },
};

const EventReader *readerOf(const FlatJson &json, qsizetype event)
{
    const qsizetype type = json.member(event, "e"_L1);
    if (!json.is(type, FlatJson::Type::String))
        return nullptr;
    for (const EventReader &reader : kReaders) {
        if (json.raw(type) == reader.type)
            return &reader;
    }
    return nullptr;
}

// Whether an event is of a USDⓈ-M contract: `st` 1, or no `st` as before the 2026 integration of
// COIN-M into the same streams.
bool isUsdsMargined(const FlatJson &json, qsizetype event)
{
    const qsizetype type = json.member(event, "st"_L1);
    return type == FlatJson::None || json.integer(type) == 1;
}

// One event object of a followed symbol into the batch.
void readEvent(const FlatJson &json, qsizetype event, const InstrumentSet &followed, QuoteBatch &batch)
{
    const EventReader *reader = readerOf(json, event);
    if (!reader || !isUsdsMargined(json, event))
        return;
    if (const Instrument *instrument = VenueReply::rowInstrument(json, event, "s"_L1, followed, batch))
        VenueReply::readRow(json, event, *instrument, reader->read, batch);
}

// A book ticker, bare or in the combined-stream envelope {"stream","data"}; the arrays of every
// symbol's mark price or mini ticker; and the answers Binance gives to requests
// ({"result":null,"id":1}, {"error":{"code","msg"}}).
StreamEvent decode(const QString &venue, QByteArrayView payload, qint64 receivedAtMs, const InstrumentSet &followed)
{
    const auto json = FlatJson::parse(payload);
    if (!json)
        return StreamFrames::unreadable(payload);
    qsizetype body = 0;
    if (json->is(0, FlatJson::Type::Object)) {
        const qsizetype error = json->member(0, "error"_L1);
        if (error != FlatJson::None) {
            return StreamFrames::venueError(json->scalarText(json->member(error, "code"_L1)),
                                            json->string(json->member(error, "msg"_L1)));
        }
        if (json->member(0, "result"_L1) != FlatJson::None && json->member(0, "id"_L1) != FlatJson::None)
            return StreamFrames::event(StreamEvent::Kind::Ack);
        if (const qsizetype data = json->member(0, "data"_L1); data != FlatJson::None)
            body = data;
    }
    const bool many = json->is(body, FlatJson::Type::Array);
    if (!many && !json->is(json->member(body, "e"_L1), FlatJson::Type::String))
        return StreamFrames::unreadable(payload);
    // An array holds one event type: its first element's names the batch.
    const EventReader *first = readerOf(*json, many ? json->firstElement(body) : body);
    const QString request = QString::fromLatin1(first ? first->request : "other");
    const ReplyContext context { venue, request, {}, 200, receivedAtMs };
    QuoteBatch batch = QuoteRows::batchFor(venue, request, context);
    if (!many) {
        readEvent(*json, body, followed, batch);
        return StreamFrames::fromBatch(std::move(batch));
    }
    batch.quotes.reserve(followed.size());
    for (qsizetype event = json->firstElement(body); event != FlatJson::None; event = json->nextElement(body, event))
        readEvent(*json, event, followed, batch);
    return StreamFrames::fromBatch(std::move(batch));
}

} // namespace

QString BinanceStream::id() const
{
    return BinanceVenue().id();
}

QList<StreamSocketPlan> BinanceStream::plan(const QUrl &restBaseUrl, const InstrumentSet &followed) const
{
    if (followed.isEmpty())
        return {};
    const QUrl restDefault = BinanceVenue().defaultBaseUrl();
    QStringList streams;
    for (const Instrument &instrument : followed.all()) {
        // Stream names are lower case; the event type keeps its own case.
        streams.append(instrument.symbol.toLower() + QStringLiteral("@bookTicker"));
    }
    QList<StreamSocketPlan> sockets;
    const QStringList coins = followed.coins();
    qsizetype carried = 0;
    for (const QStringList &names :
         StreamFrames::runs(streams, kStreamsPerSocket, std::numeric_limits<qsizetype>::max())) {
        StreamSocketPlan socket;
        socket.name = QStringLiteral("public-%1").arg(sockets.size() + 1);
        socket.url = socketUrl(restBaseUrl, restDefault, kSocketHost, QStringLiteral("/public/stream"),
                               QStringLiteral("streams=") + names.join(u'/'));
        socket.coins = coins.mid(carried, names.size());
        carried += names.size();
        sockets.append(socket);
    }
    StreamSocketPlan market;
    market.name = QStringLiteral("market");
    // Every symbol's mark price and funding, and its last trade and 24 h volume, once a second.
    market.url = socketUrl(restBaseUrl, restDefault, kSocketHost, QStringLiteral("/market/stream"),
                           QStringLiteral("streams=!markPrice@arr@1s/!miniTicker@arr"));
    market.coins = followed.coins();
    sockets.append(market);
    return sockets;
}

StreamKeepAlive BinanceStream::keepAlive() const
{
    // Binance pings every 3 minutes and wants a pong within 10; QWebSocket answers on its own.
    return StreamKeepAlive {};
}

qint64 BinanceStream::maxConnectionAgeMs() const
{
    // Binance closes a connection at 24 h: its successor opens ten minutes before.
    return (24 * 60 - 10) * 60 * 1000LL;
}

int BinanceStream::connectionsPerSecond() const
{
    // Binance allows 300 connection attempts per 5 minutes per IP for its futures sockets: one a
    // second keeps a burst of reconnects (two sockets per 200 coins) inside it.
    return 1;
}

std::unique_ptr<StreamDecoder> BinanceStream::decoder(const InstrumentSet &followed) const
{
    return std::make_unique<StatelessStreamDecoder>(id(), followed, decode);
}
