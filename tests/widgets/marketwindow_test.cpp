#include "mainwindow.h"
#include "markettablemodel.h"
#include "markettableview.h"
#include "premiumchartview.h"
#include "premiummatrixview.h"
#include "priceformat.h"
#include "tickerpanel.h"
#include "venuepairbar.h"
#include "widgetstesthelpers.h"

#include "expectedpremiums.h"
#include "fixtureserver.h"
#include "marketfixtures.h"
#include "syntheticmarket.h"

#include "premium/premiummatrix.h"
#include "settings/appsettings.h"
#include "venues/pollingmarketsource.h"

#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

#include <gtest/gtest.h>

#include <map>
#include <memory>

using namespace WidgetsTest;

// The window on a real feed over loopback HTTP: the venues' replies from the fixture server, every
// coin in the table, the selected coin in the cards, the chart and the matrix.
namespace {

constexpr int WaitMs = 15'000;

class MarketWindowTest : public ::testing::Test
{
protected:
    MarketWindowTest()
        : settings(dir.filePath(QStringLiteral("settings.ini")))
    {
        config.symbols.clear();
        config.tickerPeriodMs = FeedConfig::MinTickerPeriodMs;
        config.koreanFallbackVenue.clear();
        config.fxSources = {QStringLiteral("dunamu")};
    }

    static void serveFx(FixtureServer &server)
    {
        server.setRoute(QStringLiteral("/v1/forex/recent"), FixtureResponse::fromFile(QStringLiteral("fx/dunamu-forex-recent-usd.json")));
    }

    // Every venue's many-coin replies and the Dunamu rate on one server, and the feed pointed at it.
    void serveEveryVenue(FixtureServer &server)
    {
        MarketFixtures::serveAll(server);
        serveFx(server);
        for (const QString &venue : MarketFixtures::venues())
            config.baseUrls.insert(venue, server.baseUrl());
        config.baseUrls.insert(QStringLiteral("dunamu"), server.baseUrl());
    }

    // What the application does when the window asks for another pair: a new feed on it, the
    // selected coin kept.
    std::unique_ptr<MarketFeed> switchFeed(MainWindow &window, std::unique_ptr<MarketFeed> old, const VenuePair &pair)
    {
        FeedConfig next = old->config();
        next.koreanVenue = pair.korea;
        next.foreignVenue = pair.foreign;
        window.setFeed(nullptr);
        old.reset();
        auto feed = std::make_unique<MarketFeed>(next);
        window.setFeed(feed.get());
        feed->start();
        return feed;
    }

    QTemporaryDir dir;
    AppSettings settings;
    FeedConfig config;
};

} // namespace

TEST_F(MarketWindowTest, TwoHundredFiftyCoinsFillTheTableAndTheSelectedRowDrivesTheCardsAndTheChart)
{
    const SyntheticMarket market(250);
    std::map<QString, std::unique_ptr<FixtureServer>> servers;
    for (const QString &venue : market.venues()) {
        auto &server = servers[venue];
        server = std::make_unique<FixtureServer>();
        ASSERT_TRUE(server->listen());
        market.serve(venue, *server, [] { return 0; });
        config.baseUrls.insert(venue, server->baseUrl());
    }
    FixtureServer fx;
    ASSERT_TRUE(fx.listen());
    serveFx(fx);
    config.baseUrls.insert(QStringLiteral("dunamu"), fx.baseUrl());

    MainWindow window(&settings);
    MarketFeed feed(config);
    window.setFeed(&feed);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    feed.start();

    MarketTableView *table = window.marketTable();
    ASSERT_TRUE(QTest::qWaitFor([&] { return table->model()->rowCount() == 250; }, WaitMs));
    const QModelIndex premium = table->model()->index(table->model()->rowOf(SyntheticMarket::coin(42)), MarketTableModel::Premium);
    ASSERT_TRUE(QTest::qWaitFor([&] { return premium.data(MarketTableModel::SortRole).isValid(); }, WaitMs));
    EXPECT_TRUE(table->currentCoin().isEmpty()) << "BTC, the default coin, is not listed: no row is current";

    table->selectCoin(SyntheticMarket::coin(42));
    EXPECT_EQ(window.selectedCoin(), QStringLiteral("COIN042"));
    EXPECT_EQ(feed.monitor()->symbol(), QStringLiteral("COIN042"));
    EXPECT_EQ(window.matrix()->coin(), QStringLiteral("COIN042"));
    EXPECT_EQ(settings.selectedCoin(), QStringLiteral("COIN042"));
    EXPECT_TRUE(labelText(*window.tickerPanel(), "premiumTitle").contains(u"COIN042"));
    // The coin's current quotes at once: the cards show its premium, the chart its first point.
    EXPECT_TRUE(labelText(*window.tickerPanel(), "premiumValue").endsWith(u'%'));
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.chartView()->freshPointCount() > 0; }, WaitMs));
    EXPECT_EQ(window.chartView()->history().samples().back().symbol, QStringLiteral("COIN042"));

    // The arrow keys move the selection, and everything follows.
    table->table()->setFocus();
    QTest::keyClick(table->table(), Qt::Key_Down);
    EXPECT_NE(window.selectedCoin(), QStringLiteral("COIN042"));
    EXPECT_EQ(window.selectedCoin(), table->currentCoin());
    EXPECT_EQ(feed.monitor()->symbol(), table->currentCoin());

    // Enter raises the chart.
    QSignalSpy activated(table, &MarketTableView::coinActivated);
    QTest::keyClick(table->table(), Qt::Key_Return);
    EXPECT_EQ(activated.size(), 1);
    EXPECT_TRUE(window.chartDock()->isVisible());
    window.setFeed(nullptr);
}

TEST_F(MarketWindowTest, TheMatrixShowsTheCoinOnEveryPairAndSwitchesThePair)
{
    FixtureServer server;
    ASSERT_TRUE(server.listen());
    serveEveryVenue(server);
    config.symbol = QStringLiteral("SHIB");
    QString error;
    const auto table = ExpectedPremiums::load(&error);
    ASSERT_TRUE(table) << qPrintable(error);

    MainWindow window(&settings);
    auto feed = std::make_unique<MarketFeed>(config);
    window.setFeed(feed.get());
    window.show();
    feed->start();

    PremiumMatrixView *matrix = window.matrixView();
    const auto expected = [&](const VenuePair &pair) {
        for (const ExpectedPremiums::Premium &row : table->premiums()) {
            if (row.coin == u"SHIB" && row.korea == pair.korea && row.foreign == pair.foreign)
                return PriceFormat::percent(*Decimal::fromString(row.lastSeed));
        }
        return QString();
    };
    int cells = 0;
    for (const ExpectedPremiums::Premium &row : table->premiums()) {
        if (row.coin != u"SHIB")
            continue;
        const VenuePair pair{row.korea, row.foreign};
        ASSERT_TRUE(QTest::qWaitFor([&] { return matrix->cell(pair)->text() == expected(pair); }, WaitMs))
            << qPrintable(pair.id() + u' ' + matrix->cell(pair)->text() + u" != " + expected(pair));
        EXPECT_FALSE(matrix->isStale(pair)) << qPrintable(pair.id());
        EXPECT_EQ(matrix->isActive(pair), pair == (VenuePair{QStringLiteral("bithumb"), QStringLiteral("binance")}));
        ++cells;
    }
    EXPECT_EQ(cells, 9);

    // A click on a cell asks for its pair; the new feed fills the table and the matrix from it.
    const VenuePair chosen{QStringLiteral("upbit"), QStringLiteral("okx")};
    QSignalSpy asked(&window, &MainWindow::venuePairChosen);
    QTest::mouseClick(matrix->cell(chosen), Qt::LeftButton);
    ASSERT_EQ(asked.size(), 1);
    EXPECT_EQ(asked.at(0).at(0).value<VenuePair>(), chosen);
    feed = switchFeed(window, std::move(feed), chosen);
    EXPECT_EQ(window.pairBar()->pair(), chosen);
    EXPECT_TRUE(matrix->isActive(chosen));
    EXPECT_EQ(window.selectedCoin(), QStringLiteral("SHIB"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.marketTable()->model()->rowCount() == 6; }, WaitMs));
    EXPECT_EQ(window.marketTable()->currentCoin(), QStringLiteral("SHIB"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return labelText(*window.tickerPanel(), "premiumValue") == expected(chosen); }, WaitMs));

    // A venue that stops answering keeps its last numbers in the matrix, greyed, and says how old.
    const VenuePair failing { QStringLiteral("upbit"), QStringLiteral("bybit") };
    ASSERT_TRUE(QTest::qWaitFor([&] { return !matrix->isStale(failing); }, WaitMs));
    server.setRoute(QStringLiteral("/v5/market/tickers"),
                    FixtureResponse::fromFile(QStringLiteral("errors/cloudflare-502.html"), 502));
    ASSERT_TRUE(QTest::qWaitFor([&] { return matrix->isStale(failing); }, WaitMs));
    EXPECT_TRUE(matrix->cell(failing)->text().endsWith(u'%'));
    EXPECT_TRUE(matrix->cell(failing)->toolTip().contains(u"Stale. Korean price"))
        << qPrintable(matrix->cell(failing)->toolTip());
    EXPECT_FALSE(matrix->isStale(chosen));

    // The toolbar asks the same way.
    QComboBox *perp = window.pairBar()->foreignCombo();
    perp->setCurrentIndex(perp->findData(QStringLiteral("bybit")));
    Q_EMIT perp->activated(perp->currentIndex());
    ASSERT_EQ(asked.size(), 2);
    EXPECT_EQ(asked.at(1).at(0).value<VenuePair>(), (VenuePair{QStringLiteral("upbit"), QStringLiteral("bybit")}));
    window.setFeed(nullptr);
}

TEST_F(MarketWindowTest, AReplacedFeedNoLongerReachesTheTable)
{
    config.symbols = { QStringLiteral("BTC") };
    MainWindow window(&settings);
    MarketFeed first(config);
    MarketFeed second(config);
    window.setFeed(&first);
    window.setFeed(&second);
    MarketTableModel *model = window.marketTable()->model();
    ASSERT_EQ(model->rowCount(), 1);

    CoinPremium premium;
    premium.coin = QStringLiteral("BTC");
    premium.pair = first.pair();
    premium.rate = Decimal::fromString(QStringLiteral("1.50"));
    Instrument named;
    named.venue = first.pair().korea;
    named.coin = QStringLiteral("BTC");
    named.symbol = QStringLiteral("KRW-BTC");
    named.koreanName = QStringLiteral("비트코인");
    Q_EMIT first.cycled({ premium });
    Q_EMIT first.coinsChanged({ QStringLiteral("BTC"), QStringLiteral("ETH") }, {});
    Q_EMIT first.poller(first.pair().korea)->listingChanged(InstrumentSet({ named }));
    model->flush();
    EXPECT_EQ(model->rowCount(), 1);
    EXPECT_FALSE(model->index(0, MarketTableModel::Premium).data(MarketTableModel::SortRole).isValid());
    EXPECT_TRUE(model->index(0, MarketTableModel::Coin).data(MarketTableModel::KoreanNameRole).toString().isEmpty());

    Q_EMIT second.cycled({ premium });
    Q_EMIT second.poller(second.pair().korea)->listingChanged(InstrumentSet({ named }));
    model->flush();
    EXPECT_TRUE(model->index(0, MarketTableModel::Premium).data(MarketTableModel::SortRole).isValid());
    EXPECT_EQ(model->index(0, MarketTableModel::Coin).data(MarketTableModel::KoreanNameRole).toString(),
              QStringLiteral("비트코인"));
    window.setFeed(nullptr);
}

TEST_F(MarketWindowTest, ThePerpCardNamesTheInstrumentOfThePerpVenue)
{
    FixtureServer server;
    ASSERT_TRUE(server.listen());
    serveEveryVenue(server);
    config.foreignVenue = QStringLiteral("okx");
    config.symbol = QStringLiteral("BTC");

    MainWindow window(&settings);
    MarketFeed feed(config);
    window.setFeed(&feed);
    feed.start();
    const TickerPanel &cards = *window.tickerPanel();
    ASSERT_TRUE(QTest::qWaitFor([&] { return labelText(cards, "foreignTitle") == u"BTC-USDT-SWAP perpetual"; }, WaitMs))
        << qPrintable(labelText(cards, "foreignTitle"));

    ASSERT_TRUE(
        QTest::qWaitFor([&] { return window.marketTable()->model()->rowOf(QStringLiteral("SHIB")) >= 0; }, WaitMs));
    window.marketTable()->selectCoin(QStringLiteral("SHIB"));
    EXPECT_EQ(labelText(cards, "foreignTitle"), QStringLiteral("SHIB-USDT-SWAP perpetual"));
    window.setFeed(nullptr);
}

// At the default size (1280 × 800) the whole row is on screen, the sparkline too, and no column
// title is cut, even with its sort arrow; in both languages.
TEST_F(MarketWindowTest, EveryColumnFitsTheDefaultWidthInEnglishAndKorean)
{
    QStringList coins;
    for (int i = 0; i < 250; ++i)
        coins.append(SyntheticMarket::coin(i));
    for (const QLocale::Language language : { QLocale::English, QLocale::Korean }) {
        QTranslator translator;
        if (language == QLocale::Korean) {
            ASSERT_TRUE(translator.load(QLocale(language, QLocale::SouthKorea), QStringLiteral("premium-spread"),
                                        QStringLiteral("_"), QStringLiteral(":/i18n")));
            QCoreApplication::installTranslator(&translator);
        }
        MainWindow window(&settings);
        window.resize(1280, 800);
        window.marketTable()->setCoins(coins);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        QTableView *view = window.marketTable()->table();
        QHeaderView *header = view->horizontalHeader();
        view->sortByColumn(MarketTableModel::Caution, Qt::DescendingOrder);

        EXPECT_TRUE(view->verticalScrollBar()->isVisible()) << "250 rows do not fit: the width must allow for the bar";
        EXPECT_EQ(view->horizontalScrollBar()->maximum(), 0) << "language " << language;
        for (int column = 0; column < MarketTableModel::ColumnCount; ++column) {
            EXPECT_GE(header->sectionSize(column), header->sectionSizeHint(column))
                << qPrintable(header->model()->headerData(column, Qt::Horizontal).toString()) << " language "
                << language;
        }
        EXPECT_LE(header->sectionViewportPosition(MarketTableModel::Sparkline)
                      + header->sectionSize(MarketTableModel::Sparkline),
                  view->viewport()->width());
        EXPECT_GE(header->sectionSize(MarketTableModel::Sparkline), 90);
        QCoreApplication::removeTranslator(&translator);
    }
}

// The user's own widths, saved, win over the defaults.
TEST_F(MarketWindowTest, SavedColumnWidthsWinOverTheDefaults)
{
    {
        MainWindow window(&settings);
        window.marketTable()->table()->horizontalHeader()->resizeSection(MarketTableModel::Funding, 333);
        window.marketTable()->saveState(settings.store());
    }
    MainWindow window(&settings);
    EXPECT_EQ(window.marketTable()->table()->horizontalHeader()->sectionSize(MarketTableModel::Funding), 333);
}

// Bands saved in Preferences recolour the table at once; the saved ones apply at start.
TEST_F(MarketWindowTest, SavedPremiumBandsReachTheTable)
{
    const PremiumBands saved { Decimal::fromInteger(5), Decimal::fromInteger(-2) };
    settings.setPremiumBands(saved);
    MainWindow window(&settings);
    EXPECT_EQ(window.marketTable()->model()->premiumBands(), saved);

    const PremiumBands changed { *Decimal::fromString(u"1.5"), Decimal::fromInteger(0) };
    settings.setPremiumBands(changed);
    EXPECT_EQ(window.marketTable()->model()->premiumBands(), changed);
}
