#include "markettablemodel.h"
#include "markettabletestdata.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace MarketTableTest;
using Model = MarketTableModel;

namespace {

class MarketTableModelTest : public ::testing::Test
{
protected:
    MarketTableModelTest()
    {
        model.setClock([] { return NowMs; });
        model.setFlashDuration(0);
    }

    QString text(const QString &coin, int column) const
    {
        return model.index(model.rowOf(coin), column).data().toString();
    }

    // (first row, last row, first column, last column) of each dataChanged.
    static QList<std::array<int, 4>> blocks(const QSignalSpy &spy)
    {
        QList<std::array<int, 4>> result;
        for (const QList<QVariant> &arguments : spy) {
            const QModelIndex from = arguments.at(0).toModelIndex();
            const QModelIndex to = arguments.at(1).toModelIndex();
            result.append({ from.row(), to.row(), from.column(), to.column() });
        }
        return result;
    }

    Model model;
    QAbstractItemModelTester tester { &model, QAbstractItemModelTester::FailureReportingMode::Fatal };
};

} // namespace

TEST_F(MarketTableModelTest, ShowsEveryColumnOfACoin)
{
    model.setCoins({ QStringLiteral("BTC") });
    model.setInstruments(namedCoins());
    model.updatePremiums({ premium(QStringLiteral("BTC"), "1.28", "129555000") });
    model.flush();

    EXPECT_EQ(model.columnCount(), Model::ColumnCount);
    EXPECT_EQ(text(QStringLiteral("BTC"), Model::Coin), QStringLiteral("BTC 비트코인"));
    EXPECT_EQ(text(QStringLiteral("BTC"), Model::KoreaPrice), QStringLiteral("129,555,000"));
    EXPECT_EQ(text(QStringLiteral("BTC"), Model::ForeignPrice), QStringLiteral("0.69"));
    EXPECT_EQ(text(QStringLiteral("BTC"), Model::Premium), QStringLiteral("+1.28 %"));
    EXPECT_EQ(text(QStringLiteral("BTC"), Model::Entry), QStringLiteral("+1.38 %"));
    EXPECT_EQ(text(QStringLiteral("BTC"), Model::Exit), QStringLiteral("+1.18 %"));
    EXPECT_EQ(text(QStringLiteral("BTC"), Model::Change24h), QStringLiteral("+1.23 %"));
    // 129,555,000 × 123,456,789 coins.
    EXPECT_EQ(text(QStringLiteral("BTC"), Model::Volume24h), QStringLiteral("₩15,994.44T"));
    EXPECT_EQ(text(QStringLiteral("BTC"), Model::Funding), QStringLiteral("+0.0100 % · 3h 12m"));
    const QModelIndex coin = model.index(0, Model::Coin);
    EXPECT_EQ(coin.data(Model::EnglishNameRole).toString(), QStringLiteral("Bitcoin"));
    EXPECT_EQ(coin.data(Qt::ToolTipRole).toString(), QStringLiteral("BTC: Bitcoin / 비트코인"));
    EXPECT_TRUE(model.index(0, Model::Wallet).data(Qt::DecorationRole).isValid());
    EXPECT_FALSE(model.index(0, Model::Caution).data(Qt::DecorationRole).isValid());
    EXPECT_TRUE(model.index(0, Model::Favourite).data(Qt::DecorationRole).isValid());
    EXPECT_EQ(model.index(0, Model::Sparkline).data(Model::SparklineRole).value<QList<QPointF>>().size(), 1);
}

TEST_F(MarketTableModelTest, SortRoleIsTheExactDecimalAndInvalidWhenMissing)
{
    model.setCoins({ QStringLiteral("BTC"), QStringLiteral("ETH") });
    model.updatePremiums({ premium(QStringLiteral("BTC"), "-0.41"), premium(QStringLiteral("ETH"), nullptr) });
    const QVariant btc = model.index(0, Model::Premium).data(Model::SortRole);
    ASSERT_EQ(btc.metaType(), QMetaType::fromType<Decimal>());
    EXPECT_EQ(btc.value<Decimal>(), dec("-0.41"));
    EXPECT_FALSE(model.index(1, Model::Premium).data(Model::SortRole).isValid());
    EXPECT_EQ(model.index(0, Model::Volume24h).data(Model::SortRole).value<Decimal>(), dec("123456789000"));
}

TEST_F(MarketTableModelTest, RowsKeepTheirOrderWhenCoinsComeAndGo)
{
    model.setCoins({ QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D") });
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setCoins({ QStringLiteral("E"), QStringLiteral("D"), QStringLiteral("A") });
    EXPECT_EQ(model.coins(), QStringList({ QStringLiteral("A"), QStringLiteral("D"), QStringLiteral("E") }));
    // B and C went as one block; E was appended.
    ASSERT_EQ(removed.size(), 1);
    EXPECT_EQ(removed.at(0).at(1).toInt(), 1);
    EXPECT_EQ(removed.at(0).at(2).toInt(), 2);
    ASSERT_EQ(inserted.size(), 1);
    EXPECT_EQ(inserted.at(0).at(1).toInt(), 2);
    EXPECT_EQ(model.rowOf(QStringLiteral("E")), 2);
    EXPECT_EQ(model.rowOf(QStringLiteral("B")), -1);
    EXPECT_EQ(model.coinAt(1), QStringLiteral("D"));
    EXPECT_EQ(model.coinAt(3), QString());
}

TEST_F(MarketTableModelTest, UpdatesWaitForTheFlushAndComeAsOneSignalPerBlock)
{
    const QStringList coins = manyCoins(10);
    model.setCoins(coins);
    model.updatePremiums(spreadPremiums(coins));
    model.flush();

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy flushed(&model, &Model::flushed);
    // Rows 1-3 (row 2 twice), 6 and 8: three blocks. Only prices move, except row 8's premium.
    QList<CoinPremium> moved = spreadPremiums(coins);
    for (CoinPremium &p : moved)
        p.koreaPrice = *p.koreaPrice + dec("1");
    moved[8].rate = dec("9.99");
    model.updatePremiums({ moved[1], moved[2], moved[3] });
    model.updatePremiums({ moved[2], moved[6], moved[8] });
    EXPECT_EQ(changed.size(), 0);

    model.flush();
    const QList<std::array<int, 4>> expected { { 1, 3, Model::KoreaPrice, Model::Volume24h },
                                               { 6, 6, Model::KoreaPrice, Model::Volume24h },
                                               { 8, 8, Model::KoreaPrice, Model::Volume24h } };
    EXPECT_EQ(blocks(changed), expected);
    EXPECT_EQ(flushed.size(), 1);

    // An identical update is no change at all.
    changed.clear();
    model.updatePremiums({ moved[1] });
    model.flush();
    EXPECT_EQ(changed.size(), 0);
    EXPECT_EQ(flushed.size(), 1);
}

TEST_F(MarketTableModelTest, TheTimerFlushesOnItsOwn)
{
    model.setCoins({ QStringLiteral("BTC") });
    model.updatePremiums({ premium(QStringLiteral("BTC"), "1") });
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    ASSERT_TRUE(changed.wait(2000));
    EXPECT_EQ(changed.size(), 1);
    EXPECT_EQ(text(QStringLiteral("BTC"), Model::Premium), QStringLiteral("+1.00 %"));
}

TEST_F(MarketTableModelTest, AChangedCellFlashesThenIsRepaintedOnce)
{
    model.setFlashDuration(50);
    model.setCoins({ QStringLiteral("BTC") });
    model.updatePremiums({ premium(QStringLiteral("BTC"), "1") });
    model.flush();
    const QModelIndex cell = model.index(0, Model::Premium);
    EXPECT_FALSE(cell.data(Qt::BackgroundRole).isValid()); // a first value is no change
    model.updatePremiums({ premium(QStringLiteral("BTC"), "2") });
    model.flush();
    EXPECT_TRUE(cell.data(Qt::BackgroundRole).isValid());
    EXPECT_FALSE(model.index(0, Model::Coin).data(Qt::BackgroundRole).isValid());

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !changed.isEmpty(); }, 2000));
    EXPECT_FALSE(cell.data(Qt::BackgroundRole).isValid());
    EXPECT_EQ(changed.size(), 1);
}

TEST_F(MarketTableModelTest, StaleValuesAreGreyAndPremiumsBanded)
{
    model.setCoins({ QStringLiteral("HOT"), QStringLiteral("COLD"), QStringLiteral("OLD") });
    CoinPremium old = premium(QStringLiteral("OLD"), "5");
    old.stale = true;
    model.updatePremiums({ premium(QStringLiteral("HOT"), "3"), premium(QStringLiteral("COLD"), "-1"), old });
    const auto colour = [&](int row, int column) {
        return model.index(row, column).data(Qt::ForegroundRole).value<QBrush>().color();
    };
    const QColor warm = colour(0, Model::Premium);
    const QColor cool = colour(1, Model::Premium);
    EXPECT_NE(warm, cool);
    EXPECT_NE(colour(2, Model::Premium), warm); // stale wins over the band
    EXPECT_TRUE(model.index(2, Model::KoreaPrice).data(Model::StaleRole).toBool());
    EXPECT_FALSE(model.index(2, Model::Entry).data(Model::StaleRole).toBool());
    EXPECT_FALSE(model.index(0, Model::KoreaPrice).data(Qt::ForegroundRole).isValid());

    PremiumBands bands;
    bands.warmAtLeast = dec("10");
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setPremiumBands(bands);
    EXPECT_EQ(changed.size(), 1);
    EXPECT_FALSE(model.index(0, Model::Premium).data(Qt::ForegroundRole).isValid());
}

TEST_F(MarketTableModelTest, WalletTooltipListsEveryNetwork)
{
    model.setCoins({ QStringLiteral("USDT") });
    CoinStatus status;
    status.coin = QStringLiteral("USDT");
    status.networks = { { QStringLiteral("ETH"), true, false }, { QStringLiteral("TRX"), true, true } };
    status.caution = true;
    status.cautionReasons = { QStringLiteral("CAUTION") };
    model.updateStatuses({ status });
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.flush();
    ASSERT_EQ(changed.size(), 1);

    const QModelIndex wallet = model.index(0, Model::Wallet);
    EXPECT_EQ(wallet.data(Qt::ToolTipRole).toString(),
              QStringLiteral("ETH: deposit open, withdrawal suspended\nTRX: deposit open, withdrawal open"));
    EXPECT_TRUE(wallet.data(Model::WalletSuspendedRole).toBool());
    EXPECT_TRUE(wallet.data(Model::CautionRole).toBool());
    EXPECT_TRUE(model.index(0, Model::Caution).data(Qt::DecorationRole).isValid());
    EXPECT_TRUE(model.index(0, Model::Caution).data(Qt::ToolTipRole).toString().contains(QStringLiteral("CAUTION")));
}

TEST_F(MarketTableModelTest, FavouritesAreSetAtOnceAndSignalled)
{
    model.setCoins({ QStringLiteral("BTC"), QStringLiteral("ETH") });
    QSignalSpy favourites(&model, &Model::favouritesChanged);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setFavourite(QStringLiteral("ETH"), true);
    model.setFavourite(QStringLiteral("ETH"), true);
    EXPECT_EQ(favourites.size(), 1);
    ASSERT_EQ(changed.size(), 1);
    EXPECT_EQ(changed.at(0).at(0).toModelIndex(), model.index(1, Model::Favourite));
    EXPECT_TRUE(model.index(1, Model::Coin).data(Model::FavouriteRole).toBool());

    EXPECT_TRUE(model.setData(model.index(0, Model::Favourite), true));
    EXPECT_EQ(model.favourites(), QStringList({ QStringLiteral("BTC"), QStringLiteral("ETH") }));
    model.setFavourites({ QStringLiteral("SOL") });
    EXPECT_EQ(model.favourites(), QStringList({ QStringLiteral("SOL") }));
    EXPECT_EQ(favourites.size(), 3);
}

TEST_F(MarketTableModelTest, TheSparklineKeepsTheLastHour)
{
    model.setCoins({ QStringLiteral("BTC") });
    for (int minute = 0; minute <= 90; ++minute) {
        CoinPremium p = premium(QStringLiteral("BTC"), "1");
        p.preciseRate = Decimal::fromInteger(minute);
        p.observedAtMs = NowMs + minute * 60'000LL;
        model.updatePremiums({ p });
    }
    const auto line = model.index(0, Model::Sparkline).data(Model::SparklineRole).value<QList<QPointF>>();
    ASSERT_EQ(line.size(), 61);
    EXPECT_EQ(line.first().y(), 30.0);
    EXPECT_EQ(line.last().y(), 90.0);
}

// A perp venue that stopped greys the perp's values and the premium, not the live Korean price; the
// Korean price greys when it stops too.
TEST_F(MarketTableModelTest, OnlyTheSideThatStoppedIsGreyed)
{
    model.setCoins({ QStringLiteral("BTC") });
    CoinPremium p = premium(QStringLiteral("BTC"), "1");
    p.koreaReceivedAtMs = NowMs - 500;
    p.foreignReceivedAtMs = NowMs - 40'000;
    p.fxReceivedAtMs = NowMs - 60'000;
    p.stale = true;
    model.updatePremiums({ p });
    model.flush();
    const auto stale = [&](int column) {
        return model.index(0, column).data(Model::StaleRole).toBool();
    };
    for (const int column : { Model::ForeignPrice, Model::Funding, Model::Premium, Model::Sparkline })
        EXPECT_TRUE(stale(column)) << column;
    for (const int column : { Model::KoreaPrice, Model::Change24h, Model::Volume24h })
        EXPECT_FALSE(stale(column)) << column;
    EXPECT_FALSE(model.index(0, Model::KoreaPrice).data(Qt::ForegroundRole).isValid());

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    p.koreaReceivedAtMs = NowMs - 30'000;
    model.updatePremiums({ p });
    model.flush();
    EXPECT_TRUE(stale(Model::KoreaPrice));
    ASSERT_EQ(changed.size(), 1) << "the Korean cells are repainted grey";
    EXPECT_LE(changed.at(0).at(0).toModelIndex().column(), int(Model::KoreaPrice));
}
