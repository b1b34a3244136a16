#include "exchanges/fundingparsers.h"
#include "exchanges/orderbookparsers.h"

#include "../../common/fixturefile.h"
#include "../../common/quoteresults.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace {

QByteArray orderbookFixture()
{
    return fixtureFile(QStringLiteral("bithumb/v1-orderbook-krw-btc.json"));
}

// The fixture's book with one field of one level replaced.
QByteArray editedBook(int level, const QString &key, const QJsonValue &value)
{
    QJsonArray books = QJsonDocument::fromJson(orderbookFixture()).array();
    QJsonObject book = books[0].toObject();
    QJsonArray units = book.value(u"orderbook_units").toArray();
    QJsonObject unit = units[level].toObject();
    unit.insert(key, value);
    units[level] = unit;
    book.insert(QStringLiteral("orderbook_units"), units);
    books[0] = book;
    return QJsonDocument(books).toJson();
}

QByteArray bookTicker(const char *bid, const char *bidQty, const char *ask, const char *askQty)
{
    return QByteArray(R"({"symbol":"BTCUSDT","bidPrice":")") + bid + R"(","bidQty":")" + bidQty + R"(","askPrice":")"
           + ask + R"(","askQty":")" + askQty + R"(","time":1})";
}

} // namespace

TEST(MarketOrderbook, ReadsTheBestLevelsOfTheBithumbFixture)
{
    const Quote quote = quoteOf(OrderBookParsers::parseMarketOrderbook(orderbookFixture(), bithumb()));
    ASSERT_TRUE(quote.book.has_value());
    EXPECT_EQ(quote.book->bid.toString(), QStringLiteral("129550000"));
    EXPECT_EQ(quote.book->bidSize.toString(), QStringLiteral("0.0421"));
    EXPECT_EQ(quote.book->ask.toString(), QStringLiteral("129560000"));
    EXPECT_EQ(quote.book->askSize.toString(), QStringLiteral("0.1532"));
    EXPECT_EQ(quote.price.toString(), QStringLiteral("129555000"));  // the mid
    EXPECT_EQ(quote.venue, QStringLiteral("bithumb"));
    EXPECT_EQ(quote.symbol, QStringLiteral("BTC"));
    EXPECT_EQ(quote.receivedAtMs, 1'000);
    EXPECT_EQ(quote.venueTimeMs, 1795600420456);  // this one is a correct epoch
    EXPECT_FALSE(quote.funding.has_value());
}

TEST(MarketOrderbook, SkipsLevelsOfSizeZeroOnEachSide)
{
    // Level 1's ask has size 0 in the fixture; emptying level 0's ask too makes level 2 the top.
    const Quote askSide = quoteOf(OrderBookParsers::parseMarketOrderbook(editedBook(0, QStringLiteral("ask_size"), 0), bithumb()));
    EXPECT_EQ(askSide.book->ask.toString(), QStringLiteral("129580000"));
    EXPECT_EQ(askSide.book->askSize.toString(), QStringLiteral("1.2"));
    EXPECT_EQ(askSide.book->bid.toString(), QStringLiteral("129550000"));

    const Quote bidSide = quoteOf(OrderBookParsers::parseMarketOrderbook(editedBook(0, QStringLiteral("bid_size"), 0), bithumb()));
    EXPECT_EQ(bidSide.book->bid.toString(), QStringLiteral("129540000"));
    EXPECT_EQ(bidSide.book->ask.toString(), QStringLiteral("129560000"));
}

TEST(MarketOrderbook, ASideWithoutLiquidityIsEmpty)
{
    QByteArray body = editedBook(0, QStringLiteral("ask_size"), 0);
    QJsonArray books = QJsonDocument::fromJson(body).array();
    QJsonObject book = books[0].toObject();
    QJsonArray units = book.value(u"orderbook_units").toArray();
    QJsonObject last = units[2].toObject();
    last.insert(QStringLiteral("ask_size"), 0);
    units[2] = last;
    book.insert(QStringLiteral("orderbook_units"), units);
    books[0] = book;
    EXPECT_EQ(errorOf(OrderBookParsers::parseMarketOrderbook(QJsonDocument(books).toJson(), bithumb())).kind, FetchError::Kind::Empty);

    EXPECT_EQ(errorOf(OrderBookParsers::parseMarketOrderbook(R"([{"market":"KRW-BTC","orderbook_units":[]}])", bithumb())).kind,
              FetchError::Kind::Empty);
}

TEST(MarketOrderbook, BadLevelsAreErrors)
{
    EXPECT_EQ(errorOf(OrderBookParsers::parseMarketOrderbook(editedBook(0, QStringLiteral("bid_price"), -5), bithumb())).kind,
              FetchError::Kind::Absurd);
    EXPECT_EQ(errorOf(OrderBookParsers::parseMarketOrderbook(editedBook(0, QStringLiteral("ask_price"), QStringLiteral("NaN")), bithumb())).kind,
              FetchError::Kind::Absurd);
    EXPECT_EQ(errorOf(OrderBookParsers::parseMarketOrderbook(editedBook(0, QStringLiteral("bid_size"), -1), bithumb())).kind,
              FetchError::Kind::Malformed);
    EXPECT_EQ(errorOf(OrderBookParsers::parseMarketOrderbook(editedBook(0, QStringLiteral("ask_size"), QStringLiteral("x")), bithumb())).kind,
              FetchError::Kind::Malformed);
    // Bid at or above the ask: a broken snapshot.
    const FetchError crossed = errorOf(OrderBookParsers::parseMarketOrderbook(editedBook(0, QStringLiteral("bid_price"), 129560000), bithumb()));
    EXPECT_EQ(crossed.kind, FetchError::Kind::Absurd);
    EXPECT_TRUE(crossed.detail.contains(u"crossed")) << crossed.detail.toStdString();
}

TEST(MarketOrderbook, VenueErrorsAndOtherMarkets)
{
    const FetchError notFound = errorOf(OrderBookParsers::parseMarketOrderbook(fixtureFile(QStringLiteral("bithumb/v1-error-code-not-found.json")), bithumb()));
    EXPECT_EQ(notFound.kind, FetchError::Kind::ApiError);
    EXPECT_EQ(notFound.detail, QStringLiteral("404: Code not found"));
    EXPECT_EQ(errorOf(OrderBookParsers::parseMarketOrderbook(fixtureFile(QStringLiteral("bithumb/v1-error-no-route.json")), bithumb(404))).kind,
              FetchError::Kind::ApiError);

    ReplyContext eth = bithumb();
    eth.market = QStringLiteral("KRW-ETH");
    EXPECT_EQ(errorOf(OrderBookParsers::parseMarketOrderbook(orderbookFixture(), eth)).kind, FetchError::Kind::Malformed);
}

TEST(MarketOrderbook, BrokenBodies)
{
    EXPECT_EQ(errorOf(OrderBookParsers::parseMarketOrderbook(fixtureFile(QStringLiteral("errors/empty.json")), bithumb())).kind,
              FetchError::Kind::Empty);
    EXPECT_EQ(errorOf(OrderBookParsers::parseMarketOrderbook(fixtureFile(QStringLiteral("errors/truncated.json")), bithumb())).kind,
              FetchError::Kind::Malformed);
    EXPECT_EQ(errorOf(OrderBookParsers::parseMarketOrderbook(fixtureFile(QStringLiteral("errors/cloudflare-502.html")), bithumb(502))).kind,
              FetchError::Kind::HttpStatus);
}

TEST(FuturesBookTicker, ReadsTheBinanceFixture)
{
    const Quote quote = quoteOf(OrderBookParsers::parseFuturesBookTicker(fixtureFile(QStringLiteral("binance/fapi-bookticker-btcusdt.json")), binance()));
    ASSERT_TRUE(quote.book.has_value());
    EXPECT_EQ(quote.book->bid.toString(), QStringLiteral("89277"));
    EXPECT_EQ(quote.book->bidSize.toString(), QStringLiteral("4.312"));
    EXPECT_EQ(quote.book->ask.toString(), QStringLiteral("89277.1"));
    EXPECT_EQ(quote.book->askSize.toString(), QStringLiteral("1.007"));
    EXPECT_EQ(quote.price.toString(), QStringLiteral("89277.05"));
    EXPECT_EQ(quote.venueTimeMs, 1795600420011);
    EXPECT_EQ(quote.receivedAtMs, 2'000);
}

TEST(FuturesBookTicker, ErrorsAndBadBooks)
{
    const FetchError invalid = errorOf(OrderBookParsers::parseFuturesBookTicker(fixtureFile(QStringLiteral("binance/fapi-error-invalid-symbol.json")), binance(400)));
    EXPECT_EQ(invalid.kind, FetchError::Kind::ApiError);
    EXPECT_TRUE(invalid.detail.contains(u"Invalid symbol"));
    EXPECT_EQ(errorOf(OrderBookParsers::parseFuturesBookTicker(bookTicker("89277.00", "0", "89277.10", "1"), binance())).kind,
              FetchError::Kind::Empty);
    EXPECT_EQ(errorOf(OrderBookParsers::parseFuturesBookTicker(bookTicker("89278", "1", "89277.10", "1"), binance())).kind,
              FetchError::Kind::Absurd);
    EXPECT_EQ(errorOf(OrderBookParsers::parseFuturesBookTicker(bookTicker("1e308", "1", "89277.10", "1"), binance())).kind,
              FetchError::Kind::Absurd);
    EXPECT_EQ(errorOf(OrderBookParsers::parseFuturesBookTicker(fixtureFile(QStringLiteral("binance/fapi-ticker-price-btcusdt.json")), binance())).kind,
              FetchError::Kind::Malformed);  // a ticker has no bid: not a book
    ReplyContext eth = binance();
    eth.market = QStringLiteral("ETHUSDT");
    EXPECT_EQ(errorOf(OrderBookParsers::parseFuturesBookTicker(fixtureFile(QStringLiteral("binance/fapi-bookticker-btcusdt.json")), eth)).kind,
              FetchError::Kind::Malformed);
}

TEST(FuturesPremiumIndex, ReadsMarkPriceAndFundingTerms)
{
    const Quote quote = quoteOf(FundingParsers::parseFuturesPremiumIndex(fixtureFile(QStringLiteral("binance/fapi-premiumindex-btcusdt.json")), binance()));
    EXPECT_EQ(quote.price.toString(), QStringLiteral("89279.43104562"));
    ASSERT_TRUE(quote.funding.has_value());
    EXPECT_EQ(quote.funding->markPrice.toString(), QStringLiteral("89279.43104562"));
    EXPECT_EQ(quote.funding->rate.toString(), QStringLiteral("0.0001"));
    EXPECT_EQ(quote.funding->nextFundingTimeMs, 1795622400000);
    EXPECT_EQ(quote.venueTimeMs, 1795600420002);
    EXPECT_FALSE(quote.book.has_value());
}

TEST(FuturesPremiumIndex, NegativeRatesAreRatesAbsurdOnesAreNot)
{
    const QByteArray negative = R"({"symbol":"BTCUSDT","markPrice":"89000","lastFundingRate":"-0.00037500","nextFundingTime":5})";
    EXPECT_EQ(quoteOf(FundingParsers::parseFuturesPremiumIndex(negative, binance())).funding->rate.toString(), QStringLiteral("-0.000375"));

    for (const char *rate : {"\"NaN\"", "\"1.5\"", "null", "\"\""}) {
        const QByteArray body = QByteArray(R"({"symbol":"BTCUSDT","markPrice":"89000","nextFundingTime":5,"lastFundingRate":)") + rate + "}";
        EXPECT_EQ(errorOf(FundingParsers::parseFuturesPremiumIndex(body, binance())).kind, FetchError::Kind::Absurd) << rate;
    }
    const QByteArray noTime = R"({"symbol":"BTCUSDT","markPrice":"89000","lastFundingRate":"0.0001"})";
    EXPECT_EQ(errorOf(FundingParsers::parseFuturesPremiumIndex(noTime, binance())).kind, FetchError::Kind::Malformed);
    const QByteArray badMark = R"({"symbol":"BTCUSDT","markPrice":"-1","lastFundingRate":"0.0001","nextFundingTime":5})";
    EXPECT_EQ(errorOf(FundingParsers::parseFuturesPremiumIndex(badMark, binance())).kind, FetchError::Kind::Absurd);
    EXPECT_EQ(errorOf(FundingParsers::parseFuturesPremiumIndex(fixtureFile(QStringLiteral("binance/fapi-error-too-many-requests.json")), binance(429))).kind,
              FetchError::Kind::ApiError);
}

TEST(FuturesBookTicker, TheMidOfABookAtTheLastPlaceDecimalKeepsStaysInTheBook)
{
    // bid + ask needs 20 digits here; rounding that sum put the mid at 9, below the bid.
    const Quote quote = quoteOf(OrderBookParsers::parseFuturesBookTicker(
        bookTicker("9.000000000000000001", "1", "9.000000000000000003", "1"), binance()));
    EXPECT_EQ(quote.price.toString(), QStringLiteral("9.000000000000000002"));
    // Levels with more places than Decimal keeps, which rounding would make one price: not a
    // crossed book but prices that cannot be read.
    const FetchError unreadable = errorOf(OrderBookParsers::parseFuturesBookTicker(
        bookTicker("0.0000000000000000011", "1", "0.0000000000000000014", "1"), binance()));
    EXPECT_EQ(unreadable.kind, FetchError::Kind::Absurd);
    EXPECT_TRUE(unreadable.detail.startsWith(u"price ")) << unreadable.detail.toStdString();
}

TEST(FuturesPremiumIndex, AFundingRateTooSmallToKeepIsNotZero)
{
    // Read as a rate of 0 before: a funding payment that silently vanished.
    const QByteArray tiny
        = R"({"symbol":"BTCUSDT","markPrice":"89000","lastFundingRate":"0.00000000000000000001","nextFundingTime":5})";
    EXPECT_EQ(errorOf(FundingParsers::parseFuturesPremiumIndex(tiny, binance())).kind, FetchError::Kind::Absurd);
    const QByteArray exactEnough
        = R"({"symbol":"BTCUSDT","markPrice":"89000","lastFundingRate":"0.0001000000000000000001","nextFundingTime":5})";
    EXPECT_EQ(quoteOf(FundingParsers::parseFuturesPremiumIndex(exactEnough, binance())).funding->rate.toString(),
              QStringLiteral("0.0001"));
}
