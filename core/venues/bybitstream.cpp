#include "bybitstream.h"

#include "bybitvenue.h"
#include "quoterows.h"
#include "streamframes.h"
#include "venuereply.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

const QString kTicker = QStringLiteral("ticker");
const QLatin1StringView kTopicPrefix("tickers.");
// A linear ticker has about 30 fields: a state that would grow past this is not Bybit's ticker,
// and new names beyond it are not kept, so that no message stream grows it without end.
constexpr qsizetype kMaxFields = 64;

// The scalar fields of one symbol's ticker as the venue wrote them, key and value ready to be
// written back as JSON (`"markPrice"` and `"0.013944"`), in the order first seen.
using Fields = QList<std::pair<QByteArray, QByteArray>>;

// A scalar token written back: a string with its quotes and escapes, a number or literal as is.
QByteArray written(const FlatJson &json, qsizetype token)
{
    const QByteArray raw = json.raw(token).toByteArray();
    return json.is(token, FlatJson::Type::String) ? '"' + raw + '"' : raw;
}

// Merges the scalar members of `data` into `fields`: a snapshot into empty fields, a delta into
// the state, where a member it does not carry keeps its value.
void merge(const FlatJson &json, qsizetype data, Fields &fields)
{
    for (qsizetype key = json.firstMember(data); key != FlatJson::None; key = json.nextMember(data, key)) {
        const qsizetype value = key + 1;
        if (json.is(value, FlatJson::Type::Object) || json.is(value, FlatJson::Type::Array))
            continue;
        const QByteArray name = '"' + json.raw(key).toByteArray() + '"';
        auto it = std::find_if(fields.begin(), fields.end(), [&](const auto &field) { return field.first == name; });
        if (it != fields.end())
            it->second = written(json, value);
        else if (fields.size() < kMaxFields)
            fields.append({ name, written(json, value) });
    }
}

QByteArray objectText(const Fields &fields)
{
    QByteArray text = "{";
    for (const auto &[name, value] : fields) {
        if (text.size() > 1)
            text += ',';
        text += name + ':' + value;
    }
    return text + '}';
}

// Keeps each followed symbol's ticker state on one socket; a new snapshot (after a resubscription)
// replaces it.
class BybitDecoder final : public StreamDecoder
{
public:
    BybitDecoder(QString venue, InstrumentSet followed)
        : m_venue(std::move(venue))
        , m_followed(std::move(followed))
    {
    }

    StreamEvent decode(QByteArrayView payload, qint64 receivedAtMs) override
    {
        const auto json = FlatJson::parse(payload);
        if (!json || !json->is(0, FlatJson::Type::Object))
            return StreamFrames::unreadable(payload);
        if (json->member(0, "op"_L1) != FlatJson::None)
            return answer(*json);
        const QString topic = json->string(json->member(0, "topic"_L1));
        const QString type = json->string(json->member(0, "type"_L1));
        const qsizetype data = json->member(0, "data"_L1);
        if (topic.isEmpty() || !json->is(data, FlatJson::Type::Object) || (type != u"snapshot" && type != u"delta"))
            return StreamFrames::unreadable(payload);
        if (!topic.startsWith(kTopicPrefix))
            return StreamFrames::event(StreamEvent::Kind::Ignored);
        const ReplyContext context { m_venue, kTicker, {}, 200, receivedAtMs };
        QuoteBatch batch = QuoteRows::batchFor(m_venue, kTicker, context);
        const Instrument *instrument = VenueReply::rowInstrument(*json, data, "symbol"_L1, m_followed, batch);
        if (!instrument)
            return StreamFrames::fromBatch(std::move(batch));
        auto state = m_state.find(instrument->symbol);
        if (type == u"snapshot")
            state = m_state.insert(instrument->symbol, {});
        else if (state == m_state.end())
            return StreamFrames::failure(QStringLiteral("a delta of %1 before its snapshot").arg(instrument->symbol));
        merge(*json, data, *state);
        // The merged state read as one REST row, by the same reader.
        const QByteArray whole = objectText(*state);
        const auto merged = FlatJson::parse(whole);
        if (!merged)
            return StreamFrames::unreadable(payload);
        VenueReply::readRow(*merged, 0, *instrument, BybitVenue::readTicker, batch);
        return StreamFrames::fromBatch(std::move(batch));
    }

private:
    // The answers to our requests: {"success":true,"ret_msg":"","op":"subscribe"}, the pong
    // ({"op":"pong"}, or "ret_msg":"pong" on the ping) and a refused subscription.
    static StreamEvent answer(const FlatJson &json)
    {
        const QString op = json.string(json.member(0, "op"_L1));
        const QString message = json.string(json.member(0, "ret_msg"_L1));
        if (json.is(json.member(0, "success"_L1), FlatJson::Type::False))
            return StreamFrames::venueError(op, message);
        if (op == u"pong" || message == u"pong")
            return StreamFrames::event(StreamEvent::Kind::Pong);
        if (op == u"subscribe")
            return StreamFrames::event(StreamEvent::Kind::Ack);
        return StreamFrames::event(StreamEvent::Kind::Ignored);
    }

    QString m_venue;
    InstrumentSet m_followed;
    QHash<QString, Fields> m_state; // by symbol
};

} // namespace

QString BybitStream::id() const
{
    return BybitVenue().id();
}

QList<StreamSocketPlan> BybitStream::plan(const QUrl &restBaseUrl, const InstrumentSet &followed) const
{
    QStringList topics;
    for (const Instrument &instrument : followed.all())
        topics.append(kTopicPrefix + instrument.symbol);
    const QStringList coins = followed.coins();
    QList<StreamSocketPlan> sockets;
    qsizetype carried = 0;
    for (const QStringList &socketTopics :
         StreamFrames::runs(topics, std::numeric_limits<qsizetype>::max(), kTopicCharsPerSocket)) {
        StreamSocketPlan socket;
        socket.name = QStringLiteral("tickers-%1").arg(sockets.size() + 1);
        socket.url = socketUrl(restBaseUrl, BybitVenue().defaultBaseUrl(),
                               QUrl(QStringLiteral("wss://stream.bybit.com")), QStringLiteral("/v5/public/linear"));
        for (const QStringList &frameTopics :
             StreamFrames::runs(socketTopics, kTopicsPerFrame, std::numeric_limits<qsizetype>::max())) {
            const QJsonObject request {
                { QStringLiteral("req_id"), QString::number(socket.subscribeFrames.size() + 1) },
                { QStringLiteral("op"), QStringLiteral("subscribe") },
                { QStringLiteral("args"), QJsonArray::fromStringList(frameTopics) },
            };
            socket.subscribeFrames.append(QJsonDocument(request).toJson(QJsonDocument::Compact));
        }
        socket.coins = coins.mid(carried, socketTopics.size());
        carried += socketTopics.size();
        sockets.append(socket);
    }
    return sockets;
}

StreamKeepAlive BybitStream::keepAlive() const
{
    return StreamKeepAlive { 20'000, QByteArrayLiteral(R"({"op":"ping"})"), false };
}

int BybitStream::connectionsPerSecond() const
{
    // 500 connections per 5 minutes per IP: 1.67 a second, so one.
    return 1;
}

std::unique_ptr<StreamDecoder> BybitStream::decoder(const InstrumentSet &followed) const
{
    return std::make_unique<BybitDecoder>(id(), followed);
}
