#include "feedstatusbadge.h"
#include "mainwindow.h"
#include "premiumchartview.h"
#include "tickerpanel.h"
#include "widgetstesthelpers.h"

#include "settings/appsettings.h"

#include <QAction>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using namespace WidgetsTest;

namespace {

class MainWindowTest : public ::testing::Test
{
protected:
    MainWindowTest()
        : settings(dir.filePath(QStringLiteral("settings.ini")))
    {
    }

    // A MarketFeed that is never started: no network, its monitor fed by hand.
    std::unique_ptr<MarketFeed> makeFeed()
    {
        auto feed = std::make_unique<MarketFeed>(FeedConfig());
        feed->monitor()->setClock([this] { return now; });
        return feed;
    }

    QAction *action(MainWindow &window, const QString &text)
    {
        for (QAction *menu : window.menuBar()->actions()) {
            for (QAction *item : menu->menu()->actions()) {
                if (item->text() == text)
                    return item;
            }
        }
        return nullptr;
    }

    qint64 now = StartMs;
    QTemporaryDir dir;
    AppSettings settings;
};

} // namespace

TEST_F(MainWindowTest, ShowsTheFeedItIsGiven)
{
    MainWindow window(&settings);
    auto feed = makeFeed();
    window.setFeed(feed.get());
    feedSeedExample(*feed->monitor(), now);

    EXPECT_EQ(labelText(*window.tickerPanel(), "premiumValue"), QStringLiteral("+1.28 %"));
    EXPECT_EQ(labelText(*window.tickerPanel(), "koreaPrice"), QStringLiteral("₩129,555,000"));
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("+1.28 %")));
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.chartView()->freshPointCount() == 1; }, 2000));
}

TEST_F(MainWindowTest, ANewFeedShowsItsStatusesAtOnceAndTheOldOneIsForgotten)
{
    MainWindow window(&settings);
    auto first = makeFeed();
    window.setFeed(first.get());
    feedSeedExample(*first->monitor(), now);

    // What the application does on a settings change: detach, destroy, attach the new feed.
    window.setFeed(nullptr);
    feedSeedExample(*first->monitor(), now, "130000000");
    EXPECT_EQ(labelText(*window.tickerPanel(), "koreaPrice"), QStringLiteral("₩129,555,000"));
    first.reset();

    auto second = makeFeed();
    FetchError refused;
    refused.kind = FetchError::Kind::ConnectionRefused;
    second->monitor()->acceptFailure(FeedRole::ForeignPerp, refused);
    window.setFeed(second.get());
    EXPECT_EQ(window.tickerPanel()->badge(FeedRole::ForeignPerp)->text(), QStringLiteral("Error: connection refused"));
    EXPECT_EQ(window.tickerPanel()->badge(FeedRole::KoreanSpot)->text(), QStringLiteral("Waiting…"));
    EXPECT_EQ(window.feed(), second.get());

    // A feed destroyed without setFeed(nullptr) does not leave a dangling pointer behind.
    second.reset();
    EXPECT_EQ(window.feed(), nullptr);
}

TEST_F(MainWindowTest, AnApiThatIsNotServedIsNamedInTheStatusBar)
{
    MainWindow window(&settings);
    window.showApiUnavailable(ApiFailure { ApiFailure::Kind::TokenMissing, QStringLiteral("0.0.0.0:8765"), QString() });
    const QString text = window.statusBar()->currentMessage();
    EXPECT_TRUE(text.contains(QStringLiteral("0.0.0.0:8765"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("API keys"))) << "where to set the token: " << text.toStdString();
    window.showApiUnavailable(ApiFailure { ApiFailure::Kind::CannotListen, QStringLiteral("127.0.0.1:80"),
                                           QStringLiteral("Permission denied") });
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(QStringLiteral("Permission denied")));
}

TEST_F(MainWindowTest, MenusAreKeyboardReachable)
{
    MainWindow window(&settings);
    QStringList menus;
    for (QAction *menu : window.menuBar()->actions())
        menus.append(menu->text());
    EXPECT_EQ(menus, (QStringList{QStringLiteral("&File"), QStringLiteral("&View"), QStringLiteral("&Settings"), QStringLiteral("&Help")}));

    // The feeds dock, once closed, comes back from the menu or F9.
    QAction *feeds = action(window, QStringLiteral("Show &feeds"));
    ASSERT_NE(feeds, nullptr);
    EXPECT_EQ(feeds->shortcut(), QKeySequence(Qt::Key_F9));
    window.show();
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("feedsDock"));
    ASSERT_NE(dock, nullptr);
    EXPECT_TRUE(dock->isVisible());
    dock->close();
    EXPECT_FALSE(dock->isVisible());
    feeds->trigger();
    EXPECT_TRUE(dock->isVisible());

    // The manual rate is one shortcut away, even with the dock closed.
    QAction *manualFx = action(window, QStringLiteral("Set a &manual USD/KRW rate…"));
    ASSERT_NE(manualFx, nullptr);
    EXPECT_EQ(manualFx->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    dock->close();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    manualFx->trigger();
    EXPECT_TRUE(dock->isVisible());
    auto *edit = window.findChild<QLineEdit *>(QStringLiteral("manualFxEdit"));
    ASSERT_NE(edit, nullptr);
    EXPECT_TRUE(QTest::qWaitFor([&] { return edit->hasFocus(); }, 2000));

    QAction *quit = action(window, QStringLiteral("&Quit"));
    ASSERT_NE(quit, nullptr);
    EXPECT_EQ(quit->shortcut(), QKeySequence(QKeySequence::Quit));
    QAction *preferences = action(window, QStringLiteral("&Preferences…"));
    ASSERT_NE(preferences, nullptr);
    EXPECT_EQ(preferences->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
    EXPECT_NE(action(window, QStringLiteral("&About Premium Spread")), nullptr);
    EXPECT_NE(action(window, QStringLiteral("About &Qt")), nullptr);
}

TEST_F(MainWindowTest, GeometryIsSavedOnCloseAndRestored)
{
    {
        MainWindow window(&settings);
        // The default, or 90 % of a smaller screen (never below the minimum).
        const QSize screen = window.screen()->availableGeometry().size();
        EXPECT_EQ(window.size(), QSize(1280, 800).boundedTo(screen * 0.9).expandedTo(window.minimumSize()));
        window.show();
        window.resize(900, 600);
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        window.close();
    }
    EXPECT_FALSE(settings.windowGeometry().isEmpty());
    EXPECT_FALSE(settings.windowState().isEmpty());

    MainWindow again(&settings);
    EXPECT_EQ(again.size(), QSize(900, 600));
}
