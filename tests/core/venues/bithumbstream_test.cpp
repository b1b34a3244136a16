#include "streamtest.h"

using namespace StreamTest;

namespace {

const QString kBithumb = QStringLiteral("bithumb");

InstrumentSet followed()
{
    return listedOn(kBithumb, QStringLiteral("bithumb/v1-market-all.json"));
}

} // namespace

TEST(BithumbStream, TickerGivesTheLastTradeVolumeAndChange)
{
    const MarketQuote shib
        = onlyQuote(decodeOne(kBithumb, followed(), fixtureFile(QStringLiteral("bithumb/ws-ticker.json"))), kBithumb);
    EXPECT_EQ(shib.coin, QStringLiteral("SHIB"));
    EXPECT_EQ(shib.instrument, QStringLiteral("KRW-SHIB"));
    EXPECT_EQ(text(shib.last), QStringLiteral("0.02003"));
    EXPECT_EQ(shib.last, koreanInput(QStringLiteral("SHIB"), kBithumb, QStringLiteral("last")));
    EXPECT_EQ(shib.volume24h, koreanInput(QStringLiteral("SHIB"), kBithumb, QStringLiteral("24 h volume (coins)")));
    EXPECT_EQ(text(shib.change24hRatio), QStringLiteral("0.01572008"));
    EXPECT_FALSE(shib.book.has_value());
}

TEST(BithumbStream, OrderBookInMicrosecondsGivesTheFirstLevelsWithASize)
{
    const QByteArray message = fixtureFile(QStringLiteral("bithumb/ws-orderbook.json"));
    // The venue's timestamp counts microseconds; the quote keeps our clock whatever it says.
    ASSERT_TRUE(message.contains("1796025599903514"));
    const StreamEvent event = decodeOne(kBithumb, followed(), message);
    const MarketQuote btc = onlyQuote(event, kBithumb);
    EXPECT_EQ(event.batch.request, QStringLiteral("book"));
    ASSERT_TRUE(btc.book.has_value());
    EXPECT_EQ(btc.book->bid, koreanInput(QStringLiteral("BTC"), kBithumb, QStringLiteral("best bid")));
    EXPECT_EQ(btc.book->ask, koreanInput(QStringLiteral("BTC"), kBithumb, QStringLiteral("best ask")));
    EXPECT_EQ(btc.book->bidSize.toString(), QStringLiteral("0.042"));
    EXPECT_EQ(btc.book->askSize.toString(), QStringLiteral("0.153"));
    EXPECT_FALSE(btc.last.has_value());

    // Sizes print with four decimals, so a live level can show 0.0000: the best ask is then the
    // next level with a size (the fixture's second ask has size 0 too).
    QJsonDocument document = QJsonDocument::fromJson(message);
    QJsonObject book = document.object();
    QJsonArray levels = book.value(u"orderbook_units").toArray();
    QJsonObject first = levels[0].toObject();
    first.insert(QStringLiteral("ask_size"), 0);
    levels[0] = first;
    book.insert(QStringLiteral("orderbook_units"), levels);
    const MarketQuote thin = onlyQuote(decodeOne(kBithumb, followed(), QJsonDocument(book).toJson()), kBithumb);
    ASSERT_TRUE(thin.book.has_value());
    EXPECT_EQ(thin.book->ask.toString(), QStringLiteral("129562000"));
    EXPECT_EQ(thin.book->askSize.toString(), QStringLiteral("0.459"));
    EXPECT_EQ(thin.book->bid.toString(), QStringLiteral("129550000"));
}

TEST(BithumbStream, MessagesComeInBinaryFramesOfUtf8)
{
    // The transport hands binary frames over as they are: the same bytes decode the same.
    const QByteArray message = fixtureFile(QStringLiteral("bithumb/ws-ticker.json"));
    const std::unique_ptr<StreamDecoder> decoder = streamOf(kBithumb)->decoder(followed());
    const StreamEvent first = decoder->decode(QByteArrayView(message), kReceivedAtMs);
    const StreamEvent again = decoder->decode(QByteArrayView(message.constData(), message.size()), kReceivedAtMs + 5);
    EXPECT_EQ(onlyQuote(first, kBithumb).last, again.batch.quotes.value(0).last);
    EXPECT_EQ(again.batch.quotes.value(0).receivedAtMs, kReceivedAtMs + 5);
}
