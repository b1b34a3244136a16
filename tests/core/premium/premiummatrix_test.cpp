#include "premium/premiummatrix.h"

#include "../../common/fakevenues.h"

#include "expectedpremiums.h"
#include "premium/marketfeed.h"

#include <QDeadlineTimer>
#include <QSignalSpy>

#include <gtest/gtest.h>

namespace {

std::string text(const std::optional<Decimal> &value)
{
    return value ? value->toFixed(2).toStdString() : std::string("none");
}

class PremiumMatrixTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(server.listen());
        serveAllVenues(server);
        for (const char *venue : { "bithumb", "upbit", "coinone", "binance", "okx", "bybit", "dunamu" })
            config.baseUrls.insert(QString::fromLatin1(venue), server.baseUrl());
        config.symbols.clear();
        // Within every venue's budget (Upbit: 10 requests a second, two a cycle), as the app's periods are.
        config.tickerPeriodMs = FeedConfig::MinTickerPeriodMs;
        config.koreanFallbackVenue.clear();
        QString error;
        const auto loaded = ExpectedPremiums::load(&error);
        ASSERT_TRUE(loaded) << qPrintable(error);
        table = *loaded;
    }

    // True once every pair of the coin has its three rates (tickers and books come in separate replies).
    static bool complete(const PremiumMatrix &matrix)
    {
        for (const QString &korea : matrix.koreanVenues()) {
            for (const QString &foreign : matrix.foreignVenues()) {
                const CoinPremium premium = matrix.premium({ korea, foreign });
                if (!premium.rate || !premium.entryRate || !premium.exitRate)
                    return false;
            }
        }
        return true;
    }

    // Waits on the matrix's updates until every pair of its coin is complete.
    static bool waitComplete(PremiumMatrix &matrix)
    {
        QSignalSpy updates(&matrix, &PremiumMatrix::updated);
        const QDeadlineTimer deadline(5000);
        while (!complete(matrix)) {
            if (!updates.wait(int(std::max<qint64>(1, deadline.remainingTime()))))
                return complete(matrix);
        }
        return true;
    }

    FixtureServer server;
    FeedConfig config;
    ExpectedPremiums table;
};

} // namespace

TEST_F(PremiumMatrixTest, EveryPairOfEveryCoinIsTheExpectedPremium)
{
    config.koreanVenue = QStringLiteral("upbit");
    config.foreignVenue = QStringLiteral("okx");
    MarketFeed feed(config);
    PremiumMatrix matrix(&feed);
    matrix.setPeriodMs(FeedConfig::MinTickerPeriodMs);
    ASSERT_EQ(matrix.koreanVenues().size(), 3);
    ASSERT_EQ(matrix.foreignVenues().size(), 3);
    EXPECT_EQ(matrix.feedPair(), (VenuePair { QStringLiteral("upbit"), QStringLiteral("okx") }));
    feed.start();
    matrix.start();

    QStringList coins;
    for (const ExpectedPremiums::Premium &row : table.premiums()) {
        if (!coins.contains(row.coin))
            coins.append(row.coin);
    }
    int checked = 0;
    for (const QString &coin : std::as_const(coins)) {
        matrix.setCoin(coin);
        ASSERT_TRUE(waitComplete(matrix));
        for (const ExpectedPremiums::Premium &row : table.premiums()) {
            if (row.coin != coin)
                continue;
            const CoinPremium premium = matrix.premium({ row.korea, row.foreign });
            const QString where = coin + QLatin1Char(' ') + row.korea + QLatin1Char(':') + row.foreign;
            EXPECT_EQ(text(premium.rate), row.lastSeed.toStdString()) << qPrintable(where);
            EXPECT_EQ(text(premium.entryRate), row.entrySeed.toStdString()) << qPrintable(where);
            EXPECT_EQ(text(premium.exitRate), row.exitSeed.toStdString()) << qPrintable(where);
            EXPECT_FALSE(premium.stale) << qPrintable(where + QLatin1Char(' ') + premium.reason);

            ++checked;
        }
    }
    EXPECT_EQ(checked, 54);
}

TEST_F(PremiumMatrixTest, OnlyTheOtherVenuesArePolledAndOnlyForTheCoin)
{
    MarketFeed feed(config);
    PremiumMatrix matrix(&feed);
    matrix.setPeriodMs(FeedConfig::MinTickerPeriodMs);
    matrix.setCoin(QStringLiteral("ETH"));
    feed.start();
    // No start(): the matrix starts with the feed's first period.
    ASSERT_TRUE(waitComplete(matrix));
    // Upbit is not in the feed's pair (no fallback here): only the matrix asks it, its books for ETH alone.
    int upbitBooks = 0;
    for (const RecordedRequest &request : server.requests()) {
        if (request.path != u"/v1/orderbook" || !request.query.contains(QStringLiteral("count")))
            continue;
        ++upbitBooks;
        EXPECT_EQ(request.query.count(QStringLiteral("KRW-")), 1) << qPrintable(request.query);
        EXPECT_TRUE(request.query.contains(QStringLiteral("KRW-ETH"))) << qPrintable(request.query);
    }
    EXPECT_GT(upbitBooks, 0);
    EXPECT_EQ(matrix.lists(QStringLiteral("okx")), true);
    matrix.setCoin(QStringLiteral("ORDI"));
    EXPECT_EQ(matrix.lists(QStringLiteral("upbit")), false) << "ORDI has no Korean market";
    EXPECT_EQ(matrix.lists(QStringLiteral("binance")), true);
    EXPECT_FALSE(matrix.premium({ QStringLiteral("upbit"), QStringLiteral("binance") }).rate);
}
