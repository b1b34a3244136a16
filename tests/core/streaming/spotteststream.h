#pragma once

#include "venues/streamdecoder.h"
#include "venues/venuestream.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

// A venue's stream for the transport's tests, in Upbit's protocol as WebSocketFixtureServer plays
// it: one request naming every code (the new one replaces the old), binary JSON frames, "PING"
// answered {"status":"UP"}. Its limits are the test's to set, so that a test reaches the 24 h
// replacement or the connection rate without the venue's real figures.
class SpotTestStream final : public VenueStream
{
public:
    StreamKeepAlive keepAliveValue { 25'000, "PING", false };
    qint64 maxAgeMs = 0;
    int perSecond = 5;
    int coinsPerSocket = 0; // 0: every coin on one socket

    QString id() const override { return QStringLiteral("upbit"); }
    StreamKeepAlive keepAlive() const override { return keepAliveValue; }
    qint64 maxConnectionAgeMs() const override { return maxAgeMs; }
    int connectionsPerSecond() const override { return perSecond; }
    bool resubscribeReplaces() const override { return true; }

    QList<StreamSocketPlan> plan(const QUrl &restBaseUrl, const InstrumentSet &followed) const override
    {
        QUrl url = restBaseUrl;
        url.setScheme(QStringLiteral("ws"));
        url.setPath(QStringLiteral("/websocket/v1"));
        QList<StreamSocketPlan> plans;
        const QList<Instrument> &all = followed.all();
        const qsizetype chunk = coinsPerSocket > 0 ? coinsPerSocket : std::max<qsizetype>(1, all.size());
        for (qsizetype start = 0; start < all.size(); start += chunk) {
            StreamSocketPlan plan;
            plan.name = QStringLiteral("codes-%1").arg(start / chunk + 1);
            plan.url = url;
            QJsonArray codes;
            for (const Instrument &instrument : all.mid(start, chunk)) {
                codes.append(instrument.symbol);
                plan.coins.append(instrument.coin);
            }
            const QJsonArray request { QJsonObject { { QStringLiteral("ticket"), QStringLiteral("test") } },
                                       QJsonObject { { QStringLiteral("type"), QStringLiteral("ticker") },
                                                     { QStringLiteral("codes"), codes } } };
            plan.subscribeFrames.append(QJsonDocument(request).toJson(QJsonDocument::Compact));
            plans.append(plan);
        }
        return plans;
    }

    std::unique_ptr<StreamDecoder> decoder(const InstrumentSet &followed) const override
    {
        return std::make_unique<Decoder>(followed);
    }

private:
    class Decoder final : public StreamDecoder
    {
    public:
        explicit Decoder(InstrumentSet followed)
            : m_followed(std::move(followed))
        {
        }

        StreamEvent decode(QByteArrayView payload, qint64 receivedAtMs) override
        {
            StreamEvent event;
            const QJsonObject object = QJsonDocument::fromJson(payload.toByteArray()).object();
            if (object.isEmpty()) {
                event.kind = StreamEvent::Kind::Error;
                event.error = QStringLiteral("not a JSON object");
                return event;
            }
            if (object.value(QStringLiteral("status")).toString() == QStringLiteral("UP")) {
                event.kind = StreamEvent::Kind::Pong;
                return event;
            }
            const Instrument *instrument = m_followed.bySymbol(object.value(QStringLiteral("code")).toString());
            if (!instrument)
                return event;
            MarketQuote quote;
            quote.venue = instrument->venue;
            quote.coin = instrument->coin;
            quote.instrument = instrument->symbol;
            quote.last = Decimal::fromJsonDouble(object.value(QStringLiteral("trade_price")).toDouble());
            quote.receivedAtMs = receivedAtMs;
            quote.origin = QuoteOrigin::Stream;
            event.kind = StreamEvent::Kind::Quotes;
            event.batch.venue = instrument->venue;
            event.batch.request = QStringLiteral("ticker");
            event.batch.receivedAtMs = receivedAtMs;
            event.batch.quotes.append(quote);
            return event;
        }

    private:
        InstrumentSet m_followed;
    };
};
