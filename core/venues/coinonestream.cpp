#include "coinonestream.h"

#include "coinonevenue.h"
#include "quoterows.h"
#include "statelessstreamdecoder.h"
#include "streamframes.h"
#include "venuereply.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

const QString kTicker = QStringLiteral("ticker");

void readTicker(const FlatJson &json, qsizetype row, QuoteRow &reader)
{
    reader.readLast("last"_L1);
    // A side without orders is null: a thin market, not bad data.
    if (!json.is(json.member(row, "bid_best_price"_L1), FlatJson::Type::Null)
        && !json.is(json.member(row, "ask_best_price"_L1), FlatJson::Type::Null))
        reader.readBook("bid_best_price"_L1, "bid_best_qty"_L1, "ask_best_price"_L1, "ask_best_qty"_L1);
    reader.readVolume("target_volume"_L1, QuoteRow::VolumeUnit::Venue);
    reader.readChangeSinceOpen("yesterday_last"_L1);
}

// {"response_type":"DATA","channel":"TICKER","data":{…}} and the answers to our requests:
// SUBSCRIBED, PONG, ERROR.
StreamEvent decode(const QString &venue, QByteArrayView payload, qint64 receivedAtMs, const InstrumentSet &followed)
{
    const auto json = FlatJson::parse(payload);
    const qsizetype type = json ? json->member(0, "response_type"_L1) : FlatJson::None;
    if (!json || !json->is(type, FlatJson::Type::String))
        return StreamFrames::unreadable(payload);
    const QByteArrayView response = json->raw(type);
    if (response == "PONG")
        return StreamFrames::event(StreamEvent::Kind::Pong);
    if (response == "SUBSCRIBED")
        return StreamFrames::event(StreamEvent::Kind::Ack);
    if (response == "ERROR") {
        return StreamFrames::venueError(json->scalarText(json->member(0, "error_code"_L1)),
                                        json->string(json->member(0, "message"_L1)));
    }
    if (response != "DATA" || json->string(json->member(0, "channel"_L1)) != u"TICKER")
        return StreamFrames::event(StreamEvent::Kind::Ignored);
    const qsizetype row = json->member(0, "data"_L1);
    if (!json->is(row, FlatJson::Type::Object))
        return StreamFrames::unreadable(payload);
    const ReplyContext context { venue, kTicker, {}, 200, receivedAtMs };
    QuoteBatch batch = QuoteRows::batchFor(venue, kTicker, context);
    const QString coin = json->string(json->member(row, "target_currency"_L1)).toUpper();
    if (coin.isEmpty())
        return StreamFrames::unreadable(payload);
    const Instrument *instrument = followed.bySymbol(coin);
    if (json->string(json->member(row, "quote_currency"_L1)).compare(u"KRW", Qt::CaseInsensitive) == 0 && instrument)
        VenueReply::readRow(
            *json, row, *instrument, [&](QuoteRow &reader) { readTicker(*json, row, reader); }, batch);
    return StreamFrames::fromBatch(std::move(batch));
}

} // namespace

QString CoinoneStream::id() const
{
    return CoinoneVenue().id();
}

QList<StreamSocketPlan> CoinoneStream::plan(const QUrl &restBaseUrl, const InstrumentSet &followed) const
{
    if (followed.isEmpty())
        return {};
    StreamSocketPlan socket;
    socket.name = QStringLiteral("public");
    socket.url = socketUrl(restBaseUrl, CoinoneVenue().defaultBaseUrl(),
                           QUrl(QStringLiteral("wss://stream.coinone.co.kr")), QStringLiteral("/"));
    for (const Instrument &instrument : followed.all()) {
        const QJsonObject topic { { QStringLiteral("quote_currency"), QStringLiteral("KRW") },
                                  { QStringLiteral("target_currency"), instrument.symbol } };
        const QJsonObject request { { QStringLiteral("request_type"), QStringLiteral("SUBSCRIBE") },
                                    { QStringLiteral("channel"), QStringLiteral("TICKER") },
                                    { QStringLiteral("topic"), topic } };
        socket.subscribeFrames.append(QJsonDocument(request).toJson(QJsonDocument::Compact));
    }
    socket.coins = followed.coins();
    return { socket };
}

StreamKeepAlive CoinoneStream::keepAlive() const
{
    return StreamKeepAlive { 20'000, QByteArrayLiteral(R"({"request_type":"PING"})"), false };
}

int CoinoneStream::connectionsPerSecond() const
{
    // Coinone publishes no per-IP connection rate for its public socket. The app opens one socket
    // here, so one a second never slows it and keeps reconnects far from any plausible limit.
    return 1;
}

std::unique_ptr<StreamDecoder> CoinoneStream::decoder(const InstrumentSet &followed) const
{
    return std::make_unique<StatelessStreamDecoder>(id(), followed, decode);
}
