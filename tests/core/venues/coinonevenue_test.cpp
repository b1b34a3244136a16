#include "venues/coinonevenue.h"

#include "koreanvenuetest.h"

using namespace KoreanVenueTest;

namespace {

const QString kTickers = QStringLiteral("coinone/public-v2-ticker-new-krw.json");
const QString kCurrencies = QStringLiteral("coinone/public-v2-currencies.json");

class CoinoneVenueTest : public ::testing::Test
{
protected:
    const CoinoneVenue venue;
    const InstrumentSet followed = listed(venue, kTickers);
};

// The ticker fixture with one field of row `row` replaced.
QByteArray withField(int row, const QString &key, const QJsonValue &value)
{
    return edited(kTickers, [&](QJsonDocument &document) {
        QJsonObject object = document.object();
        QJsonArray tickers = object.value(u"tickers").toArray();
        QJsonObject ticker = tickers[row].toObject();
        ticker.insert(key, value);
        tickers[row] = ticker;
        object.insert(QStringLiteral("tickers"), tickers);
        document.setObject(object);
    });
}

} // namespace

TEST_F(CoinoneVenueTest, IdentityAndBudget)
{
    EXPECT_EQ(venue.id(), QStringLiteral("coinone"));
    EXPECT_EQ(venue.displayName(), QStringLiteral("Coinone"));
    EXPECT_EQ(venue.side(), VenueSide::KoreanSpot);
    EXPECT_EQ(venue.defaultBaseUrl(), QUrl(QStringLiteral("https://api.coinone.co.kr")));
    EXPECT_EQ(venue.limits().requestsPerSecond, 15);
    EXPECT_EQ(venue.limits().requestsPerDay, 0);
}

TEST_F(CoinoneVenueTest, ListingIsTheKrwTickerListInUpperCase)
{
    EXPECT_EQ(venue.listingRequest().url(venue.defaultBaseUrl()).toString(),
              QStringLiteral("https://api.coinone.co.kr/public/v2/ticker_new/KRW"));
    ASSERT_EQ(followed.size(), 7);
    const Instrument *btc = followed.byCoin(QStringLiteral("BTC"));
    ASSERT_NE(btc, nullptr);
    EXPECT_EQ(btc->venue, QStringLiteral("coinone"));
    EXPECT_EQ(btc->symbol, QStringLiteral("BTC"));
    EXPECT_EQ(btc->priceMultiplier, Decimal::fromInteger(1));
    EXPECT_EQ(btc->sizeMultiplier, Decimal::fromInteger(1));

    // Another quote currency is not a KRW market.
    const QByteArray usdt = withField(0, QStringLiteral("quote_currency"), QStringLiteral("usdt"));
    EXPECT_EQ(valueOf(venue.parseListing(usdt, context(venue, QStringLiteral("listing")))).size(), 6);
    // ticker_new/USDT answers success with an empty list.
    EXPECT_TRUE(valueOf(venue.parseListing(R"({"result":"success","error_code":"0","tickers":[]})",
                                           context(venue, QStringLiteral("listing"))))
                    .isEmpty());
}

TEST_F(CoinoneVenueTest, OneRequestCarriesEveryCoin)
{
    const QList<VenueRequest> requests = venue.quoteRequests(manyInstruments(venue, 250, true));
    ASSERT_EQ(requests.size(), 1);
    EXPECT_EQ(requests[0].name, QStringLiteral("ticker"));
    EXPECT_EQ(requests[0].path, QStringLiteral("/public/v2/ticker_new/KRW"));
    EXPECT_TRUE(venue.quoteRequests(InstrumentSet()).isEmpty());
}

TEST_F(CoinoneVenueTest, TickersGiveLastBookAndVolume)
{
    const QuoteBatch batch = batchOf(venue, followed, QStringLiteral("ticker"), kTickers);
    EXPECT_EQ(batch.venue, QStringLiteral("coinone"));
    EXPECT_EQ(batch.receivedAtMs, kReceivedAtMs);
    EXPECT_TRUE(batch.issues.isEmpty());
    ASSERT_EQ(batch.quotes.size(), 7);
    const MarketQuote *shib = quoteOf(batch, QStringLiteral("SHIB"));
    ASSERT_NE(shib, nullptr);
    EXPECT_EQ(shib->instrument, QStringLiteral("SHIB"));
    EXPECT_EQ(shib->last->toString(), QStringLiteral("0.01998"));
    EXPECT_EQ(shib->book->bid.toString(), QStringLiteral("0.01996"));
    EXPECT_EQ(shib->book->ask.toString(), QStringLiteral("0.01998"));
    EXPECT_EQ(shib->volume24h->toString(), QStringLiteral("301220440118.4"));
    EXPECT_FALSE(shib->change24hRatio.has_value()); // no yesterday_last in this reply
    EXPECT_EQ(shib->receivedAtMs, kReceivedAtMs);
    // Integers keep ".0" on the wire, not in the quote.
    EXPECT_EQ(quoteOf(batch, QStringLiteral("BTC"))->last->toString(), QStringLiteral("129250000"));
}

TEST_F(CoinoneVenueTest, ChangeFromYesterdaysLastWhenTheReplyHasIt)
{
    const QByteArray body = withField(5, QStringLiteral("yesterday_last"), QStringLiteral("0.01967"));
    const QuoteBatch batch = valueOf(parse(venue, followed, QStringLiteral("ticker"), body));
    const MarketQuote *shib = quoteOf(batch, QStringLiteral("SHIB"));
    ASSERT_NE(shib, nullptr);
    ASSERT_TRUE(shib->change24hRatio.has_value());
    // (0.01998 - 0.01967) / 0.01967, to 10 places
    EXPECT_EQ(shib->change24hRatio->toString(), QStringLiteral("0.0157600407"));
}

TEST_F(CoinoneVenueTest, OneBadRowIsAnIssueAndTheOthersStand)
{
    const QuoteBatch batch = valueOf(
        parse(venue, followed, QStringLiteral("ticker"), withField(2, QStringLiteral("last"), QStringLiteral("-1"))));
    EXPECT_EQ(batch.quotes.size(), 6);
    ASSERT_EQ(batch.issues.size(), 1);
    EXPECT_EQ(batch.issues[0].kind, DataIssue::Kind::Absurd);
    EXPECT_EQ(batch.issues[0].coin, QStringLiteral("XRP"));

    // A row of another quote currency is no market we follow; a row without a coin is malformed.
    const QuoteBatch usdt = valueOf(parse(venue, followed, QStringLiteral("ticker"),
                                          withField(1, QStringLiteral("quote_currency"), QStringLiteral("usdt"))));
    EXPECT_EQ(usdt.quotes.size(), 6);
    EXPECT_TRUE(usdt.issues.isEmpty());
    const QuoteBatch nameless = valueOf(parse(venue, followed, QStringLiteral("ticker"),
                                              withField(1, QStringLiteral("target_currency"), QJsonValue())));
    EXPECT_EQ(nameless.quotes.size(), 6);
    ASSERT_EQ(nameless.issues.size(), 1);
    EXPECT_EQ(nameless.issues[0].kind, DataIssue::Kind::Malformed);

    // A crossed book loses the book only: the last trade and volume stand.
    const QJsonArray crossed { QJsonObject { { QStringLiteral("price"), QStringLiteral("129260000.0") },
                                             { QStringLiteral("qty"), QStringLiteral("0.1") } } };
    const QuoteBatch bad
        = valueOf(parse(venue, followed, QStringLiteral("ticker"), withField(0, QStringLiteral("best_bids"), crossed)));
    ASSERT_EQ(bad.issues.size(), 1);
    EXPECT_EQ(bad.issues[0].kind, DataIssue::Kind::CrossedBook);
    const MarketQuote *btc = quoteOf(bad, QStringLiteral("BTC"));
    ASSERT_NE(btc, nullptr);
    EXPECT_FALSE(btc->book.has_value());
    EXPECT_EQ(btc->last->toString(), QStringLiteral("129250000"));

    // An empty side (the socket says null for it): no book, no issue.
    const QuoteBatch thin = valueOf(
        parse(venue, followed, QStringLiteral("ticker"), withField(0, QStringLiteral("best_asks"), QJsonArray {})));
    EXPECT_TRUE(thin.issues.isEmpty());
    EXPECT_FALSE(quoteOf(thin, QStringLiteral("BTC"))->book.has_value());
}

TEST_F(CoinoneVenueTest, VenueErrorsAreFetchErrors)
{
    const FetchError unknown = errorOf(
        parse(venue, followed, QStringLiteral("ticker"), fixtureFile(QStringLiteral("coinone/public-v2-error.json"))));
    EXPECT_EQ(unknown.kind, FetchError::Kind::ApiError);
    EXPECT_EQ(unknown.detail, QStringLiteral("108: Unknown CryptoCurrency"));
    const FetchError camel = errorOf(parse(venue, followed, QStringLiteral("ticker"),
                                           R"({"result":"error","errorCode":"4","errorMsg":"Blocked user access"})"));
    EXPECT_EQ(camel.detail, QStringLiteral("4: Blocked user access"));
    EXPECT_EQ(errorOf(parse(venue, followed, QStringLiteral("ticker"),
                            fixtureFile(QStringLiteral("errors/cloudflare-502.html")), 502))
                  .kind,
              FetchError::Kind::HttpStatus);
    EXPECT_EQ(
        errorOf(parse(venue, followed, QStringLiteral("ticker"), fixtureFile(QStringLiteral("errors/truncated.json"))))
            .kind,
        FetchError::Kind::Malformed);
    EXPECT_EQ(
        errorOf(parse(venue, followed, QStringLiteral("ticker"), fixtureFile(QStringLiteral("errors/empty.json"))))
            .kind,
        FetchError::Kind::Empty);
    // A bare array (another venue's shape) is no reply of Coinone's.
    EXPECT_EQ(errorOf(parse(venue, followed, QStringLiteral("ticker"),
                            fixtureFile(QStringLiteral("errors/absurd-values.json"))))
                  .kind,
              FetchError::Kind::Malformed);
    EXPECT_EQ(errorOf(venue.parseListing(fixtureFile(QStringLiteral("coinone/public-v2-error.json")),
                                         context(venue, QStringLiteral("listing"))))
                  .kind,
              FetchError::Kind::ApiError);
}

TEST_F(CoinoneVenueTest, WalletsPerCoinOnlySolDepositsSuspended)
{
    const QList<VenueRequest> requests = venue.statusRequests();
    ASSERT_EQ(requests.size(), 1);
    EXPECT_EQ(requests[0].url(venue.defaultBaseUrl()).toString(),
              QStringLiteral("https://api.coinone.co.kr/public/v2/currencies"));
    const QList<CoinStatus> statuses = valueOf(status(venue, QStringLiteral("wallet"), fixtureFile(kCurrencies)));
    ASSERT_EQ(statuses.size(), 7);
    for (const CoinStatus &coin : statuses) {
        SCOPED_TRACE(coin.coin.toStdString());
        EXPECT_EQ(coin.venue, QStringLiteral("coinone"));
        ASSERT_EQ(coin.networks.size(), 1);
        EXPECT_TRUE(coin.networks[0].network.isEmpty());
        EXPECT_EQ(coin.depositOpen(), coin.coin != u"SOL");
        EXPECT_EQ(coin.withdrawalOpen(), true);
        EXPECT_FALSE(coin.caution.has_value());
    }
    EXPECT_EQ(
        errorOf(status(venue, QStringLiteral("wallet"), fixtureFile(QStringLiteral("coinone/public-v2-error.json"))))
            .kind,
        FetchError::Kind::ApiError);
    EXPECT_EQ(errorOf(status(venue, QStringLiteral("wallet"), fixtureFile(QStringLiteral("errors/empty.json")))).kind,
              FetchError::Kind::Empty);
}
