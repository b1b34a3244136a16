#include "application.h"
#include "mainwindow.h"
#include "markettablemodel.h"
#include "markettableview.h"
#include "priceformat.h"
#include "venuepairbar.h"

#include "expectedpremiums.h"
#include "fixtureserver.h"
#include "marketfixtures.h"

#include "premium/venuepair.h"

#include <QApplication>
#include <QComboBox>
#include <QScopeGuard>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>

// The pair switch of the real application: Application::run() with its own QApplication and all
// of its wiring, every venue played by a loopback fixture server, the window driven through its
// toolbar once it is up. The test cannot reach into run(), so a pre-routine of the application
// object starts the server and a driver that watches the window from inside the event loop.
namespace {

constexpr int DeadlineMs = 60'000;

const VenuePair First { QStringLiteral("bithumb"), QStringLiteral("binance") };
const VenuePair Chosen { QStringLiteral("bithumb"), QStringLiteral("okx") };

struct SwitchRun
{
    QString homeDir;
    std::optional<ExpectedPremiums> expected;
    std::unique_ptr<FixtureServer> server;
    // What the driver saw.
    QString firstPremium;
    QString chosenPremium;
    bool switched = false;
    bool tableOfNewPair = false;
    QString failure;
};

SwitchRun *run = nullptr;

QString expectedPremium(const VenuePair &pair, const QString &coin)
{
    for (const ExpectedPremiums::Premium &row : run->expected->premiums()) {
        if (row.coin == coin && row.korea == pair.korea && row.foreign == pair.foreign)
            return PriceFormat::percent(*Decimal::fromString(row.lastSeed));
    }
    return {};
}

MainWindow *findWindow()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *window = qobject_cast<MainWindow *>(widget); window && window->isVisible())
            return window;
    }
    return nullptr;
}

QString premiumOf(MainWindow *window, const QString &coin)
{
    const MarketTableModel *model = window->marketTable()->model();
    const int row = model->rowOf(coin);
    return row < 0 ? QString() : model->index(row, MarketTableModel::Premium).data().toString();
}

// Polls the window from the application's own event loop: waits for the first pair's premiums,
// chooses the perp venue in the toolbar, waits for the new pair's premiums, closes the window.
void drive()
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(50);
    auto *deadline = new QTimer(qApp);
    deadline->setSingleShot(true);
    QObject::connect(deadline, &QTimer::timeout, qApp, [] {
        run->failure
            = QStringLiteral("deadline passed: first %1, chosen %2").arg(run->firstPremium, run->chosenPremium);
        QCoreApplication::exit(2);
    });
    QObject::connect(timer, &QTimer::timeout, qApp, [timer] {
        MainWindow *window = findWindow();
        if (!window)
            return;
        if (!run->switched) {
            run->firstPremium = premiumOf(window, QStringLiteral("BTC"));
            if (run->firstPremium != expectedPremium(First, QStringLiteral("BTC")))
                return;
            run->switched = true;
            QComboBox *perp = window->pairBar()->foreignCombo();
            perp->setCurrentIndex(perp->findData(Chosen.foreign));
            Q_EMIT perp->activated(perp->currentIndex());
            return;
        }
        // Every row, each with the new pair's premium: none of the old pair's numbers left.
        QStringList rows;
        const QStringList coins = window->marketTable()->model()->coins();
        for (const QString &coin : coins)
            rows.append(coin + u'=' + premiumOf(window, coin));
        run->chosenPremium = rows.join(u' ');
        const bool allNew
            = coins.size() == 6 && std::all_of(coins.cbegin(), coins.cend(), [window](const QString &coin) {
                  return premiumOf(window, coin) == expectedPremium(Chosen, coin);
              });
        if (!allNew)
            return;
        run->tableOfNewPair = true;
        timer->stop();
        window->close();
    });
    timer->start();
    deadline->start(DeadlineMs);
}

// Runs as the QApplication is built, before run() reads the settings: the venues' addresses point
// at the fixture server.
void prepare()
{
    run->server = std::make_unique<FixtureServer>();
    if (!run->server->listen()) {
        run->failure = QStringLiteral("fixture server did not listen");
        return;
    }
    MarketFixtures::serveAll(*run->server);
    run->server->setRoute(QStringLiteral("/v1/forex/recent"),
                          FixtureResponse::fromFile(QStringLiteral("fx/dunamu-forex-recent-usd.json")));
    QSettings settings(QStringLiteral("PremiumSpread"), QStringLiteral("premium-spread"));
    for (const QString &venue :
         MarketFixtures::venues() + QStringList { QStringLiteral("dunamu"), QStringLiteral("open-er-api") })
        settings.setValue(QStringLiteral("feeds/url/") + venue, run->server->baseUrl());
    settings.setValue(QStringLiteral("feeds/koreanVenue"), First.korea);
    settings.setValue(QStringLiteral("feeds/foreignVenue"), First.foreign);
    settings.setValue(QStringLiteral("window/selectedCoin"), QStringLiteral("BTC"));
    settings.sync();
    QTimer::singleShot(0, qApp, drive);
}

} // namespace

TEST(AppPairSwitch, TheToolbarSwitchesTheRealApplicationsTableToTheNewPairsVenues)
{
    QTemporaryDir home;
    ASSERT_TRUE(home.isValid());
    SwitchRun state;
    QString error;
    state.expected = ExpectedPremiums::load(&error);
    ASSERT_TRUE(state.expected) << qPrintable(error);
    run = &state;
    ASSERT_NE(expectedPremium(First, QStringLiteral("BTC")), expectedPremium(Chosen, QStringLiteral("BTC")));
    // The application's settings, logs and state in a home of its own.
    for (const char *variable : { "HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME" })
        qputenv(variable, home.path().toLocal8Bit());
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qAddPreRoutine(prepare);

    const QByteArray database = home.filePath(QStringLiteral("history.sqlite")).toLocal8Bit();
    QByteArray program("premium-spread");
    QByteArray databaseOption("--database");
    QByteArray databasePath(database);
    char *argv[] = { program.data(), databaseOption.data(), databasePath.data(), nullptr };
    const int code = Application::run(3, argv);
    const auto forget = qScopeGuard([] { run = nullptr; });

    EXPECT_TRUE(state.failure.isEmpty()) << qPrintable(state.failure);
    EXPECT_EQ(code, 0);
    EXPECT_EQ(state.firstPremium, expectedPremium(First, QStringLiteral("BTC")));
    EXPECT_TRUE(state.switched);
    EXPECT_TRUE(state.tableOfNewPair) << qPrintable(state.chosenPremium);
    const QSettings saved(home.filePath(QStringLiteral("PremiumSpread/premium-spread.conf")), QSettings::IniFormat);
    EXPECT_EQ(saved.value(QStringLiteral("feeds/foreignVenue")).toString(), Chosen.foreign)
        << "the chosen pair is remembered";
}
