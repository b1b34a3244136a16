#pragma once

#include "venues/venuedirectory.h"

#include "../../common/fixturefile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <gtest/gtest.h>

#include <string>

// What the tests of the venues' push protocols share: the stream of a venue as the app finds it,
// the instruments of its listing fixture, one message through a fresh decoder, the inputs of
// expected-premiums.md, and the garbage every decoder must turn into an Error.
namespace StreamTest {

// Our clock at a message's arrival: an odd number far from any of the venues' timestamps.
constexpr qint64 kReceivedAtMs = 1'796'025'600'321;

// The venue's stream as the app finds it; nullptr (a failed expectation) when there is none.
inline const VenueStream *streamOf(const QString &venue)
{
    const VenueStream *stream = VenueDirectory::standard().findStream(venue);
    EXPECT_NE(stream, nullptr) << venue.toStdString();
    return stream;
}

// The instruments the venue's adapter reads from its listing fixture: codes and multipliers as
// the app has them.
inline InstrumentSet listedOn(const QString &venue, const QString &listingFixture)
{
    const VenueAdapter *adapter = VenueDirectory::standard().find(venue);
    EXPECT_NE(adapter, nullptr);
    if (!adapter)
        return {};
    const ReplyContext context { venue, QStringLiteral("listing"), {}, 200, kReceivedAtMs };
    const ListingResult listing = adapter->parseListing(fixtureFile(listingFixture), context);
    EXPECT_TRUE(std::holds_alternative<QList<Instrument>>(listing));
    return std::holds_alternative<QList<Instrument>>(listing) ? InstrumentSet(std::get<QList<Instrument>>(listing))
                                                              : InstrumentSet();
}

// `count` made-up instruments of the venue, each code `symbol` with its %1 the coin ("C0042").
inline InstrumentSet syntheticInstruments(const QString &venue, int count, const QString &symbol)
{
    QList<Instrument> instruments;
    for (int i = 0; i < count; ++i) {
        Instrument instrument;
        instrument.venue = venue;
        instrument.coin = QStringLiteral("C%1").arg(i, 4, 10, QLatin1Char('0'));
        instrument.symbol = symbol.arg(instrument.coin);
        instruments.append(instrument);
    }
    return InstrumentSet(instruments);
}

// One message through a fresh decoder of the venue's stream.
inline StreamEvent decodeOne(const QString &venue, const InstrumentSet &followed, const QByteArray &payload)
{
    const VenueStream *stream = streamOf(venue);
    const std::unique_ptr<StreamDecoder> decoder = stream ? stream->decoder(followed) : nullptr;
    EXPECT_NE(decoder, nullptr);
    return decoder ? decoder->decode(payload, kReceivedAtMs) : StreamEvent {};
}

inline const char *kindName(StreamEvent::Kind kind)
{
    switch (kind) {
    case StreamEvent::Kind::Quotes:
        return "Quotes";
    case StreamEvent::Kind::Pong:
        return "Pong";
    case StreamEvent::Kind::Ack:
        return "Ack";
    case StreamEvent::Kind::Ignored:
        return "Ignored";
    case StreamEvent::Kind::Error:
        return "Error";
    }
    return "?";
}

// The quotes of a Quotes event, each one checked to be streamed and stamped with our clock.
inline QList<MarketQuote> quotesOf(const StreamEvent &event, const QString &venue)
{
    EXPECT_STREQ(kindName(event.kind), "Quotes") << event.error.toStdString();
    EXPECT_EQ(event.batch.venue, venue);
    EXPECT_EQ(event.batch.receivedAtMs, kReceivedAtMs);
    for (const MarketQuote &quote : event.batch.quotes) {
        EXPECT_EQ(quote.venue, venue);
        EXPECT_EQ(quote.origin, QuoteOrigin::Stream);
        EXPECT_EQ(quote.receivedAtMs, kReceivedAtMs);
    }
    return event.batch.quotes;
}

// The one quote of a Quotes event.
inline MarketQuote onlyQuote(const StreamEvent &event, const QString &venue)
{
    const QList<MarketQuote> quotes = quotesOf(event, venue);
    EXPECT_EQ(quotes.size(), 1);
    return quotes.isEmpty() ? MarketQuote {} : quotes.constFirst();
}

inline QString text(const std::optional<Decimal> &value)
{
    return value ? value->toString() : QStringLiteral("none");
}

// A cell of expected-premiums.md: the table under the heading `section`, the row of `coin` and
// `venue`, the column headed `column`; its first number ("129,555,000", "319 (a size-0 level…)").
inline Decimal expectedInput(const QString &section, const QString &coin, const QString &venue, const QString &column)
{
    const QString text = QString::fromUtf8(fixtureFile(QStringLiteral("expected-premiums.md")));
    const qsizetype start = text.indexOf(QStringLiteral("## ") + section);
    const qsizetype end = text.indexOf(QStringLiteral("\n## "), start + 1);
    qsizetype columnIndex = -1;
    for (const QString &line : text.mid(start, end - start).split(QLatin1Char('\n'))) {
        const QStringList cells = line.split(QLatin1Char('|'));
        if (cells.size() < 4)
            continue;
        if (columnIndex < 0) {
            for (qsizetype i = 0; i < cells.size(); ++i) {
                if (cells[i].trimmed() == column)
                    columnIndex = i;
            }
            continue;
        }
        if (cells[1].trimmed() == coin && cells[2].trimmed() == venue && columnIndex < cells.size()) {
            const QString number = cells[columnIndex].trimmed().section(QLatin1Char(' '), 0, 0).remove(u',');
            const std::optional<Decimal> value = Decimal::fromString(number);
            EXPECT_TRUE(value.has_value()) << number.toStdString();
            return value.value_or(Decimal());
        }
    }
    ADD_FAILURE() << "no " << column.toStdString() << " of " << coin.toStdString() << " on " << venue.toStdString();
    return Decimal();
}

inline Decimal koreanInput(const QString &coin, const QString &venue, const QString &column)
{
    return expectedInput(QStringLiteral("Korean spot inputs"), coin, venue, column);
}

inline Decimal perpInput(const QString &coin, const QString &venue, const QString &column)
{
    return expectedInput(QStringLiteral("Perpetual inputs"), coin, venue, column);
}

// The message with every value of `key` (a string or a number) replaced by `value` as written.
inline QByteArray withValue(const QByteArray &message, const char *key, const QByteArray &value)
{
    const QRegularExpression field(QStringLiteral(R"(("%1"\s*:\s*)("[^"]*"|[^,}\]\s]+))")
                                       .arg(QRegularExpression::escape(QString::fromLatin1(key))));
    QString result = QString::fromUtf8(message);
    result.replace(field, QStringLiteral("\\1") + QString::fromUtf8(value));
    return result.toUtf8();
}

// Bytes that are no message of any venue: each must be an Error, never a crash or a quote.
inline QList<QByteArray> garbage()
{
    return {
        QByteArray(),
        QByteArray("   "),
        fixtureFile(QStringLiteral("errors/truncated.json")),
        fixtureFile(QStringLiteral("errors/cloudflare-502.html")),
        fixtureFile(QStringLiteral("errors/empty.json")),
        QByteArray("{"),
        QByteArray("{\"a\":"),
        QByteArray("[1,2"),
        QByteArray("null"),
        QByteArray("42"),
        QByteArray("\"text\""),
        QByteArray("{}"),
        QByteArray("\xff\xfe\x00garbage", 10),
        QByteArray(200, '['),
    };
}

inline void expectGarbageIsError(const QString &venue, const InstrumentSet &followed)
{
    for (const QByteArray &payload : garbage()) {
        const StreamEvent event = decodeOne(venue, followed, payload);
        EXPECT_STREQ(kindName(event.kind), "Error") << venue.toStdString() << ": " << payload.left(40).toStdString();
        EXPECT_TRUE(event.batch.quotes.isEmpty());
        EXPECT_FALSE(event.error.isEmpty());
    }
}

// A message whose price fields all hold `value` must be an Error: NaN, 1e308, -1 are no prices.
inline void expectAbsurdIsError(const QString &venue, const InstrumentSet &followed, const QByteArray &message,
                                std::initializer_list<const char *> priceKeys)
{
    for (const QByteArray &value : { QByteArray("\"NaN\""), QByteArray("1e308"), QByteArray("\"1e308\""),
                                     QByteArray("-1"), QByteArray("\"-1\""), QByteArray("\"\""), QByteArray("null") }) {
        QByteArray absurd = message;
        for (const char *key : priceKeys)
            absurd = withValue(absurd, key, value);
        const StreamEvent event = decodeOne(venue, followed, absurd);
        EXPECT_STREQ(kindName(event.kind), "Error") << venue.toStdString() << " with " << value.toStdString();
        EXPECT_TRUE(event.batch.quotes.isEmpty()) << value.toStdString();
    }
}

// The text frames of a socket as JSON.
inline QJsonDocument frameJson(const QByteArray &frame)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(frame, &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << frame.left(80).toStdString();
    return document;
}

} // namespace StreamTest
