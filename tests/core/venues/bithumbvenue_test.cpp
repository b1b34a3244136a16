#include "venues/bithumbvenue.h"

#include "koreanvenuetest.h"

#include <QSet>

using namespace KoreanVenueTest;

namespace {

const QString kListing = QStringLiteral("bithumb/v1-market-all.json");
const QString kTickers = QStringLiteral("bithumb/v1-ticker-many.json");
const QString kBooks = QStringLiteral("bithumb/v1-orderbook-many.json");
const QString kWallets = QStringLiteral("bithumb/public-assetsstatus-multichain-all.json");

class BithumbVenueTest : public ::testing::Test
{
protected:
    const BithumbVenue venue;
    const InstrumentSet followed = listed(venue, kListing);
};

} // namespace

TEST_F(BithumbVenueTest, IdentityAndTheSeedsBudget)
{
    EXPECT_EQ(venue.id(), QStringLiteral("bithumb"));
    EXPECT_EQ(venue.displayName(), QStringLiteral("Bithumb"));
    EXPECT_EQ(venue.side(), VenueSide::KoreanSpot);
    EXPECT_EQ(venue.defaultBaseUrl(), QUrl(QStringLiteral("https://api.bithumb.com")));
    EXPECT_EQ(venue.limits().requestsPerSecond, 15);
    expectDefaultLimits(venue);
}

TEST_F(BithumbVenueTest, ListingMapsEveryKrwMarketToItsCoin)
{
    const VenueRequest request = venue.listingRequest();
    EXPECT_EQ(request.url(venue.defaultBaseUrl()).toString(),
              QStringLiteral("https://api.bithumb.com/v1/market/all?isDetails=true"));
    ASSERT_EQ(followed.size(), 7);
    EXPECT_EQ(followed.coins(),
              (QStringList { QStringLiteral("BTC"), QStringLiteral("ETH"), QStringLiteral("XRP"), QStringLiteral("SOL"),
                             QStringLiteral("DOGE"), QStringLiteral("SHIB"), QStringLiteral("BORA") }));
    const Instrument *xrp = followed.byCoin(QStringLiteral("XRP"));
    ASSERT_NE(xrp, nullptr);
    EXPECT_EQ(xrp->venue, QStringLiteral("bithumb"));
    EXPECT_EQ(xrp->symbol, QStringLiteral("KRW-XRP"));
    EXPECT_EQ(xrp->englishName, QStringLiteral("XRP"));
    EXPECT_EQ(xrp->koreanName, QStringLiteral("엑스알피 [리플]"));
    for (const Instrument &instrument : followed.all()) {
        EXPECT_EQ(instrument.priceMultiplier, Decimal::fromInteger(1));
        EXPECT_EQ(instrument.sizeMultiplier, Decimal::fromInteger(1));
    }
}

TEST_F(BithumbVenueTest, ListingKeepsOnlyKrwMarkets)
{
    const QByteArray body = edited(kListing, [](QJsonDocument &document) {
        QJsonArray rows = document.array();
        rows.append(QJsonObject { { QStringLiteral("market"), QStringLiteral("BTC-ETH") } });
        rows.append(QJsonObject { { QStringLiteral("market"), QStringLiteral("KRW-") } });
        rows.append(QJsonObject { { QStringLiteral("english_name"), QStringLiteral("no market") } });
        document.setArray(rows);
    });
    EXPECT_EQ(valueOf(venue.parseListing(body, context(venue, QStringLiteral("listing")))).size(), 7);
}

TEST_F(BithumbVenueTest, ListingErrors)
{
    const ReplyContext ok = context(venue, QStringLiteral("listing"));
    EXPECT_EQ(errorOf(venue.parseListing(fixtureFile(QStringLiteral("errors/cloudflare-502.html")),
                                         context(venue, QStringLiteral("listing"), 502)))
                  .kind,
              FetchError::Kind::HttpStatus);
    EXPECT_EQ(errorOf(venue.parseListing(fixtureFile(QStringLiteral("errors/truncated.json")), ok)).kind,
              FetchError::Kind::Malformed);
    EXPECT_EQ(errorOf(venue.parseListing(fixtureFile(QStringLiteral("errors/empty.json")), ok)).kind,
              FetchError::Kind::Empty);
    EXPECT_EQ(errorOf(venue.parseListing(fixtureFile(QStringLiteral("bithumb/v1-error-no-route.json")),
                                         context(venue, QStringLiteral("listing"), 404)))
                  .kind,
              FetchError::Kind::ApiError);
}

TEST_F(BithumbVenueTest, OneTickerAndOneBookRequestCarryEveryFollowedMarket)
{
    const QList<VenueRequest> requests = venue.quoteRequests(followed);
    ASSERT_EQ(requests.size(), 2);
    EXPECT_EQ(requests[0].name, QStringLiteral("ticker"));
    EXPECT_EQ(requests[0].url(venue.defaultBaseUrl()).toString(),
              QStringLiteral("https://api.bithumb.com/v1/ticker?markets=KRW-BTC,KRW-ETH,KRW-XRP,KRW-SOL,KRW-DOGE,"
                             "KRW-SHIB,KRW-BORA"));
    EXPECT_EQ(requests[1].name, QStringLiteral("book"));
    EXPECT_EQ(requests[1].path, QStringLiteral("/v1/orderbook"));
    EXPECT_EQ(marketsOf(requests[1]), marketsOf(requests[0]));
    EXPECT_TRUE(venue.quoteRequests(InstrumentSet()).isEmpty());
}

TEST_F(BithumbVenueTest, TwoHundredFiftyMarketsGoInChunksOfAHundredWithShortUrls)
{
    const InstrumentSet many = manyInstruments(venue, 250);
    const QList<VenueRequest> requests = venue.quoteRequests(many);
    ASSERT_EQ(requests.size(), 6); // three ticker and three book requests
    for (const QString &name : { QStringLiteral("ticker"), QStringLiteral("book") }) {
        QStringList asked;
        for (const VenueRequest &request : requests) {
            if (request.name != name)
                continue;
            const QStringList markets = marketsOf(request);
            EXPECT_LE(markets.size(), 100);
            // Bithumb answers 414 at about 4.2 KB of URL.
            EXPECT_LT(request.url(venue.defaultBaseUrl()).toEncoded().size(), 4096);
            asked += markets;
        }
        EXPECT_EQ(asked.size(), 250);
        EXPECT_EQ(QSet<QString>(asked.cbegin(), asked.cend()).size(), 250);
    }
}

TEST_F(BithumbVenueTest, TickersGiveLastVolumeAndChangeAtOurReceiveTime)
{
    const QuoteBatch batch = batchOf(venue, followed, QStringLiteral("ticker"), kTickers);
    EXPECT_EQ(batch.venue, QStringLiteral("bithumb"));
    EXPECT_EQ(batch.request, QStringLiteral("ticker"));
    EXPECT_EQ(batch.receivedAtMs, kReceivedAtMs);
    EXPECT_FALSE(batch.listingStale);
    EXPECT_TRUE(batch.issues.isEmpty());
    ASSERT_EQ(batch.quotes.size(), 7);
    const MarketQuote *xrp = quoteOf(batch, QStringLiteral("XRP"));
    ASSERT_NE(xrp, nullptr);
    EXPECT_EQ(xrp->venue, QStringLiteral("bithumb"));
    EXPECT_EQ(xrp->instrument, QStringLiteral("KRW-XRP"));
    EXPECT_EQ(xrp->last->toString(), QStringLiteral("3169"));
    EXPECT_EQ(xrp->volume24h->toString(), QStringLiteral("61233418.2211"));
    EXPECT_EQ(xrp->change24hRatio->toString(), QStringLiteral("-0.0124649423"));
    EXPECT_FALSE(xrp->book.has_value());
    // The venue's timestamps run 9 hours ahead: never the observation time.
    for (const MarketQuote &quote : batch.quotes)
        EXPECT_EQ(quote.receivedAtMs, kReceivedAtMs);
}

TEST_F(BithumbVenueTest, BooksSkipLevelsOfSizeZero)
{
    const QuoteBatch batch = batchOf(venue, followed, QStringLiteral("book"), kBooks);
    EXPECT_TRUE(batch.issues.isEmpty());
    ASSERT_EQ(batch.quotes.size(), 7);
    // DOGE's first bid (320) has size 0: the best bid is 319.
    const MarketQuote *doge = quoteOf(batch, QStringLiteral("DOGE"));
    ASSERT_NE(doge, nullptr);
    ASSERT_TRUE(doge->book.has_value());
    EXPECT_EQ(doge->book->bid.toString(), QStringLiteral("319"));
    EXPECT_EQ(doge->book->bidSize.toString(), QStringLiteral("21840"));
    EXPECT_EQ(doge->book->ask.toString(), QStringLiteral("321"));
    EXPECT_FALSE(doge->last.has_value());
    const MarketQuote *btc = quoteOf(batch, QStringLiteral("BTC"));
    ASSERT_NE(btc, nullptr);
    EXPECT_EQ(btc->book->ask.toString(), QStringLiteral("129560000"));
    EXPECT_EQ(btc->book->askSize.toString(), QStringLiteral("0.153"));
}

TEST_F(BithumbVenueTest, OneBadRowIsAnIssueAndTheOthersStand)
{
    const QByteArray body = edited(kTickers, [](QJsonDocument &document) {
        QJsonArray rows = document.array();
        QJsonObject sol = rows[3].toObject();
        sol.insert(QStringLiteral("trade_price"), QStringLiteral("NaN"));
        rows[3] = sol;
        QJsonObject doge = rows[4].toObject();
        doge.remove(QStringLiteral("trade_price"));
        rows[4] = doge;
        document.setArray(rows);
    });
    const QuoteBatch batch = valueOf(parse(venue, followed, QStringLiteral("ticker"), body));
    EXPECT_EQ(batch.quotes.size(), 5);
    EXPECT_EQ(quoteOf(batch, QStringLiteral("SOL")), nullptr);
    EXPECT_EQ(quoteOf(batch, QStringLiteral("DOGE")), nullptr);
    ASSERT_EQ(batch.issues.size(), 2);
    EXPECT_EQ(batch.issues[0].kind, DataIssue::Kind::Absurd);
    EXPECT_EQ(batch.issues[0].coin, QStringLiteral("SOL"));
    EXPECT_EQ(batch.issues[0].instrument, QStringLiteral("KRW-SOL"));
    EXPECT_EQ(batch.issues[1].kind, DataIssue::Kind::Malformed);
    EXPECT_EQ(batch.issues[1].coin, QStringLiteral("DOGE"));
    EXPECT_FALSE(batch.listingStale);
}

TEST_F(BithumbVenueTest, AbsurdPricesAreIssuesOfTheirRows)
{
    // -1, 1e308 and "NaN" for KRW-BTC: three issues, no quote, and no error of the venue.
    const QuoteBatch batch
        = batchOf(venue, followed, QStringLiteral("ticker"), QStringLiteral("errors/absurd-values.json"));
    EXPECT_TRUE(batch.quotes.isEmpty());
    ASSERT_EQ(batch.issues.size(), 3);
    for (const DataIssue &issue : batch.issues) {
        EXPECT_EQ(issue.kind, DataIssue::Kind::Absurd);
        EXPECT_EQ(issue.coin, QStringLiteral("BTC"));
    }
}

TEST_F(BithumbVenueTest, AnUnreadableOrCrossedBookIsAnIssueOfItsRow)
{
    const QByteArray body = edited(kBooks, [](QJsonDocument &document) {
        QJsonArray rows = document.array();
        for (const int row : { 0, 1 }) {
            QJsonObject book = rows[row].toObject();
            QJsonArray units = book.value(u"orderbook_units").toArray();
            QJsonObject top = units[0].toObject();
            if (row == 0)
                top.insert(QStringLiteral("bid_size"), QStringLiteral("NaN"));
            else
                top.insert(QStringLiteral("bid_price"), 4'312'000); // equal to the ask
            units[0] = top;
            book.insert(QStringLiteral("orderbook_units"), units);
            rows[row] = book;
        }
        document.setArray(rows);
    });
    const QuoteBatch batch = valueOf(parse(venue, followed, QStringLiteral("book"), body));
    EXPECT_EQ(batch.quotes.size(), 5);
    ASSERT_EQ(batch.issues.size(), 2);
    EXPECT_EQ(batch.issues[0].coin, QStringLiteral("BTC"));
    EXPECT_EQ(batch.issues[0].kind, DataIssue::Kind::Absurd);
    EXPECT_EQ(batch.issues[1].coin, QStringLiteral("ETH"));
    EXPECT_EQ(batch.issues[1].kind, DataIssue::Kind::CrossedBook);
}

TEST_F(BithumbVenueTest, RowsOfCoinsNotFollowedAreSkippedSilently)
{
    const InstrumentSet two = followed.restrictedTo({ QStringLiteral("BTC"), QStringLiteral("SHIB") });
    const QuoteBatch batch = batchOf(venue, two, QStringLiteral("ticker"), kTickers);
    EXPECT_EQ(batch.quotes.size(), 2);
    EXPECT_TRUE(batch.issues.isEmpty());
    EXPECT_EQ(quoteOf(batch, QStringLiteral("SHIB"))->last->toString(), QStringLiteral("0.02003"));
}

TEST_F(BithumbVenueTest, AnUnknownMarketMarksTheListingStaleNotTheVenue)
{
    // One delisted market fails the whole call, with HTTP 200.
    for (const QString &request : { QStringLiteral("ticker"), QStringLiteral("book") }) {
        const QuoteBatch batch
            = batchOf(venue, followed, request, QStringLiteral("bithumb/v1-error-code-not-found.json"));
        EXPECT_TRUE(batch.listingStale);
        EXPECT_EQ(batch.request, request);
        EXPECT_TRUE(batch.quotes.isEmpty());
        ASSERT_EQ(batch.issues.size(), 1);
        EXPECT_EQ(batch.issues[0].kind, DataIssue::Kind::UnknownInstrument);
        EXPECT_EQ(batch.issues[0].venue, QStringLiteral("bithumb"));
    }
}

TEST_F(BithumbVenueTest, VenueErrorsAreFetchErrors)
{
    const auto error = [&](const char *file, int status) {
        return errorOf(
            parse(venue, followed, QStringLiteral("ticker"), fixtureFile(QString::fromLatin1(file)), status));
    };
    const FetchError missing = error("bithumb/v1-error-missing-parameter.json", 200);
    EXPECT_EQ(missing.kind, FetchError::Kind::ApiError);
    EXPECT_TRUE(missing.detail.startsWith(QStringLiteral("400: Missing request parameter")));
    EXPECT_EQ(error("bithumb/v1-error-invalid-parameter.json", 400).kind, FetchError::Kind::ApiError);
    EXPECT_EQ(error("bithumb/v1-error-invalid-parameter.json", 400).httpStatus, 400);
    EXPECT_EQ(error("bithumb/v1-error-no-route.json", 404).kind, FetchError::Kind::ApiError);
    const FetchError html = error("errors/cloudflare-502.html", 502);
    EXPECT_EQ(html.kind, FetchError::Kind::HttpStatus);
    EXPECT_EQ(html.httpStatus, 502);
    EXPECT_EQ(error("errors/truncated.json", 200).kind, FetchError::Kind::Malformed);
    EXPECT_EQ(error("errors/empty.json", 200).kind, FetchError::Kind::Empty);
    EXPECT_EQ(error("bithumb/v1-ticker-many.json", 503).kind, FetchError::Kind::HttpStatus);
    EXPECT_EQ(errorOf(venue.parseQuotes(VenueRequest { QStringLiteral("funding"), {}, {} }, fixtureFile(kTickers),
                                        context(venue, QStringLiteral("funding")), followed))
                  .kind,
              FetchError::Kind::Malformed);
}

TEST_F(BithumbVenueTest, StatusRequestsAskForWalletsAndCautions)
{
    const QList<VenueRequest> requests = venue.statusRequests();
    ASSERT_EQ(requests.size(), 2);
    EXPECT_EQ(requests[0].name, QStringLiteral("wallet"));
    EXPECT_EQ(requests[0].url(venue.defaultBaseUrl()).toString(),
              QStringLiteral("https://api.bithumb.com/public/assetsstatus/multichain/ALL"));
    EXPECT_EQ(requests[1].name, QStringLiteral("caution"));
    EXPECT_EQ(requests[1].url(venue.defaultBaseUrl()).toString(),
              QStringLiteral("https://api.bithumb.com/v1/market/all?isDetails=true"));
}

TEST_F(BithumbVenueTest, WalletsPerNetworkOnlyXrpWithdrawalsSuspended)
{
    const QList<CoinStatus> statuses = valueOf(status(venue, QStringLiteral("wallet"), fixtureFile(kWallets)));
    ASSERT_EQ(statuses.size(), 7);
    for (const CoinStatus &coin : statuses) {
        SCOPED_TRACE(coin.coin.toStdString());
        EXPECT_EQ(coin.venue, QStringLiteral("bithumb"));
        EXPECT_EQ(coin.receivedAtMs, kReceivedAtMs);
        EXPECT_FALSE(coin.caution.has_value()); // the wallet reply says nothing about caution
        EXPECT_EQ(coin.depositOpen(), true);
        EXPECT_EQ(coin.withdrawalOpen(), coin.coin != u"XRP");
    }
    const CoinStatus *eth = statusOf(statuses, QStringLiteral("ETH"));
    ASSERT_NE(eth, nullptr);
    ASSERT_EQ(eth->networks.size(), 2);
    EXPECT_EQ(eth->networks[0].network, QStringLiteral("ETH"));
    EXPECT_EQ(eth->networks[1].network, QStringLiteral("BASE"));
    const CoinStatus *xrp = statusOf(statuses, QStringLiteral("XRP"));
    ASSERT_NE(xrp, nullptr);
    ASSERT_EQ(xrp->networks.size(), 1);
    EXPECT_TRUE(xrp->networks[0].depositOpen);
    EXPECT_FALSE(xrp->networks[0].withdrawalOpen);
}

TEST_F(BithumbVenueTest, WalletsAsBooleansOrKeyedByCoin)
{
    const QByteArray booleans = R"({"status":"0000","data":[
        {"currency":"ETH","net_type":"ETH","deposit_status":true,"withdrawal_status":false},
        {"currency":"ETH","net_type":"BASE","deposit_status":false,"withdrawal_status":true}]})";
    const QList<CoinStatus> fromBooleans = valueOf(status(venue, QStringLiteral("wallet"), booleans));
    ASSERT_EQ(fromBooleans.size(), 1);
    EXPECT_EQ(fromBooleans[0].depositOpen(), true); // one network open is enough
    EXPECT_EQ(fromBooleans[0].withdrawalOpen(), true);
    EXPECT_FALSE(fromBooleans[0].networks[0].withdrawalOpen);

    const QByteArray keyed = R"({"status":"0000","data":{
        "XRP":{"net_type":"XRP","deposit_status":1,"withdrawal_status":0},
        "ETH":[{"net_type":"ETH","deposit_status":"1","withdrawal_status":"1"},
               {"net_type":"BASE","deposit_status":"0","withdrawal_status":"0"}]}})";
    const QList<CoinStatus> fromKeys = valueOf(status(venue, QStringLiteral("wallet"), keyed));
    ASSERT_EQ(fromKeys.size(), 2);
    const CoinStatus *xrp = statusOf(fromKeys, QStringLiteral("XRP"));
    ASSERT_NE(xrp, nullptr);
    EXPECT_EQ(xrp->withdrawalOpen(), false);
    const CoinStatus *eth = statusOf(fromKeys, QStringLiteral("ETH"));
    ASSERT_NE(eth, nullptr);
    EXPECT_EQ(eth->networks.size(), 2);
    EXPECT_FALSE(eth->networks[1].depositOpen);
}

TEST_F(BithumbVenueTest, WalletErrors)
{
    const FetchError unknown = errorOf(
        status(venue, QStringLiteral("wallet"), fixtureFile(QStringLiteral("bithumb/public-error-5500.json"))));
    EXPECT_EQ(unknown.kind, FetchError::Kind::ApiError);
    EXPECT_TRUE(unknown.detail.startsWith(QStringLiteral("5500: ")));
    EXPECT_EQ(
        errorOf(status(venue, QStringLiteral("wallet"), fixtureFile(QStringLiteral("bithumb/public-error-5600.json"))))
            .kind,
        FetchError::Kind::ApiError);
    EXPECT_EQ(
        errorOf(status(venue, QStringLiteral("wallet"), fixtureFile(QStringLiteral("errors/cloudflare-502.html")), 502))
            .kind,
        FetchError::Kind::HttpStatus);
    EXPECT_EQ(
        errorOf(status(venue, QStringLiteral("wallet"), fixtureFile(QStringLiteral("errors/truncated.json")))).kind,
        FetchError::Kind::Malformed);
    EXPECT_EQ(errorOf(status(venue, QStringLiteral("wallet"), fixtureFile(QStringLiteral("errors/empty.json")))).kind,
              FetchError::Kind::Empty);
    EXPECT_EQ(errorOf(status(venue, QStringLiteral("wallet"), R"({"status":"0000"})")).kind,
              FetchError::Kind::Malformed);
}

TEST_F(BithumbVenueTest, OnlyShibIsDesignatedCaution)
{
    const QList<CoinStatus> statuses = valueOf(status(venue, QStringLiteral("caution"), fixtureFile(kListing)));
    ASSERT_EQ(statuses.size(), 7);
    for (const CoinStatus &coin : statuses) {
        SCOPED_TRACE(coin.coin.toStdString());
        ASSERT_TRUE(coin.caution.has_value());
        EXPECT_EQ(*coin.caution, coin.coin == u"SHIB");
        EXPECT_EQ(coin.cautionReasons,
                  coin.coin == u"SHIB" ? QStringList { QStringLiteral("CAUTION") } : QStringList {});
        EXPECT_TRUE(coin.networks.isEmpty()); // the market list says nothing about wallets
    }
    EXPECT_EQ(errorOf(status(venue, QStringLiteral("caution"),
                             fixtureFile(QStringLiteral("errors/cloudflare-502.html")), 502))
                  .kind,
              FetchError::Kind::HttpStatus);
}
