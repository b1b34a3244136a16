#include "positions/marketdepthfeed.h"

#include "../../common/fakevenues.h"

#include "exchanges/httppoller.h"
#include "premium/marketfeed.h"

#include <QDateTime>
#include <QSignalSpy>

#include <gtest/gtest.h>

// The depth feed against a real loopback server playing Bithumb and Binance.
namespace {

class MarketDepthFeedTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(server.listen());
        serveAllVenues(server);
        for (const char *venue : {"bithumb", "binance"})
            config.baseUrls.insert(QString::fromLatin1(venue), server.baseUrl());
        config.tickerPeriodMs = 100;
    }

    static bool complete(const MarketDepth &depth)
    {
        return depth.korea && depth.foreign && depth.funding;
    }

    FixtureServer server;
    FeedConfig config;
};

QByteArray premiumIndex(qint64 nextFundingTimeMs, const char *rate, const char *mark)
{
    return QByteArray(R"({"symbol":"BTCUSDT","markPrice":")") + mark + R"(","lastFundingRate":")" + rate
           + R"(","nextFundingTime":)" + QByteArray::number(nextFundingTimeMs) + "}";
}

} // namespace

TEST_F(MarketDepthFeedTest, BooksAndFundingFromTheVenues)
{
    MarketDepthFeed feed(config);
    QSignalSpy changes(&feed, &MarketDepthFeed::depthChanged);
    feed.start();
    for (int i = 0; i < 20 && !complete(feed.depth()); ++i)
        ASSERT_TRUE(changes.wait(3000));
    ASSERT_TRUE(complete(feed.depth()));

    const MarketDepth &depth = feed.depth();
    EXPECT_EQ(depth.symbol, QStringLiteral("BTC"));
    EXPECT_EQ(depth.korea->book->bid.toString(), QStringLiteral("129550000"));
    EXPECT_EQ(depth.korea->book->ask.toString(), QStringLiteral("129560000"));
    EXPECT_EQ(depth.foreign->book->bid.toString(), QStringLiteral("89277"));
    EXPECT_EQ(depth.foreign->book->ask.toString(), QStringLiteral("89277.1"));
    EXPECT_EQ(depth.funding->funding->rate.toString(), QStringLiteral("0.0001"));
    EXPECT_FALSE(depth.entryPremium(PremiumBasis::Seed).has_value());

    Quote fx;
    fx.price = Decimal::fromParts(14326, 1);
    changes.clear();
    feed.setFx(fx);
    EXPECT_EQ(changes.size(), 1);
    EXPECT_EQ(feed.depth().entryPremium(PremiumBasis::Seed)->toString(), QStringLiteral("1.28"));
    EXPECT_EQ(feed.depth().exitPremium(PremiumBasis::Seed)->toString(), QStringLiteral("1.27"));

    const QList<RecordedRequest> requests = server.requests();
    const auto queryOf = [&](const QString &path) {
        for (const RecordedRequest &request : requests) {
            if (request.path == path)
                return request.query;
        }
        return QString();
    };
    EXPECT_EQ(queryOf(QStringLiteral("/v1/orderbook")), QStringLiteral("markets=KRW-BTC"));
    EXPECT_EQ(queryOf(QStringLiteral("/fapi/v1/ticker/bookTicker")), QStringLiteral("symbol=BTCUSDT"));
    EXPECT_EQ(queryOf(QStringLiteral("/fapi/v1/premiumIndex")), QStringLiteral("symbol=BTCUSDT"));
    // Funding terms change slowly: asked far less often than the books.
    EXPECT_EQ(feed.poller(MarketDepthFeed::Source::Funding)->periodMs(), MarketDepthFeed::DefaultFundingPeriodMs);
    EXPECT_EQ(feed.poller(MarketDepthFeed::Source::KoreanBook)->periodMs(), 100);
    feed.stop();
}

TEST_F(MarketDepthFeedTest, ReportsTheSettlementItWatched)
{
    // The venue announces a funding time a moment from now, then, once it has passed, the next one.
    const qint64 fundingTime = QDateTime::currentMSecsSinceEpoch() + 300;
    const qint64 next = fundingTime + 8 * 3'600'000;
    server.setRouteHandler(QStringLiteral("/fapi/v1/premiumIndex"), [=](const RecordedRequest &request) {
        const bool passed = request.receivedAtMs >= fundingTime;
        return FixtureResponse{.body = passed ? premiumIndex(next, "0.00002", "89300") : premiumIndex(fundingTime, "0.00011", "89250.5")};
    });
    MarketDepthFeed feed(config);
    feed.setFundingPeriodMs(50);
    QSignalSpy settled(&feed, &MarketDepthFeed::fundingSettled);
    feed.start();
    ASSERT_TRUE(settled.wait(5000));
    const FundingEvent event = settled.at(0).at(0).value<FundingEvent>();
    EXPECT_EQ(event.fundingTimeMs, fundingTime);
    EXPECT_EQ(event.rate.toString(), QStringLiteral("0.00011"));
    EXPECT_EQ(event.markPrice.toString(), QStringLiteral("89250.5"));
    EXPECT_EQ(event.venue, QStringLiteral("binance"));
    EXPECT_EQ(event.symbol, QStringLiteral("BTC"));
    EXPECT_FALSE(settled.wait(300));  // once only
}

TEST_F(MarketDepthFeedTest, FailuresNameTheirSource)
{
    server.setRoute(QStringLiteral("/v1/orderbook"), FixtureResponse::fromFile(QStringLiteral("bithumb/v1-error-code-not-found.json")));
    MarketDepthFeed feed(config);
    QSignalSpy failures(&feed, &MarketDepthFeed::fetchFailed);
    feed.start();
    ASSERT_TRUE(failures.wait(3000));
    EXPECT_EQ(failures.at(0).at(0).value<MarketDepthFeed::Source>(), MarketDepthFeed::Source::KoreanBook);
    EXPECT_EQ(failures.at(0).at(1).value<FetchError>().kind, FetchError::Kind::ApiError);
    EXPECT_FALSE(feed.depth().korea.has_value());
}

TEST_F(MarketDepthFeedTest, SharesTheVenueBudgetsOfThePremiumFeed)
{
    MarketFeed premium(config);
    MarketDepthFeed feed(config);
    EXPECT_NE(feed.poller(MarketDepthFeed::Source::KoreanBook)->gates(), premium.gates());
    feed.setGates(premium.gates());
    for (auto source : {MarketDepthFeed::Source::KoreanBook, MarketDepthFeed::Source::ForeignBook, MarketDepthFeed::Source::Funding})
        EXPECT_EQ(feed.poller(source)->gates(), premium.gates());
    // The book ticker costs Binance 2 weight units, the others 1.
    EXPECT_EQ(feed.poller(MarketDepthFeed::Source::ForeignBook)->endpoints().constFirst().weight, 2);
    EXPECT_EQ(feed.poller(MarketDepthFeed::Source::Funding)->endpoints().constFirst().weight, 1);
}
