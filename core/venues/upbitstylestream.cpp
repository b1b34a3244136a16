#include "upbitstylestream.h"

#include "statelessstreamdecoder.h"
#include "upbitstyle.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

const QString kPath = QStringLiteral("/websocket/v1");
// Both venues close a socket idle for about 60 s (Bithumb's reference says 120 s; 60 s was seen).
constexpr int kPingIntervalMs = 25'000;

} // namespace

UpbitStyleStream::UpbitStyleStream(QUrl defaultRestBaseUrl, QUrl socketHost)
    : m_defaultRestBaseUrl(std::move(defaultRestBaseUrl))
    , m_socketHost(std::move(socketHost))
{
}

QList<StreamSocketPlan> UpbitStyleStream::plan(const QUrl &restBaseUrl, const InstrumentSet &followed) const
{
    if (followed.isEmpty())
        return {};
    QJsonArray tickers;
    QJsonArray books;
    for (const Instrument &instrument : followed.all()) {
        tickers.append(instrument.symbol);
        // One level: the best bid and ask are all a premium reads, and a fifteenth of the bytes.
        books.append(QString(instrument.symbol + QStringLiteral(".1")));
    }
    const QJsonArray request {
        QJsonObject { { QStringLiteral("ticket"), QStringLiteral("premium-spread") } },
        QJsonObject { { QStringLiteral("type"), QStringLiteral("ticker") }, { QStringLiteral("codes"), tickers } },
        QJsonObject { { QStringLiteral("type"), QStringLiteral("orderbook") }, { QStringLiteral("codes"), books } },
        QJsonObject { { QStringLiteral("format"), QStringLiteral("DEFAULT") } },
    };
    StreamSocketPlan socket;
    socket.name = QStringLiteral("public");
    socket.url = socketUrl(restBaseUrl, m_defaultRestBaseUrl, m_socketHost, kPath);
    socket.subscribeFrames.append(QJsonDocument(request).toJson(QJsonDocument::Compact));
    socket.coins = followed.coins();
    return { socket };
}

StreamKeepAlive UpbitStyleStream::keepAlive() const
{
    return StreamKeepAlive { kPingIntervalMs, QByteArrayLiteral("PING"), false };
}

bool UpbitStyleStream::resubscribeReplaces() const
{
    return true;
}

std::unique_ptr<StreamDecoder> UpbitStyleStream::decoder(const InstrumentSet &followed) const
{
    return std::make_unique<StatelessStreamDecoder>(id(), followed, UpbitStyle::parseStreamMessage);
}
