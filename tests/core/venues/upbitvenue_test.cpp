#include "venues/upbitvenue.h"

#include "koreanvenuetest.h"

using namespace KoreanVenueTest;

namespace {

const QString kListing = QStringLiteral("upbit/v1-market-all-details.json");
const QString kTickers = QStringLiteral("upbit/v1-ticker-all-krw.json");
const QString kBooks = QStringLiteral("upbit/v1-orderbook-many.json");

class UpbitVenueTest : public ::testing::Test
{
protected:
    const UpbitVenue venue;
    const InstrumentSet followed = listed(venue, kListing);
};

// The fixture's book of `row` with its levels replaced.
QByteArray withLevels(int row, const QJsonArray &levels)
{
    return edited(kBooks, [&](QJsonDocument &document) {
        QJsonArray rows = document.array();
        QJsonObject book = rows[row].toObject();
        book.insert(QStringLiteral("orderbook_units"), levels);
        rows[row] = book;
        document.setArray(rows);
    });
}

QJsonObject level(double ask, double askSize, double bid, double bidSize)
{
    return QJsonObject { { QStringLiteral("ask_price"), ask },
                         { QStringLiteral("ask_size"), askSize },
                         { QStringLiteral("bid_price"), bid },
                         { QStringLiteral("bid_size"), bidSize } };
}

} // namespace

TEST_F(UpbitVenueTest, IdentityAndTheSeedsBudget)
{
    EXPECT_EQ(venue.id(), QStringLiteral("upbit"));
    EXPECT_EQ(venue.displayName(), QStringLiteral("Upbit"));
    EXPECT_EQ(venue.side(), VenueSide::KoreanSpot);
    EXPECT_EQ(venue.defaultBaseUrl(), QUrl(QStringLiteral("https://api.upbit.com")));
    EXPECT_EQ(venue.limits().requestsPerSecond, 10);
    expectDefaultLimits(venue);
}

TEST_F(UpbitVenueTest, ListingMapsEveryKrwMarketToItsCoin)
{
    EXPECT_EQ(venue.listingRequest().url(venue.defaultBaseUrl()).toString(),
              QStringLiteral("https://api.upbit.com/v1/market/all?is_details=true"));
    ASSERT_EQ(followed.size(), 7);
    const Instrument *shib = followed.byCoin(QStringLiteral("SHIB"));
    ASSERT_NE(shib, nullptr);
    EXPECT_EQ(shib->venue, QStringLiteral("upbit"));
    EXPECT_EQ(shib->symbol, QStringLiteral("KRW-SHIB"));
    EXPECT_EQ(shib->englishName, QStringLiteral("Shiba Inu"));
    EXPECT_EQ(shib->koreanName, QStringLiteral("시바이누"));
    EXPECT_EQ(shib->priceMultiplier, Decimal::fromInteger(1));
    EXPECT_EQ(followed.byCoin(QStringLiteral("XRP"))->koreanName, QStringLiteral("엑스알피(리플)"));
}

TEST_F(UpbitVenueTest, OneTickerRequestForAllAndBooksInChunksOfAHundred)
{
    const QList<VenueRequest> requests = venue.quoteRequests(followed);
    ASSERT_EQ(requests.size(), 2);
    EXPECT_EQ(requests[0].name, QStringLiteral("ticker"));
    EXPECT_EQ(requests[0].url(venue.defaultBaseUrl()).toString(),
              QStringLiteral("https://api.upbit.com/v1/ticker/all?quote_currencies=KRW"));
    EXPECT_EQ(requests[1].name, QStringLiteral("book"));
    EXPECT_EQ(requests[1].path, QStringLiteral("/v1/orderbook"));
    EXPECT_EQ(requests[1].query.queryItemValue(QStringLiteral("count")), QStringLiteral("5"));
    EXPECT_EQ(marketsOf(requests[1]).size(), 7);

    const QList<VenueRequest> many = venue.quoteRequests(manyInstruments(venue, 250));
    ASSERT_EQ(many.size(), 4); // one ticker request, three book requests
    int books = 0;
    for (const VenueRequest &request : many.mid(1)) {
        EXPECT_EQ(request.name, QStringLiteral("book"));
        EXPECT_LE(marketsOf(request).size(), 100);
        EXPECT_LT(request.url(venue.defaultBaseUrl()).toEncoded().size(), 4096);
        books += marketsOf(request).size();
    }
    EXPECT_EQ(books, 250);
    EXPECT_TRUE(venue.quoteRequests(InstrumentSet()).isEmpty());
}

TEST_F(UpbitVenueTest, EveryKrwTickerInOneReply)
{
    const QuoteBatch batch = batchOf(venue, followed, QStringLiteral("ticker"), kTickers);
    EXPECT_TRUE(batch.issues.isEmpty());
    ASSERT_EQ(batch.quotes.size(), 7);
    const MarketQuote *btc = quoteOf(batch, QStringLiteral("BTC"));
    ASSERT_NE(btc, nullptr);
    EXPECT_EQ(btc->last->toString(), QStringLiteral("129778000"));
    EXPECT_EQ(btc->volume24h->toString(), QStringLiteral("2325.4012"));
    EXPECT_EQ(btc->change24hRatio->toString(), QStringLiteral("0.005103819"));
    EXPECT_EQ(btc->receivedAtMs, kReceivedAtMs);

    const QuoteBatch one
        = batchOf(venue, followed.restrictedTo({ QStringLiteral("BORA") }), QStringLiteral("ticker"), kTickers);
    ASSERT_EQ(one.quotes.size(), 1);
    EXPECT_EQ(one.quotes[0].last->toString(), QStringLiteral("95.45"));
}

TEST_F(UpbitVenueTest, BooksReadTheFirstLevelAndSkipPadding)
{
    const QuoteBatch batch = batchOf(venue, followed, QStringLiteral("book"), kBooks);
    EXPECT_TRUE(batch.issues.isEmpty());
    ASSERT_EQ(batch.quotes.size(), 7);
    const MarketQuote *shib = quoteOf(batch, QStringLiteral("SHIB"));
    ASSERT_NE(shib, nullptr);
    EXPECT_EQ(shib->book->bid.toString(), QStringLiteral("0.02006"));
    EXPECT_EQ(shib->book->ask.toString(), QStringLiteral("0.02007"));
    EXPECT_EQ(shib->book->askSize.toString(), QStringLiteral("145700000"));

    // A thin ask side padded with 0/0: the first live level below the padding.
    const QuoteBatch padded
        = valueOf(parse(venue, followed, QStringLiteral("book"),
                        withLevels(0, { level(0, 0, 129778000, 0.5), level(129790000, 0.2, 0, 0) })));
    EXPECT_TRUE(padded.issues.isEmpty());
    const MarketQuote *btc = quoteOf(padded, QStringLiteral("BTC"));
    ASSERT_NE(btc, nullptr);
    EXPECT_EQ(btc->book->ask.toString(), QStringLiteral("129790000"));
    EXPECT_EQ(btc->book->bid.toString(), QStringLiteral("129778000"));

    // No live ask at all: no book for that coin, and no issue (an empty side is not bad data).
    const QuoteBatch empty = valueOf(parse(venue, followed, QStringLiteral("book"),
                                           withLevels(0, { level(0, 0, 129778000, 0.5), level(0, 0, 0, 0) })));
    EXPECT_TRUE(empty.issues.isEmpty());
    EXPECT_EQ(quoteOf(empty, QStringLiteral("BTC")), nullptr);
    EXPECT_EQ(empty.quotes.size(), 6);
}

TEST_F(UpbitVenueTest, AnUnknownMarketMarksTheListingStale)
{
    // Upbit says it with HTTP 404.
    const QuoteBatch batch = valueOf(parse(venue, followed, QStringLiteral("book"),
                                           fixtureFile(QStringLiteral("upbit/v1-error-code-not-found.json")), 404));
    EXPECT_TRUE(batch.listingStale);
    ASSERT_EQ(batch.issues.size(), 1);
    EXPECT_EQ(batch.issues[0].kind, DataIssue::Kind::UnknownInstrument);
}

TEST_F(UpbitVenueTest, VenueErrorsAreFetchErrors)
{
    for (const QString &request : { QStringLiteral("ticker"), QStringLiteral("book") }) {
        EXPECT_EQ(
            errorOf(parse(venue, followed, request, fixtureFile(QStringLiteral("errors/cloudflare-502.html")), 502))
                .kind,
            FetchError::Kind::HttpStatus);
        EXPECT_EQ(errorOf(parse(venue, followed, request, fixtureFile(QStringLiteral("errors/truncated.json")))).kind,
                  FetchError::Kind::Malformed);
        EXPECT_EQ(errorOf(parse(venue, followed, request, fixtureFile(QStringLiteral("errors/empty.json")))).kind,
                  FetchError::Kind::Empty);
        EXPECT_EQ(errorOf(parse(venue, followed, request,
                                R"({"error":{"name":"too_many_requests","message":"Too many API requests."}})", 429))
                      .kind,
                  FetchError::Kind::ApiError);
    }
}

TEST_F(UpbitVenueTest, AbsurdPricesAreIssuesOfTheirRows)
{
    const QuoteBatch batch
        = batchOf(venue, followed, QStringLiteral("ticker"), QStringLiteral("errors/absurd-values.json"));
    EXPECT_TRUE(batch.quotes.isEmpty());
    EXPECT_EQ(batch.issues.size(), 3);
}

TEST_F(UpbitVenueTest, ShibIsFlaggedWithUpbitsReasonsAndNothingElse)
{
    const QList<VenueRequest> requests = venue.statusRequests();
    ASSERT_EQ(requests.size(), 1);
    EXPECT_EQ(requests[0].url(venue.defaultBaseUrl()).toString(),
              QStringLiteral("https://api.upbit.com/v1/market/all?is_details=true"));
    const QList<CoinStatus> statuses = valueOf(status(venue, QStringLiteral("caution"), fixtureFile(kListing)));
    ASSERT_EQ(statuses.size(), 7);
    for (const CoinStatus &coin : statuses) {
        SCOPED_TRACE(coin.coin.toStdString());
        EXPECT_EQ(coin.venue, QStringLiteral("upbit"));
        ASSERT_TRUE(coin.caution.has_value());
        EXPECT_EQ(*coin.caution, coin.coin == u"SHIB");
        EXPECT_TRUE(coin.networks.isEmpty()); // Upbit's wallet status needs a key
        EXPECT_FALSE(coin.withdrawalOpen().has_value());
    }
    EXPECT_EQ(statusOf(statuses, QStringLiteral("SHIB"))->cautionReasons,
              (QStringList { QStringLiteral("WARNING"), QStringLiteral("GLOBAL_PRICE_DIFFERENCES") }));

    // One 주의 flag alone is a caution too.
    const QByteArray volume = R"([{"market":"KRW-BTC","market_event":{"warning":false,
        "caution":{"TRADING_VOLUME_SOARING":true}}},{"market":"KRW-ETH"}])";
    const QList<CoinStatus> flagged = valueOf(status(venue, QStringLiteral("caution"), volume));
    ASSERT_EQ(flagged.size(), 2);
    EXPECT_EQ(flagged[0].caution, true);
    EXPECT_EQ(flagged[0].cautionReasons, QStringList { QStringLiteral("TRADING_VOLUME_SOARING") });
    EXPECT_FALSE(flagged[1].caution.has_value()); // no market_event: unknown, not clear
    EXPECT_EQ(
        errorOf(status(venue, QStringLiteral("caution"), fixtureFile(QStringLiteral("errors/truncated.json")))).kind,
        FetchError::Kind::Malformed);
}
