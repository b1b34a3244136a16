#include "streamtest.h"

using namespace StreamTest;

namespace {

const QString kUpbit = QStringLiteral("upbit");

InstrumentSet followed()
{
    return listedOn(kUpbit, QStringLiteral("upbit/v1-market-all-details.json"));
}

} // namespace

TEST(UpbitStream, TickerGivesTheLastTradeVolumeAndChange)
{
    const StreamEvent event = decodeOne(kUpbit, followed(), fixtureFile(QStringLiteral("upbit/ws-ticker.json")));
    const MarketQuote shib = onlyQuote(event, kUpbit);
    EXPECT_EQ(event.batch.request, QStringLiteral("ticker"));
    EXPECT_EQ(shib.coin, QStringLiteral("SHIB"));
    EXPECT_EQ(shib.last, koreanInput(QStringLiteral("SHIB"), kUpbit, QStringLiteral("last")));
    EXPECT_EQ(shib.volume24h, koreanInput(QStringLiteral("SHIB"), kUpbit, QStringLiteral("24 h volume (coins)")));
    EXPECT_EQ(text(shib.change24hRatio), QStringLiteral("0.0156962025"));
}

TEST(UpbitStream, OrderBookPricesInExponentFormAreExact)
{
    const QByteArray message = fixtureFile(QStringLiteral("upbit/ws-orderbook.json"));
    ASSERT_TRUE(message.contains("1.29779E8"));
    const MarketQuote btc = onlyQuote(decodeOne(kUpbit, followed(), message), kUpbit);
    ASSERT_TRUE(btc.book.has_value());
    EXPECT_EQ(btc.book->bid.toString(), QStringLiteral("129778000"));
    EXPECT_EQ(btc.book->ask.toString(), QStringLiteral("129779000"));
    EXPECT_EQ(btc.book->bid, koreanInput(QStringLiteral("BTC"), kUpbit, QStringLiteral("best bid")));
    EXPECT_EQ(btc.book->ask, koreanInput(QStringLiteral("BTC"), kUpbit, QStringLiteral("best ask")));
    EXPECT_EQ(btc.book->bidSize.toString(), QStringLiteral("0.0915"));
    EXPECT_EQ(btc.book->askSize.toString(), QStringLiteral("0.0705"));

    // 1.2978E8 is 129,780,000, not a rounded double: one more digit of exponent form.
    const MarketQuote shifted
        = onlyQuote(decodeOne(kUpbit, followed(), withValue(message, "ask_price", "1.2978E8")), kUpbit);
    EXPECT_EQ(shifted.book->ask.toString(), QStringLiteral("129780000"));
}

TEST(UpbitStream, AThinSidePaddedWithZeroLevelsGivesNoBook)
{
    const QByteArray message = withValue(
        withValue(fixtureFile(QStringLiteral("upbit/ws-orderbook.json")), "bid_price", "0"), "bid_size", "0");
    const StreamEvent event = decodeOne(kUpbit, followed(), message);
    // Not bad data (a halted market), so no error either: nothing for the board.
    EXPECT_STREQ(kindName(event.kind), "Ignored") << event.error.toStdString();
    EXPECT_TRUE(event.batch.quotes.isEmpty());
    EXPECT_TRUE(event.batch.issues.isEmpty());
}
