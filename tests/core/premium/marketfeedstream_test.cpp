#include "premium/marketfeed.h"
#include "premium/premiumjson.h"

#include "../../common/fakevenues.h"
#include "../../common/pushedsource.h"

#include "venues/pollingmarketsource.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>

#include <gtest/gtest.h>

// The feed with a streaming source per venue (PushedSource: pushes without sockets): a push gives
// its coins' premiums at once, a line is "stream" only when both prices were pushed, and once a
// stream falls silent the polled price takes over.
namespace {

MarketQuote pushedLast(const char *coin, const char *price)
{
    MarketQuote quote;
    quote.coin = QString::fromLatin1(coin);
    quote.last = Decimal::fromString(QString::fromLatin1(price));
    return quote;
}

// The period just ended with a polled reply, maybe in this very millisecond: a part is only replaced
// by a newer one, so a push is stamped just after it.
qint64 afterPoll()
{
    return QDateTime::currentMSecsSinceEpoch() + 2;
}

QJsonObject lineOf(const CoinPremium &premium)
{
    return QJsonDocument::fromJson(PremiumJson::line(premium)).object();
}

class MarketFeedStreamTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(server.listen());
        serveAllVenues(server);
        for (const char *venue : { "bithumb", "binance", "dunamu" })
            config.baseUrls.insert(QString::fromLatin1(venue), server.baseUrl());
        config.tickerPeriodMs = 100;
        config.koreanFallbackVenue.clear();
        config.symbols = { QStringLiteral("BTC"), QStringLiteral("ETH") };
    }

    MarketFeed::SourceMaker maker()
    {
        return [this](PollingMarketSource *poller, QObject *parent) {
            auto *source = new PushedSource(poller, parent);
            sources.insert(poller->venue(), source);
            return source;
        };
    }

    // Until both venues answered and the followed coins are known, every period is polled.
    void startPolled(MarketFeed &feed, QSignalSpy &cycles)
    {
        feed.start();
        ASSERT_TRUE(cycles.wait(3000));
        ASSERT_EQ(feed.followedCoins().size(), 2);
    }

    FixtureServer server;
    FeedConfig config;
    QHash<QString, PushedSource *> sources;
};

} // namespace

TEST_F(MarketFeedStreamTest, APushGivesItsCoinsPremiumAtOnce)
{
    MarketFeed feed(config, maker());
    QSignalSpy cycles(&feed, &MarketFeed::cycled);
    QSignalSpy updates(&feed, &MarketFeed::coinsUpdated);
    startPolled(feed, cycles);
    ASSERT_TRUE(updates.isEmpty()) << "polled batches wait for the period";

    sources.value(QStringLiteral("bithumb"))
        ->push({ pushedLast("BTC", "130000000"), pushedLast("XRP", "3170") }, afterPoll());
    // Emitted inside push(): no event loop turn, no period.
    ASSERT_EQ(updates.size(), 1);
    const auto premiums = updates.takeFirst().at(0).value<QList<CoinPremium>>();
    ASSERT_EQ(premiums.size(), 1) << "XRP is not followed";
    EXPECT_EQ(premiums[0].coin, QStringLiteral("BTC"));
    EXPECT_EQ(premiums[0].koreaPrice->toString(), QStringLiteral("130000000"));
    EXPECT_EQ(premiums[0].koreaOrigin, QuoteOrigin::Stream);
    EXPECT_EQ(premiums[0].foreignOrigin, QuoteOrigin::Poll);
    EXPECT_TRUE(premiums[0].rate.has_value());
    const QJsonObject line = lineOf(premiums[0]);
    EXPECT_EQ(line.value(u"source").toString(), QStringLiteral("exchange")) << "only one side was pushed";
    EXPECT_EQ(line.value(u"korea_origin").toString(), QStringLiteral("stream"));
    EXPECT_EQ(line.value(u"foreign_origin").toString(), QStringLiteral("poll"));
    EXPECT_GE(line.value(u"korea_age_ms").toInteger(-1), 0);
}

TEST_F(MarketFeedStreamTest, ALineIsStreamOnlyWhenBothPricesWerePushed)
{
    MarketFeed feed(config, maker());
    QSignalSpy cycles(&feed, &MarketFeed::cycled);
    QSignalSpy updates(&feed, &MarketFeed::coinsUpdated);
    startPolled(feed, cycles);
    for (PushedSource *source : std::as_const(sources))
        source->setPolling(false);

    sources.value(QStringLiteral("binance"))->push({ pushedLast("BTC", "89300") }, afterPoll());
    sources.value(QStringLiteral("bithumb"))->push({ pushedLast("BTC", "130000000") }, afterPoll());
    ASSERT_EQ(updates.size(), 2);
    const auto premium = updates.constLast().at(0).value<QList<CoinPremium>>().constFirst();
    EXPECT_EQ(PremiumJson::source(premium), QStringLiteral("stream"));
    EXPECT_EQ(premium.foreignPrice->toString(), QStringLiteral("89300"));
    EXPECT_FALSE(premium.stale) << qPrintable(premium.reason);

    // The period still gives every coin: ETH was never pushed and keeps its polled line.
    cycles.clear();
    ASSERT_TRUE(cycles.wait(3000));
    const auto period = cycles.takeFirst().at(0).value<QList<CoinPremium>>();
    ASSERT_EQ(period.size(), 2);
    EXPECT_EQ(PremiumJson::source(period[0]), QStringLiteral("stream"));
    EXPECT_EQ(PremiumJson::source(period[1]), QStringLiteral("exchange"));
}

TEST_F(MarketFeedStreamTest, ASilentStreamGivesWayToTheNextPolledPrice)
{
    MarketFeed feed(config, maker());
    QSignalSpy cycles(&feed, &MarketFeed::cycled);
    startPolled(feed, cycles);
    PushedSource *bithumb = sources.value(QStringLiteral("bithumb"));
    bithumb->setPolling(false);
    bithumb->push({ pushedLast("BTC", "130000000") }, afterPoll());
    ASSERT_EQ(feed.board().quote(QStringLiteral("bithumb"), QStringLiteral("BTC"))->last->origin, QuoteOrigin::Stream);

    // The stream falls silent: the coin is polled again, and the next line shows the polled price
    // (the fixtures' 129555000), however recent the last streamed one was.
    bithumb->setPolling(true);
    QList<CoinPremium> period;
    for (int i = 0; i < 5 && (period.isEmpty() || period[0].koreaOrigin != QuoteOrigin::Poll); ++i) {
        cycles.clear();
        ASSERT_TRUE(cycles.wait(3000));
        period = cycles.takeFirst().at(0).value<QList<CoinPremium>>();
    }
    ASSERT_FALSE(period.isEmpty());
    EXPECT_EQ(period[0].koreaOrigin, QuoteOrigin::Poll);
    EXPECT_EQ(period[0].koreaPrice->toString(), QStringLiteral("129555000"));
    EXPECT_EQ(lineOf(period[0]).value(u"source").toString(), QStringLiteral("exchange"));
}

TEST_F(MarketFeedStreamTest, PollingEmitsNoPushedUpdates)
{
    config.transport = FeedTransport::Poll;
    MarketFeed feed(config);
    QSignalSpy cycles(&feed, &MarketFeed::cycled);
    QSignalSpy updates(&feed, &MarketFeed::coinsUpdated);
    startPolled(feed, cycles);
    ASSERT_TRUE(cycles.wait(3000));
    EXPECT_TRUE(updates.isEmpty());
    EXPECT_EQ(feed.source(QStringLiteral("bithumb")), feed.poller(QStringLiteral("bithumb")));
}

// The venues' sockets refuse the connection (here an HTTP server that speaks no WebSocket): every
// coin is polled at once, not after the 10 s a silent coin is given.
TEST_F(MarketFeedStreamTest, RefusedSocketsArePolledAtOnce)
{
    ASSERT_EQ(config.transport, FeedTransport::Stream);
    MarketFeed feed(config);
    QSignalSpy cycles(&feed, &MarketFeed::cycled);
    feed.start();
    QList<CoinPremium> period;
    for (int i = 0; i < 30 && (period.isEmpty() || !period[0].rate); ++i) {
        cycles.clear();
        ASSERT_TRUE(cycles.wait(3000));
        period = cycles.takeFirst().at(0).value<QList<CoinPremium>>();
    }
    ASSERT_FALSE(period.isEmpty());
    EXPECT_TRUE(period[0].rate.has_value()) << qPrintable(period[0].reason);
    EXPECT_EQ(period[0].koreaOrigin, QuoteOrigin::Poll);
    EXPECT_NE(feed.source(QStringLiteral("bithumb")), feed.poller(QStringLiteral("bithumb"))) << "streaming";
}
