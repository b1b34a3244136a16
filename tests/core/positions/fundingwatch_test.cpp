#include "positions/fundingwatch.h"

#include "positiontestdata.h"

#include "premium/marketboard.h"

#include <gtest/gtest.h>

// The watch reads funding terms where the feed keeps them, the market board, one cycle at a time.
namespace {

constexpr qint64 kSettlement = 1'796'054'400'000;
constexpr qint64 kEightHours = 8 * 3'600'000;

class FundingWatchTest : public ::testing::Test
{
protected:
    // A premium index reply of `venue` received at `atMs`: every coin at the same next funding time.
    void announce(const QString &venue, qint64 atMs, qint64 nextFundingTimeMs, const char *rate = "0.0001")
    {
        QuoteBatch batch;
        batch.venue = venue;
        batch.request = QStringLiteral("funding");
        batch.receivedAtMs = atMs;
        for (const auto &[coin, mark] : { std::pair { "BTC", "89279.43" }, std::pair { "ETH", "2954.91" } }) {
            MarketQuote quote;
            quote.venue = venue;
            quote.coin = QString::fromLatin1(coin);
            quote.instrument = quote.coin + QStringLiteral("USDT");
            quote.funding = FundingTerms { dec(mark), dec(rate), nextFundingTimeMs };
            quote.receivedAtMs = atMs;
            batch.quotes.append(quote);
        }
        ASSERT_TRUE(board.apply(batch).isEmpty());
    }

    // The feed's cycle: a premium per coin on the pair (the watch needs no more of it than that).
    static QList<CoinPremium> cycle(const VenuePair &pair = {})
    {
        QList<CoinPremium> premiums;
        for (const char *coin : { "BTC", "ETH" }) {
            CoinPremium premium;
            premium.coin = QString::fromLatin1(coin);
            premium.pair = pair;
            premiums.append(premium);
        }
        return premiums;
    }

    MarketBoard board;
    FundingWatch watch;
    const QStringList btc { QStringLiteral("BTC") };
};

} // namespace

TEST_F(FundingWatchTest, ReportsTheSettlementOfAHeldCoinOnce)
{
    const QString binance = QStringLiteral("binance");
    announce(binance, kSettlement - 60'000, kSettlement, "0.00011");
    EXPECT_TRUE(watch.observe(cycle(), board, btc).isEmpty());
    // Cycles between two replies present the same terms again: nothing new.
    EXPECT_TRUE(watch.observe(cycle(), board, btc).isEmpty());

    announce(binance, kSettlement + 1'000, kSettlement + kEightHours, "0.00002");
    const QList<FundingEvent> settled = watch.observe(cycle(), board, btc);
    ASSERT_EQ(settled.size(), 1) << "ETH settled too, but it is not held";
    EXPECT_EQ(settled.constFirst().venue, binance);
    EXPECT_EQ(settled.constFirst().symbol, QStringLiteral("BTC"));
    EXPECT_EQ(settled.constFirst().fundingTimeMs, kSettlement);
    EXPECT_EQ(settled.constFirst().rate.toString(), QStringLiteral("0.00011"));
    EXPECT_EQ(settled.constFirst().markPrice.toString(), QStringLiteral("89279.43"));
    EXPECT_TRUE(watch.observe(cycle(), board, btc).isEmpty());
}

TEST_F(FundingWatchTest, WatchesEveryCoinSoThatOneHeldJustBeforeTheSettlementIsReported)
{
    announce(QStringLiteral("binance"), kSettlement - 60'000, kSettlement);
    EXPECT_TRUE(watch.observe(cycle(), board, {}).isEmpty());
    announce(QStringLiteral("binance"), kSettlement + 1'000, kSettlement + kEightHours);
    const QList<FundingEvent> settled = watch.observe(cycle(), board, { QStringLiteral("ETH") });
    ASSERT_EQ(settled.size(), 1);
    EXPECT_EQ(settled.constFirst().symbol, QStringLiteral("ETH"));
    EXPECT_EQ(settled.constFirst().markPrice.toString(), QStringLiteral("2954.91"));
}

TEST_F(FundingWatchTest, ReadsThePerpetualVenueOfTheCyclesPair)
{
    const VenuePair okx { QStringLiteral("upbit"), QStringLiteral("okx") };
    // Binance settles too, but the cycle is of the OKX pair.
    announce(QStringLiteral("binance"), kSettlement - 60'000, kSettlement);
    announce(QStringLiteral("okx"), kSettlement - 60'000, kSettlement);
    EXPECT_TRUE(watch.observe(cycle(okx), board, btc).isEmpty());
    announce(QStringLiteral("binance"), kSettlement + 1'000, kSettlement + kEightHours);
    announce(QStringLiteral("okx"), kSettlement + 1'000, kSettlement + kEightHours);
    const QList<FundingEvent> settled = watch.observe(cycle(okx), board, btc);
    ASSERT_EQ(settled.size(), 1);
    EXPECT_EQ(settled.constFirst().venue, QStringLiteral("okx"));
}

TEST_F(FundingWatchTest, ACoinWithoutFundingTermsOnTheBoardIsSkipped)
{
    EXPECT_TRUE(watch.observe(cycle(), board, btc).isEmpty());
    announce(QStringLiteral("binance"), kSettlement - 60'000, kSettlement);
    EXPECT_TRUE(watch.observe(cycle(), board, btc).isEmpty());
    announce(QStringLiteral("binance"), kSettlement + 1'000, kSettlement + kEightHours);
    EXPECT_EQ(watch.observe(cycle(), board, btc).size(), 1);
}
