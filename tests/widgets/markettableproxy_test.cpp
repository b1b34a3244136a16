#include "markettablemodel.h"
#include "markettableproxy.h"
#include "markettabletestdata.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace MarketTableTest;
using Model = MarketTableModel;

namespace {

class MarketTableProxyTest : public ::testing::Test
{
protected:
    MarketTableProxyTest()
    {
        model.setClock([] { return NowMs; });
        model.setFlashDuration(0);
        proxy.setSourceModel(&model);
    }

    // The coins in the proxy's order.
    QStringList shown() const
    {
        QStringList coins;
        for (int row = 0; row < proxy.rowCount(); ++row)
            coins.append(proxy.index(row, Model::Coin).data(Model::CoinRole).toString());
        return coins;
    }

    Model model;
    MarketTableProxy proxy;
    QAbstractItemModelTester modelTester { &model, QAbstractItemModelTester::FailureReportingMode::Fatal };
    QAbstractItemModelTester proxyTester { &proxy, QAbstractItemModelTester::FailureReportingMode::Fatal };
};

QStringList list(std::initializer_list<const char *> coins)
{
    QStringList result;
    for (const char *coin : coins)
        result.append(QString::fromLatin1(coin));
    return result;
}

} // namespace

TEST_F(MarketTableProxyTest, SortsOnExactDecimalsWithMissingValuesLastBothWays)
{
    model.setCoins(list({ "NONE", "A", "B", "C", "D", "E" }));
    // As text "10.25" < "9.5" and "-0.5" < "-12.25"; as decimals the other way round.
    model.updatePremiums({ premium(QStringLiteral("NONE"), nullptr), premium(QStringLiteral("A"), "9.5"),
                           premium(QStringLiteral("B"), "10.25"), premium(QStringLiteral("C"), "-0.5"),
                           premium(QStringLiteral("D"), "-12.25"), premium(QStringLiteral("E"), "0.01") });
    model.flush();

    proxy.sort(Model::Premium, Qt::AscendingOrder);
    EXPECT_EQ(shown(), list({ "D", "C", "E", "A", "B", "NONE" }));
    proxy.sort(Model::Premium, Qt::DescendingOrder);
    EXPECT_EQ(shown(), list({ "B", "A", "E", "C", "D", "NONE" }));
    proxy.sort(Model::Coin, Qt::AscendingOrder);
    EXPECT_EQ(shown(), list({ "A", "B", "C", "D", "E", "NONE" }));
}

TEST_F(MarketTableProxyTest, DecimalsTheDoublesWouldConfuse)
{
    model.setCoins(list({ "A", "B" }));
    // 0.1 + 0.2 is not 0.3 in binary; these two prices differ in the 17th significant digit.
    CoinPremium a = premium(QStringLiteral("A"), "1", "1000");
    CoinPremium b = premium(QStringLiteral("B"), "1", "1000");
    a.foreignPrice = dec("0.30000000000000001");
    b.foreignPrice = dec("0.3");
    model.updatePremiums({ a, b });
    model.flush();
    proxy.sort(Model::ForeignPrice, Qt::AscendingOrder);
    EXPECT_EQ(shown(), list({ "B", "A" }));
}

TEST_F(MarketTableProxyTest, RowsStayPutBetweenFlushesUnlessLiveSort)
{
    model.setCoins(list({ "A", "B", "C" }));
    model.updatePremiums(
        { premium(QStringLiteral("A"), "1"), premium(QStringLiteral("B"), "2"), premium(QStringLiteral("C"), "3") });
    model.flush();
    proxy.sort(Model::Premium, Qt::DescendingOrder);
    ASSERT_EQ(shown(), list({ "C", "B", "A" }));

    model.updatePremiums({ premium(QStringLiteral("A"), "5") });
    model.flush();
    EXPECT_EQ(shown(), list({ "C", "B", "A" }));
    EXPECT_EQ(proxy.index(2, Model::Premium).data().toString(), QStringLiteral("+5.00 %"));

    // Sorting again applies the new values.
    proxy.sort(Model::Premium, Qt::DescendingOrder);
    EXPECT_EQ(shown(), list({ "A", "C", "B" }));

    proxy.setLiveSort(true);
    QSignalSpy layout(&proxy, &QAbstractItemModel::layoutChanged);
    model.updatePremiums({ premium(QStringLiteral("B"), "7") });
    EXPECT_EQ(shown(), list({ "A", "C", "B" })); // not before the flush
    model.flush();
    EXPECT_EQ(shown(), list({ "B", "A", "C" }));
    EXPECT_GE(layout.size(), 1);
}

TEST_F(MarketTableProxyTest, SearchesSymbolNamesAndInitialConsonants)
{
    model.setCoins(list({ "BTC", "ETH", "XRP", "SOL", "BCH" }));
    model.setInstruments(namedCoins());
    model.flush();
    const auto search = [&](const QString &text) {
        proxy.setSearchText(text);
        return shown();
    };
    EXPECT_EQ(search(QStringLiteral("btc")), list({ "BTC" }));
    EXPECT_EQ(search(QStringLiteral("bitcoin")), list({ "BTC", "BCH" }));
    EXPECT_EQ(search(QStringLiteral("ETHER")), list({ "ETH" }));
    EXPECT_EQ(search(QStringLiteral("리플")), list({ "XRP" }));
    EXPECT_EQ(search(QStringLiteral("ㅂㅌ")), list({ "BTC", "BCH" }));
    EXPECT_EQ(search(QStringLiteral("ㅋㅇㅋ")), list({ "BCH" }));
    EXPECT_EQ(search(QStringLiteral("ㅅㄹ")), list({ "SOL" }));
    EXPECT_EQ(search(QStringLiteral("  ")), list({ "BTC", "ETH", "XRP", "SOL", "BCH" }));
    EXPECT_EQ(search(QStringLiteral("zzz")), QStringList());
}

TEST_F(MarketTableProxyTest, FiltersFavouritesWalletAndCaution)
{
    model.setCoins(list({ "BTC", "ETH", "XRP" }));
    CoinPremium eth = premium(QStringLiteral("ETH"), "1");
    eth.withdrawalOpen = false;
    CoinStatus xrp;
    xrp.coin = QStringLiteral("XRP");
    xrp.caution = true;
    model.updatePremiums({ premium(QStringLiteral("BTC"), "1"), eth, premium(QStringLiteral("XRP"), "1") });
    model.updateStatuses({ xrp });
    model.flush();

    proxy.setWalletSuspendedOnly(true);
    EXPECT_EQ(shown(), list({ "ETH" }));
    proxy.setWalletSuspendedOnly(false);
    proxy.setCautionOnly(true);
    EXPECT_EQ(shown(), list({ "XRP" }));
    proxy.setCautionOnly(false);
    proxy.setFavouritesOnly(true);
    EXPECT_EQ(shown(), QStringList());
    model.setFavourite(QStringLiteral("BTC"), true);
    EXPECT_EQ(shown(), list({ "BTC" }));
    model.setFavourite(QStringLiteral("BTC"), false);
    EXPECT_EQ(shown(), QStringList());
}

TEST_F(MarketTableProxyTest, TwoHundredFiftyCoinsChangingUnderASortedProxy)
{
    const QStringList coins = manyCoins(250);
    model.setCoins(coins);
    model.updatePremiums(spreadPremiums(coins));
    model.flush();
    proxy.sort(Model::Premium, Qt::DescendingOrder);
    ASSERT_EQ(proxy.rowCount(), 250);
    const QStringList sorted = shown();
    for (int row = 1; row < proxy.rowCount(); ++row) {
        EXPECT_GE(proxy.index(row - 1, Model::Premium).data(Model::SortRole).value<Decimal>(),
                  proxy.index(row, Model::Premium).data(Model::SortRole).value<Decimal>());
    }

    // Every value moves, some coins leave and new ones come: the testers check the signals.
    model.updatePremiums(spreadPremiums(coins, 3));
    model.flush();
    EXPECT_EQ(shown(), sorted);
    QStringList fewer = coins.mid(10);
    fewer.append(QStringLiteral("NEW1"));
    model.setCoins(fewer);
    EXPECT_EQ(proxy.rowCount(), 241);
    proxy.setLiveSort(true);
    model.updatePremiums(spreadPremiums(coins.mid(10), 5));
    model.flush();
    EXPECT_EQ(shown().last(), QStringLiteral("NEW1")); // no premium: last
}
