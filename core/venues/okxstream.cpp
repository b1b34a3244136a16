#include "okxstream.h"

#include "okxvenue.h"
#include "quoterows.h"
#include "statelessstreamdecoder.h"
#include "streamframes.h"
#include "venuereply.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

const QString kTicker = QStringLiteral("ticker");
const QString kFunding = QStringLiteral("funding");

// {"arg":{"channel","instId"},"data":[…]} of the two channels; the events answering our
// requests (`subscribe`, `error`) and announcing maintenance (`notice`); `pong`.
StreamEvent decode(const QString &venue, QByteArrayView payload, qint64 receivedAtMs, const InstrumentSet &followed)
{
    if (payload == "pong")
        return StreamFrames::event(StreamEvent::Kind::Pong);
    const auto json = FlatJson::parse(payload);
    if (!json || !json->is(0, FlatJson::Type::Object))
        return StreamFrames::unreadable(payload);
    if (const qsizetype event = json->member(0, "event"_L1); event != FlatJson::None) {
        const QString name = json->string(event);
        if (name == u"subscribe")
            return StreamFrames::event(StreamEvent::Kind::Ack);
        // An error refuses the subscription; a notice (64008) comes a minute before maintenance
        // closes the socket: either way a new socket is the way on.
        if (name == u"error" || name == u"notice") {
            return StreamFrames::venueError(json->scalarText(json->member(0, "code"_L1)),
                                            json->string(json->member(0, "msg"_L1)));
        }
        return StreamFrames::event(StreamEvent::Kind::Ignored);
    }
    const qsizetype rows = json->member(0, "data"_L1);
    const QString channel = json->string(json->member(json->member(0, "arg"_L1), "channel"_L1));
    if (!json->is(rows, FlatJson::Type::Array) || channel.isEmpty())
        return StreamFrames::unreadable(payload);
    void (*read)(QuoteRow &) = channel == u"tickers" ? OkxVenue::readTicker
        : channel == u"funding-rate"                 ? OkxVenue::readFundingRate
                                                     : nullptr;
    if (!read)
        return StreamFrames::event(StreamEvent::Kind::Ignored);
    const ReplyContext context { venue, read == OkxVenue::readTicker ? kTicker : kFunding, {}, 200, receivedAtMs };
    return StreamFrames::fromBatch(
        VenueReply::collect(*json, rows, "instId"_L1, followed, context.market, context, read));
}

QString argument(const QString &channel, const QString &instrument)
{
    const QJsonObject arg { { QStringLiteral("channel"), channel }, { QStringLiteral("instId"), instrument } };
    return QString::fromUtf8(QJsonDocument(arg).toJson(QJsonDocument::Compact));
}

} // namespace

QString OkxStream::id() const
{
    return OkxVenue().id();
}

QList<StreamSocketPlan> OkxStream::plan(const QUrl &restBaseUrl, const InstrumentSet &followed) const
{
    if (followed.isEmpty())
        return {};
    QStringList arguments;
    for (const Instrument &instrument : followed.all()) {
        arguments.append(argument(QStringLiteral("tickers"), instrument.symbol));
        arguments.append(argument(QStringLiteral("funding-rate"), instrument.symbol));
    }
    const QByteArray head = R"({"op":"subscribe","args":[)";
    const QByteArray tail = "]}";
    StreamSocketPlan socket;
    socket.name = QStringLiteral("public");
    socket.url = socketUrl(restBaseUrl, OkxVenue().defaultBaseUrl(), QUrl(QStringLiteral("wss://ws.okx.com:8443")),
                           QStringLiteral("/ws/v5/public"));
    // Arguments are ASCII, so characters are bytes.
    const qsizetype room = kMaxFrameBytes - head.size() - tail.size();
    for (const QStringList &frame :
         StreamFrames::runs(arguments, std::numeric_limits<qsizetype>::max(), room, qsizetype(1)))
        socket.subscribeFrames.append(head + frame.join(u',').toUtf8() + tail);
    socket.coins = followed.coins();
    return { socket };
}

StreamKeepAlive OkxStream::keepAlive() const
{
    // OKX closes a socket that was quiet for 30 s.
    return StreamKeepAlive { 25'000, QByteArrayLiteral("ping"), true };
}

int OkxStream::connectionsPerSecond() const
{
    return 3; // connection requests per second per IP
}

std::unique_ptr<StreamDecoder> OkxStream::decoder(const InstrumentSet &followed) const
{
    return std::make_unique<StatelessStreamDecoder>(id(), followed, decode);
}
