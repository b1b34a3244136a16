#include "streamtest.h"

#include "websocketfixtureserver.h"

#include <QTest>
#include <QWebSocket>

#include <memory>

using namespace StreamTest;

// Each venue's stream against tests/support's WebSocketFixtureServer speaking that venue's
// protocol over a real socket on loopback: the plan's addresses on a test server, its subscription
// frames as the server reads them, the messages it pushes (binary frames for Upbit and Bithumb,
// Bybit's snapshot then delta) through the stream's decoder, and the keep-alive answered.

namespace {

constexpr int WaitMs = 10'000;

struct Venue
{
    const char *id;
    const char *listing;
};

// One planned socket: a client, the plan's decoder and what it made of every message.
struct Socket
{
    std::unique_ptr<QWebSocket> client = std::make_unique<QWebSocket>();
    std::unique_ptr<StreamDecoder> decoder;
    QList<StreamEvent> events;

    bool has(StreamEvent::Kind kind, const QString &coin = {}) const
    {
        return std::any_of(events.cbegin(), events.cend(), [&](const StreamEvent &event) {
            return event.kind == kind
                && (coin.isEmpty()
                    || std::any_of(event.batch.quotes.cbegin(), event.batch.quotes.cend(),
                                   [&](const MarketQuote &quote) { return quote.coin == coin; }));
        });
    }
};

class StreamLoopbackTest : public ::testing::TestWithParam<Venue>
{
protected:
    QString venue() const { return QString::fromLatin1(GetParam().id); }
};

} // namespace

TEST_P(StreamLoopbackTest, SubscribesReceivesAndKeepsAliveOverARealSocket)
{
    WebSocketFixtureServer server(venue());
    ASSERT_TRUE(server.listen());
    const VenueStream *stream = streamOf(venue());
    ASSERT_NE(stream, nullptr);
    const InstrumentSet followed = listedOn(venue(), QString::fromLatin1(GetParam().listing));
    const Instrument *shib = followed.byCoin(QStringLiteral("SHIB"));
    ASSERT_NE(shib, nullptr);

    const QList<StreamSocketPlan> plan = stream->plan(server.baseUrl(), followed);
    ASSERT_FALSE(plan.isEmpty());
    std::vector<Socket> sockets(plan.size());
    for (qsizetype i = 0; i < plan.size(); ++i) {
        EXPECT_EQ(plan[i].url.host(), QStringLiteral("127.0.0.1"));
        EXPECT_EQ(plan[i].url.port(), server.port());
        Socket &socket = sockets[i];
        socket.decoder = stream->decoder(followed);
        const auto decode = [&socket](const QByteArray &payload) {
            socket.events.append(socket.decoder->decode(payload, kReceivedAtMs));
        };
        QObject::connect(socket.client.get(), &QWebSocket::textMessageReceived, socket.client.get(),
                         [decode](const QString &text) { decode(text.toUtf8()); });
        QObject::connect(socket.client.get(), &QWebSocket::binaryMessageReceived, socket.client.get(), decode);
        socket.client->open(plan[i].url);
        ASSERT_TRUE(QTest::qWaitFor([&] { return socket.client->state() == QAbstractSocket::ConnectedState; }, WaitMs))
            << plan[i].url.toString().toStdString();
        for (const QByteArray &frame : plan[i].subscribeFrames)
            socket.client->sendTextMessage(QString::fromUtf8(frame));
    }
    // The server reads every socket's subscription as the venue would, SHIB's code among them.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            for (const int id : server.openSockets()) {
                const QStringList codes = server.codesOf(id);
                if (!codes.contains(shib->symbol) && !codes.contains(QStringLiteral("*")))
                    return false;
            }
            return server.openCount() == plan.size();
        },
        WaitMs));

    // Twice: Bybit's first message is the snapshot, the second a delta merged into it.
    server.push(shib->symbol);
    server.push(shib->symbol);
    for (const Socket &socket : sockets) {
        EXPECT_TRUE(
            QTest::qWaitFor([&] { return socket.has(StreamEvent::Kind::Quotes, QStringLiteral("SHIB")); }, WaitMs));
        EXPECT_FALSE(socket.has(StreamEvent::Kind::Error)) << socket.events.constLast().error.toStdString();
    }

    const StreamKeepAlive keepAlive = stream->keepAlive();
    if (keepAlive.intervalMs == 0) {
        // Binance pings; QWebSocket answers on its own.
        server.pingClients();
        EXPECT_TRUE(QTest::qWaitFor([&] { return server.pongsReceived() >= int(plan.size()); }, WaitMs));
        return;
    }
    for (Socket &socket : sockets) {
        socket.client->sendTextMessage(QString::fromUtf8(keepAlive.frame));
        EXPECT_TRUE(QTest::qWaitFor([&] { return socket.has(StreamEvent::Kind::Pong); }, WaitMs));
    }
}

INSTANTIATE_TEST_SUITE_P(EveryVenue, StreamLoopbackTest,
                         ::testing::Values(Venue { "bithumb", "bithumb/v1-market-all.json" },
                                           Venue { "upbit", "upbit/v1-market-all-details.json" },
                                           Venue { "coinone", "coinone/public-v2-ticker-new-krw.json" },
                                           Venue { "binance", "binance/fapi-v1-exchangeinfo-many.json" },
                                           Venue { "okx", "okx/api-v5-public-instruments-swap.json" },
                                           Venue { "bybit", "bybit/v5-market-instruments-info-linear.json" }),
                         [](const auto &info) { return std::string(info.param.id); });
