#include "fx/fxkeeper.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

Quote rate(const char *price, qint64 at, const char *venue = "dunamu")
{
    Quote quote;
    quote.venue = QString::fromLatin1(venue);
    quote.symbol = QStringLiteral("USD/KRW");
    quote.price = *Decimal::fromString(QString::fromLatin1(price));
    quote.receivedAtMs = at;
    return quote;
}

class FxKeeperTest : public ::testing::Test
{
protected:
    QString statePath() const { return dir.filePath(QStringLiteral("state.ini")); }
    QTemporaryDir dir;
};

} // namespace

TEST_F(FxKeeperTest, TheLastGoodRateIsSavedAndHandedOutAtTheNextStartWithItsAge)
{
    {
        QSettings state(statePath(), QSettings::IniFormat);
        FxKeeper keeper(&state);
        keeper.acceptLive(rate("1432.6", 1'795'600'000'000));
    }
    QSettings state(statePath(), QSettings::IniFormat);
    FxKeeper keeper(&state);
    QSignalSpy changed(&keeper, &FxKeeper::rateChanged);
    keeper.restore();
    ASSERT_EQ(changed.count(), 1);
    const Quote restored = changed.at(0).at(0).value<Quote>();
    EXPECT_EQ(restored.price.toString(), QStringLiteral("1432.6"));
    EXPECT_EQ(restored.venue, QStringLiteral("dunamu"));
    EXPECT_EQ(restored.receivedAtMs, 1'795'600'000'000);
    EXPECT_EQ(changed.at(0).at(1).value<FxKeeper::Origin>(), FxKeeper::Origin::Saved);
    EXPECT_EQ(keeper.origin(), FxKeeper::Origin::Saved);
    // Nothing secret, nothing but the rate in the file.
    EXPECT_EQ(state.allKeys().size(), 5);
}

TEST_F(FxKeeperTest, ALiveRateWinsOverTheSavedOne)
{
    QSettings state(statePath(), QSettings::IniFormat);
    FxKeeper keeper(&state);
    keeper.acceptLive(rate("1400", 1000));
    FxKeeper next(&state);
    next.acceptLive(rate("1432.6", 2000));
    QSignalSpy changed(&next, &FxKeeper::rateChanged);
    next.restore();
    EXPECT_EQ(changed.count(), 0);
    EXPECT_EQ(next.current()->price.toString(), QStringLiteral("1432.6"));
}

TEST_F(FxKeeperTest, AManualRateOverridesTheFeedsUntilCleared)
{
    FxKeeper keeper(nullptr);
    QSignalSpy changed(&keeper, &FxKeeper::rateChanged);
    QSignalSpy failed(&keeper, &FxKeeper::failed);
    keeper.acceptLive(rate("1432.6", 1000));
    keeper.setManual(Decimal::fromInteger(1400));
    ASSERT_EQ(changed.count(), 2);
    EXPECT_EQ(changed.last().at(0).value<Quote>().venue, FxKeeper::ManualVenue);
    EXPECT_EQ(changed.last().at(0).value<Quote>().price.toString(), QStringLiteral("1400"));
    EXPECT_EQ(keeper.origin(), FxKeeper::Origin::Manual);

    // The feeds go on, but neither their rates nor their failures reach the premium.
    keeper.acceptLive(rate("1433", 3000));
    EXPECT_EQ(changed.last().at(0).value<Quote>().venue, FxKeeper::ManualVenue);
    keeper.acceptFailure(FetchError { FetchError::Kind::Timeout, 0, {}, {} });
    EXPECT_EQ(failed.count(), 0);

    keeper.setManual(std::nullopt);
    EXPECT_EQ(changed.last().at(0).value<Quote>().price.toString(), QStringLiteral("1433"));
    EXPECT_EQ(changed.last().at(1).value<FxKeeper::Origin>(), FxKeeper::Origin::Live);
    keeper.acceptFailure(FetchError { FetchError::Kind::Timeout, 0, {}, {} });
    EXPECT_EQ(failed.count(), 1);
}

TEST_F(FxKeeperTest, NonsenseInTheStateFileIsIgnored)
{
    QSettings state(statePath(), QSettings::IniFormat);
    state.setValue(QStringLiteral("fx/last/price"), QStringLiteral("-3"));
    state.setValue(QStringLiteral("fx/last/receivedAtMs"), 5);
    FxKeeper keeper(&state);
    QSignalSpy changed(&keeper, &FxKeeper::rateChanged);
    keeper.restore();
    EXPECT_EQ(changed.count(), 0);
    EXPECT_EQ(keeper.origin(), FxKeeper::Origin::None);
}

TEST(FxKeeperManualRate, OnlyPlausibleRatesAreTaken)
{
    EXPECT_EQ(FxKeeper::parseManualRate(QStringLiteral("1432.6")), Decimal::fromString(QStringLiteral("1432.6")));
    EXPECT_EQ(FxKeeper::parseManualRate(QStringLiteral(" 1400 ")), Decimal::fromInteger(1400));
    EXPECT_EQ(FxKeeper::parseManualRate(QStringLiteral("100")), Decimal::fromInteger(100));
    EXPECT_EQ(FxKeeper::parseManualRate(QStringLiteral("10000")), Decimal::fromInteger(10'000));
    for (const char *bad : {"", "abc", "-1432.6", "0", "99.99", "10000.01", "14326", "1e9", "1432.6.1"})
        EXPECT_FALSE(FxKeeper::parseManualRate(QString::fromLatin1(bad))) << bad;
}
