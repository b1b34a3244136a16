#include "application.h"

#include "apiwiring.h"
#include "headlessrunner.h"
#include "historysetup.h"
#include "observabilitywiring.h"
#include "positioncommand.h"
#include "positionwiring.h"
#include "runenvironment.h"
#include "secretswiring.h"
#include "sharedfeed.h"
#include "signalwatcher.h"
#include "version.h"

#include "alertnotifier.h"
#include "coordinationstatuslabel.h"
#include "fxcontrol.h"
#include "mainwindow.h"
#include "premiumchartview.h"
#include "observability/jsonlog.h"
#include "premium/marketfeed.h"
#include "settings/appsettings.h"
#include "secrets/secretstore.h"
#include "secrets/secretwatcher.h"
#include "storage/historystore.h"

#include <QApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTranslator>

#include <cstdio>
#include <memory>
#include <optional>

namespace {

constexpr int ApiUnavailableExitCode = 1;

void printTo(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("PremiumSpread"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("premium-spread.github.io"));
    QCoreApplication::setApplicationName(QStringLiteral("premium-spread"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PS_VERSION_STRING));
}

void installTranslators(QCoreApplication &app)
{
    auto *own = new QTranslator(&app);
    if (own->load(QLocale::system(), QStringLiteral("premium-spread"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale::system(), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

int runHeadless(QCoreApplication &app, const CommandLine &command)
{
    // stdout carries premium lines only: the structured logs go to stderr.
    JsonLog::install();
    FeedConfig config = command.feed;
    config.stateFile = RunEnvironment::stateFile();
    config.apiKeys = RunEnvironment::keysFromEnvironment();
    MarketFeed feed(config);
    AppSettings settings;
    ObservabilityWiring observability(settings.alertSettings());
    observability.alerts()->setUserRules(settings.userAlerts());
    observability.follow(&feed);
    SharedFeed::observe(SharedFeed::attach(&feed, SharedFeed::withPassword(command.redis)), observability.observer());
    // Declared after the feed so that it goes first: its destructor commits the last batch.
    HistoryStore history(HistorySetup::options(command.database, settings, HistorySetup::passwordFromEnvironment(command.database)));
    QObject::connect(&feed, &MarketFeed::cycled, &history, &HistoryStore::recordPremiums);
    history.start();
    // Before the runner: the API has a premium before its line is printed.
    std::optional<ApiWiring> api;
    if (command.apiPort) {
        api.emplace();
        api->setFeed(&feed);
        api->observe(&observability);
        // Asked for and not served is an error a script must see, not a line in a log.
        QObject::connect(&*api, &ApiWiring::failed, &app, [] { QCoreApplication::exit(ApiUnavailableExitCode); });
        ApiServerConfig config;
        config.port = *command.apiPort;
        api->serve(config);
    }
    HeadlessRunner runner(&feed, command.exitAfter,
                          command.linePerPush ? HeadlessRunner::Lines::Push : HeadlessRunner::Lines::Period);
    QObject::connect(observability.alerts(), &AlertEngine::alertRaised, &runner, &HeadlessRunner::reportAlert);
    SignalWatcher signals;
    QObject::connect(&runner, &HeadlessRunner::finished, &app, [](int code) { QCoreApplication::exit(code); });
    QObject::connect(&signals, &SignalWatcher::terminationRequested, &app, [] { QCoreApplication::exit(0); });
    feed.start();
    const int code = app.exec();
    feed.stop();
    return code;
}

int runGui(QApplication &app, const CommandLine &command)
{
    QApplication::setApplicationDisplayName(QStringLiteral(PS_APPLICATION_NAME));
    QApplication::setDesktopFileName(QStringLiteral(PS_APPLICATION_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/premium-spread.svg")));
    installTranslators(app);
    JsonLog::install(JsonLog::defaultFilePath());

    AppSettings settings;
    // The window's MySQL password comes from the keychain (below); the environment variable of
    // headless runs, when set, lets it connect before the keychain answers.
    HistoryStore history(HistorySetup::options(command.database, settings, HistorySetup::passwordFromEnvironment(command.database)));
    history.start();
    MainWindow window(&settings);
    ObservabilityWiring observability(settings.alertSettings());
    observability.alerts()->setUserRules(settings.userAlerts());
    QObject::connect(&settings, &AppSettings::alertSettingsChanged, &observability, &ObservabilityWiring::setSettings);
    QObject::connect(&settings, &AppSettings::userAlertsChanged, observability.alerts(), &AlertEngine::setUserRules);
    PositionWiring positions(&history);
    QObject::connect(positions.book(), &PositionBook::openCountChanged, observability.observer(), &FeedObserver::onOpenPositions);
    // The gauge reads 0 from the start, not only after the first change.
    observability.observer()->onOpenPositions(positions.book()->openCount());
    window.setPositions(positions.book(), positions.store());
    auto *sharedFeedLabel = new CoordinationStatusLabel;
    window.statusBar()->addPermanentWidget(sharedFeedLabel);
    SecretsWiring secrets(RunEnvironment::stateFile());
    window.setSecrets(secrets.store());
    window.setAlerts(observability.alerts(), observability.health());
    QSystemTrayIcon tray(QApplication::windowIcon());
    tray.setToolTip(QStringLiteral(PS_APPLICATION_NAME));
    if (QSystemTrayIcon::isSystemTrayAvailable())
        tray.show();
    AlertNotifier notifier(&tray);
    QObject::connect(observability.alerts(), &AlertEngine::alertRaised, &notifier, &AlertNotifier::onAlert);
    observability.followKeys(secrets.store());
    QObject::connect(&window, &MainWindow::secretChanged, &observability, &ObservabilityWiring::checkKeys);
    QObject::connect(&window, &MainWindow::secretChanged, &secrets, &SecretsWiring::onSecretChanged);
    // Passwords come from the keychain, which answers after start: the history connects (again)
    // and the shared feed is rebuilt as soon as they are known or changed on the API keys page.
    SecretWatcher redisPassword(secrets.store(), QStringLiteral("redis-password"));
    QObject::connect(&window, &MainWindow::secretChanged, &redisPassword, &SecretWatcher::onSecretChanged);
    // SQLite needs no password: the keychain is not asked for one.
    std::optional<SecretWatcher> databasePassword;
    if (command.database && command.database->isMySql()) {
        databasePassword.emplace(secrets.store(), QStringLiteral("database-password"));
        QObject::connect(&window, &MainWindow::secretChanged, &*databasePassword, &SecretWatcher::onSecretChanged);
        QObject::connect(&*databasePassword, &SecretWatcher::valueChanged, &history,
                         [&history, &positions](const QString &value) {
                             if (value.isEmpty())
                                 return;
                             // The positions first: they load once the history has opened with it.
                             positions.setPassword(value);
                             history.setPassword(value);
                         });
    }
    // --fx-manual holds for this run; a rate set in the window holds until cleared there.
    std::optional<Decimal> manualFx = command.feed.manualFx ? command.feed.manualFx : RunEnvironment::savedManualFx();
    QObject::connect(window.fxControl(), &FxControl::manualRateChanged, &window, [&manualFx](const std::optional<Decimal> &rate) {
        manualFx = rate;
        RunEnvironment::saveManualFx(rate);
    });
    // The local API: --api-port (loopback, no token) wins over Preferences for this run; a token
    // the settings ask for is read from the keychain before serving.
    ApiWiring api;
    api.setPositions(positions.book());
    api.observe(&observability);
    QObject::connect(&api, &ApiWiring::failed, &window, &MainWindow::showApiUnavailable);
    SecretWatcher apiToken(secrets.store(), QStringLiteral("api-token"));
    QObject::connect(&window, &MainWindow::secretChanged, &apiToken, &SecretWatcher::onSecretChanged);
    const auto serveApi = [&] {
        const ApiSettings chosen = settings.apiSettings();
        if (!command.apiPort && chosen.port == 0) {
            api.serve(std::nullopt);
            return;
        }
        ApiServerConfig config;
        config.port = command.apiPort.value_or(static_cast<quint16>(chosen.port));
        if (!command.apiPort) {
            config.address = QHostAddress(chosen.address);
            config.tokenRequired = chosen.requireToken || !config.address.isLoopback();
            config.token = config.tokenRequired ? apiToken.value().toUtf8() : QByteArray();
            if (config.tokenRequired && !apiToken.isKnown())
                return;
        }
        api.serve(config);
    };
    QObject::connect(&settings, &AppSettings::apiSettingsChanged, &window, serveApi);
    // Found or not, the keychain's answer settles whether the token-guarded API can be served.
    QObject::connect(secrets.store(), &SecretStore::readFinished, &window, [&](const QString &id) {
        if (id == apiToken.id())
            serveApi();
    });
    window.setHistoryStore(&history);
    std::unique_ptr<MarketFeed> feed;
    FeedConfig running;
    const auto startFeed = [&](const FeedConfig &chosen) {
        running = chosen;
        // The coin selected in the window stays selected through a rebuild.
        if (feed)
            running.symbol = feed->config().symbol;
        FeedConfig config = running;
        config.stateFile = RunEnvironment::stateFile();
        config.apiKeys = secrets.fxKeys();
        config.manualFx = manualFx;
        window.setFeed(nullptr);
        positions.setFeed(nullptr);
        api.setFeed(nullptr);
        feed = std::make_unique<MarketFeed>(config);
        // Read at every start, so that a changed setting takes effect with the feed.
        const auto redis = SharedFeed::withPassword(SharedFeed::chooseAddress(command.redis, settings.redisUrl()), redisPassword.value());
        sharedFeedLabel->setVisible(redis.has_value());
        QObject *shared = SharedFeed::attach(feed.get(), redis, [sharedFeedLabel](const SharedFeedStatus &status) { sharedFeedLabel->setStatus(status); });
        SharedFeed::trackOpenPositions(shared, positions.book());
        SharedFeed::observe(shared, observability.observer());
        observability.follow(feed.get());
        window.setFeed(feed.get());
        positions.setFeed(feed.get());
        api.setFeed(feed.get());
        QObject::connect(feed.get(), &MarketFeed::cycled, &history, &HistoryStore::recordPremiums);
        feed->start();
    };
    // Options given on the command line win over the saved settings for this run only.
    CommandLine overrides = command;
    const auto withCommandLine = [&overrides](FeedConfig config) {
        if (!overrides.feedOptionsGiven)
            return config;
        // What the command line did not give keeps the saved choice.
        if (overrides.basisGiven)
            config.basis = overrides.feed.basis;
        if (overrides.symbolsGiven) {
            config.symbols = overrides.feed.symbols;
            if (!config.symbols.isEmpty() && !config.symbols.contains(config.symbol))
                config.symbol = overrides.feed.symbol;
        }
        if (overrides.koreanVenueGiven)
            config.koreanVenue = overrides.feed.koreanVenue;
        if (overrides.foreignVenueGiven)
            config.foreignVenue = overrides.feed.foreignVenue;
        if (overrides.transportGiven)
            config.transport = overrides.feed.transport;
        for (auto it = overrides.feed.baseUrls.cbegin(); it != overrides.feed.baseUrls.cend(); ++it)
            config.baseUrls.insert(it.key(), it.value());
        config.streamUrls = overrides.feed.streamUrls;
        return config;
    };
    QObject::connect(&settings, &AppSettings::feedConfigChanged, &window,
                     [&](const FeedConfig &saved) { startFeed(withCommandLine(saved)); });
    // Another pair: a new feed on it, the history, positions and shared feed carried over as on any
    // rebuild. The choice is remembered and outlives --korea-venue / --foreign-venue.
    QObject::connect(&window, &MainWindow::venuePairChosen, &window, [&](const VenuePair &pair) {
        settings.setVenuePair(pair);
        overrides.koreanVenueGiven = false;
        overrides.foreignVenueGiven = false;
        FeedConfig next = running;
        next.koreanVenue = pair.korea;
        next.foreignVenue = pair.foreign;
        startFeed(next);
    });
    // Keys arrive from the keychain after the window is up; the feed is rebuilt with them.
    QObject::connect(&secrets, &SecretsWiring::fxKeysChanged, &window, [&] { startFeed(running); });
    QObject::connect(&redisPassword, &SecretWatcher::valueChanged, &window, [&] {
        if (command.redis || !settings.redisUrl().isEmpty())
            startFeed(running);
    });

    SignalWatcher signals;
    QObject::connect(&signals, &SignalWatcher::terminationRequested, &window, [&window] { window.close(); });

    startFeed(withCommandLine(settings.feedConfig()));
    // The selected coin's every second is kept while it is selected (besides the watchlist), so
    // that its chart has them at the next look.
    const auto keepSelectedRaw = [&](const QString &coin) {
        QStringList coins = settings.historyWatchlist();
        if (!coin.isEmpty() && !coins.contains(coin))
            coins.append(coin);
        history.setWatchlist(coins);
    };
    QObject::connect(&window, &MainWindow::coinSelected, &history, keepSelectedRaw);
    keepSelectedRaw(window.selectedCoin());
    serveApi();
    secrets.start();
    window.show();
    const int code = app.exec();
    window.setFeed(nullptr);
    positions.setFeed(nullptr);
    api.setFeed(nullptr);
    return code;
}

} // namespace

namespace Application {

int run(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    setIdentity();

    if (PositionCommand::handles(arguments)) {
        QCoreApplication app(argc, argv);
        return PositionCommand::run(arguments);
    }

    const CommandLine probe = CommandLine::parse(arguments);
    if (probe.action == CommandLine::Action::RunGui) {
        QApplication app(argc, argv);
        return runGui(app, probe);
    }

    QCoreApplication app(argc, argv);
    const CommandLine command = CommandLine::parse(arguments);
    switch (command.action) {
    case CommandLine::Action::Fail:
        printTo(stderr, QStringLiteral("premium-spread: ") + command.error
                            + QStringLiteral("\nTry 'premium-spread --help' for the options.\n"));
        return CommandLine::UsageExitCode;
    case CommandLine::Action::ShowHelp:
        printTo(stdout, command.helpText);
        return 0;
    case CommandLine::Action::ShowVersion:
        printTo(stdout, QStringLiteral("premium-spread " PS_VERSION_STRING "\n"));
        return 0;
    case CommandLine::Action::RunHeadless:
        return runHeadless(app, command);
    case CommandLine::Action::RunGui:
        break;
    }
    return 0;
}

} // namespace Application
