#include "mainwindow.h"
#include "venuehealthview.h"

#include "premium/marketfeed.h"

#include "../common/fakevenues.h"
#include "websocketfixtureserver.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>

#include <gtest/gtest.h>

// The feeds dock of a streaming feed: each socket of the venues' streams with its state and
// message rate, as the transport reports them, in English and in Korean.
namespace {

class StreamDockTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(http.listen());
        ASSERT_TRUE(bithumb.listen());
        ASSERT_TRUE(binance.listen());
        serveAllVenues(http);
        for (const char *venue : { "bithumb", "binance", "dunamu" })
            config.baseUrls.insert(QString::fromLatin1(venue), http.baseUrl());
        config.streamUrls.insert(QStringLiteral("bithumb"), bithumb.baseUrl());
        config.streamUrls.insert(QStringLiteral("binance"), binance.baseUrl());
        config.koreanFallbackVenue.clear();
        config.tickerPeriodMs = 100;
    }

    FixtureServer http;
    WebSocketFixtureServer bithumb { QStringLiteral("bithumb") };
    WebSocketFixtureServer binance { QStringLiteral("binance") };
    FeedConfig config;
};

} // namespace

TEST_F(StreamDockTest, TheDockShowsEachSocketsStateAndRate)
{
    MarketFeed feed(config);
    MainWindow window(nullptr);
    window.setFeed(&feed);
    feed.start();
    VenueHealthView *dock = window.venueHealth();
    const auto text = [dock](const char *venue, const char *socket) {
        return dock->socketText(QString::fromLatin1(venue), QString::fromLatin1(socket));
    };
    ASSERT_TRUE(QTest::qWaitFor([&] { return text("bithumb", "public").contains(u": open"); }, 10'000))
        << qPrintable(text("bithumb", "public"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return text("binance", "market").contains(u": open"); }, 10'000))
        << qPrintable(text("binance", "market"));
    EXPECT_TRUE(text("bithumb", "public").startsWith(u"Bithumb public: open")) << qPrintable(text("bithumb", "public"));
    EXPECT_TRUE(text("bithumb", "public").contains(u"messages/s")) << qPrintable(text("bithumb", "public"));

    // The venue drops every socket: the dock says so until the socket is back.
    bithumb.dropAll();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !text("bithumb", "public").contains(u": open"); }, 10'000));

    QTranslator korean;
    ASSERT_TRUE(korean.load(QLocale(QLocale::Korean, QLocale::SouthKorea), QStringLiteral("premium-spread"),
                            QStringLiteral("_"), QStringLiteral(":/i18n")));
    QCoreApplication::installTranslator(&korean);
    // The language change reaches the window's widgets through the event loop.
    const QRegularExpression hangul(QStringLiteral("[\\x{AC00}-\\x{D7A3}]"));
    EXPECT_TRUE(QTest::qWaitFor([&] { return text("binance", "market").contains(hangul); }, 5000))
        << qPrintable(text("binance", "market"));
    QCoreApplication::removeTranslator(&korean);

    window.setFeed(nullptr);
    EXPECT_TRUE(text("binance", "market").isEmpty()) << "the sockets go with the feed";
    feed.stop();
}
