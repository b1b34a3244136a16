#include "markettablemodel.h"
#include "markettableproxy.h"
#include "markettabletestdata.h"
#include "markettableview.h"
#include "stalemarketbanner.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

using namespace MarketTableTest;
using Model = MarketTableModel;

namespace {

constexpr int WaitMs = 2000;

QToolButton *toggle(const MarketTableView &view, const char *name)
{
    return view.findChild<QToolButton *>(QString::fromLatin1(name));
}

void fill(MarketTableView &view)
{
    view.setCoins({ QStringLiteral("BTC"), QStringLiteral("ETH"), QStringLiteral("XRP") });
    view.setInstruments(namedCoins());
    view.setPremiums({ premium(QStringLiteral("BTC"), "1"), premium(QStringLiteral("ETH"), "-2"),
                       premium(QStringLiteral("XRP"), "3") });
    view.model()->flush();
}

} // namespace

TEST(MarketTableView, KeysMoveToggleTheFavouriteActivateAndSearch)
{
    MarketTableView view;
    fill(view);
    view.resize(900, 400);
    view.show();
    view.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&view));

    QSignalSpy current(&view, &MarketTableView::currentCoinChanged);
    QSignalSpy activated(&view, &MarketTableView::coinActivated);
    view.selectCoin(QStringLiteral("BTC"));
    EXPECT_EQ(view.currentCoin(), QStringLiteral("BTC"));
    ASSERT_EQ(current.size(), 1);
    EXPECT_EQ(current.at(0).at(0).toString(), QStringLiteral("BTC"));

    QTableView *table = view.table();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Down);
    EXPECT_EQ(view.currentCoin(), QStringLiteral("ETH"));
    QTest::keyClick(table, Qt::Key_Space);
    EXPECT_TRUE(view.model()->isFavourite(QStringLiteral("ETH")));
    QTest::keyClick(table, Qt::Key_Space);
    EXPECT_FALSE(view.model()->isFavourite(QStringLiteral("ETH")));
    QTest::keyClick(table, Qt::Key_Return);
    ASSERT_EQ(activated.size(), 1);
    EXPECT_EQ(activated.at(0).at(0).toString(), QStringLiteral("ETH"));

    auto *search = view.findChild<QLineEdit *>(QStringLiteral("marketSearch"));
    ASSERT_NE(search, nullptr);
    QTest::keyClick(table, Qt::Key_F, Qt::ControlModifier);
    ASSERT_TRUE(QTest::qWaitFor([&] { return search->hasFocus(); }, WaitMs));
    // QTest types ASCII only; an input method hands the field the composed jamo like this.
    search->insert(QStringLiteral("ㄹㅍ"));
    EXPECT_EQ(view.proxy()->rowCount(), 1);
    QTest::keyClick(search, Qt::Key_Escape);
    EXPECT_TRUE(search->text().isEmpty());
    EXPECT_EQ(view.proxy()->rowCount(), 3);
}

TEST(MarketTableView, ClickingTheStarTogglesTheFavourite)
{
    MarketTableView view;
    fill(view);
    view.resize(900, 400);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    QTableView *table = view.table();
    const QRect star = table->visualRect(view.proxy()->index(2, Model::Favourite));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, star.center());
    EXPECT_TRUE(view.model()->isFavourite(QStringLiteral("XRP")));
}

TEST(MarketTableView, StateSurvivesARestartThroughAnIniFile)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    {
        MarketTableView view;
        fill(view);
        view.model()->setFavourite(QStringLiteral("XRP"), true);
        toggle(view, "favouritesOnly")->setChecked(true);
        toggle(view, "cautionOnly")->setChecked(true);
        toggle(view, "liveSort")->setChecked(true);
        view.table()->sortByColumn(Model::Premium, Qt::DescendingOrder);
        view.table()->setColumnWidth(Model::Coin, 222);
        view.table()->horizontalHeader()->moveSection(Model::Sparkline, 1);
        QSettings settings(path, QSettings::IniFormat);
        view.saveState(settings);
    }
    MarketTableView view;
    fill(view);
    {
        QSettings settings(path, QSettings::IniFormat);
        view.restoreState(settings);
    }
    EXPECT_EQ(view.model()->favourites(), QStringList({ QStringLiteral("XRP") }));
    EXPECT_TRUE(view.proxy()->favouritesOnly());
    EXPECT_TRUE(toggle(view, "favouritesOnly")->isChecked());
    EXPECT_TRUE(view.proxy()->cautionOnly());
    EXPECT_FALSE(view.proxy()->walletSuspendedOnly());
    EXPECT_TRUE(view.proxy()->liveSort());
    EXPECT_EQ(view.proxy()->sortColumn(), Model::Premium);
    EXPECT_EQ(view.proxy()->sortOrder(), Qt::DescendingOrder);
    EXPECT_EQ(view.table()->columnWidth(Model::Coin), 222);
    EXPECT_EQ(view.table()->horizontalHeader()->visualIndex(Model::Sparkline), 1);
}

TEST(MarketTableView, DefaultsWithoutSettingsKeepTheSourceOrder)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QSettings settings(dir.filePath(QStringLiteral("empty.ini")), QSettings::IniFormat);
    MarketTableView view;
    fill(view);
    view.restoreState(settings);
    EXPECT_EQ(view.proxy()->sortColumn(), -1);
    EXPECT_EQ(view.proxy()->index(0, Model::Coin).data(Model::CoinRole).toString(), QStringLiteral("BTC"));
    EXPECT_TRUE(view.model()->favourites().isEmpty());
    EXPECT_FALSE(view.proxy()->liveSort());
}

TEST(MarketTableView, TwoHundredFiftyCoinsPaintOffscreen)
{
    MarketTableView view;
    const QStringList coins = manyCoins(250);
    view.setCoins(coins);
    view.setPremiums(spreadPremiums(coins));
    view.model()->flush();
    view.resize(1200, 800);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    view.table()->sortByColumn(Model::Premium, Qt::AscendingOrder);
    EXPECT_EQ(view.proxy()->rowCount(), 250);
    view.selectCoin(QStringLiteral("COIN200"));
    EXPECT_EQ(view.currentCoin(), QStringLiteral("COIN200"));
    // The grab paints every visible cell, sparklines and stars included.
    EXPECT_FALSE(view.grab().isNull());
}

TEST(MarketTableView, HeaderClicksSortUpDownThenBackToTheListingOrder)
{
    MarketTableView view;
    fill(view);
    view.resize(900, 400);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    QHeaderView *header = view.table()->horizontalHeader();
    const QPoint premium(header->sectionViewportPosition(Model::Premium) + 5, header->height() / 2);
    const auto first = [&] {
        return view.proxy()->index(0, Model::Coin).data(Model::CoinRole).toString();
    };

    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, premium);
    const QString once = first();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, premium);
    const QString twice = first();
    // ETH (−2 %) and XRP (+3 %) lead one way or the other.
    EXPECT_EQ((QStringList { once, twice }), (QStringList { QStringLiteral("ETH"), QStringLiteral("XRP") }))
        << once.toStdString() << " " << twice.toStdString();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, premium);
    EXPECT_EQ(view.proxy()->sortColumn(), -1);
    EXPECT_EQ(first(), QStringLiteral("BTC"));
}

// A whole pair gone stale is said above the table, naming the input that stopped and since when;
// one fresh row (or another pair's rows) takes the banner away.
TEST(MarketTableView, ABannerSaysWhenNoRowIsLive)
{
    MarketTableView view;
    fill(view);
    StaleMarketBanner *banner = view.staleBanner();
    EXPECT_TRUE(banner->isHidden());

    const qint64 perpStoppedAt = NowMs - 40'000;
    QList<CoinPremium> premiums;
    for (const QString &coin : { QStringLiteral("BTC"), QStringLiteral("ETH"), QStringLiteral("XRP") }) {
        CoinPremium p = premium(coin, "1");
        p.pair = VenuePair { QStringLiteral("bithumb"), QStringLiteral("okx") };
        p.fxSource = QStringLiteral("dunamu");
        p.koreaReceivedAtMs = NowMs - 500;
        p.foreignReceivedAtMs = perpStoppedAt - (coin == u"BTC" ? 0 : 1000);
        // The FX is polled every ten minutes: older than the prices, yet live.
        p.fxReceivedAtMs = NowMs - 8 * 60'000;
        p.stale = true;
        premiums.append(p);
    }
    view.setPremiums(premiums);
    EXPECT_FALSE(banner->isHidden());
    const QString since = QDateTime::fromMSecsSinceEpoch(perpStoppedAt).toString(QStringLiteral("HH:mm:ss"));
    EXPECT_EQ(banner->text(),
              QStringLiteral("Not live: nothing from OKX since %1. Every premium below is the last value received.")
                  .arg(since));

    premiums[1].stale = false;
    view.setPremiums(premiums);
    EXPECT_TRUE(banner->isHidden());
    EXPECT_TRUE(banner->text().isEmpty());

    premiums[1].stale = true;
    view.setPremiums(premiums);
    EXPECT_FALSE(banner->isHidden());
    view.setCoins({});
    EXPECT_TRUE(banner->isHidden());
}
