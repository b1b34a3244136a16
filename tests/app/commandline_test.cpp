#include "commandline.h"

#include <gtest/gtest.h>

#include <vector>

namespace {

CommandLine parse(const std::vector<const char *> &args)
{
    QStringList list{QStringLiteral("premium-spread")};
    for (const char *arg : args)
        list.append(QString::fromLatin1(arg));
    return CommandLine::parse(list);
}

} // namespace

TEST(CommandLine, DefaultsToTheWindowWithRealVenues)
{
    const CommandLine command = parse({});
    EXPECT_EQ(command.action, CommandLine::Action::RunGui);
    EXPECT_FALSE(command.feedOptionsGiven);
    EXPECT_EQ(command.feed.baseUrl(QStringLiteral("bithumb")), QUrl(QStringLiteral("https://api.bithumb.com")));
    EXPECT_EQ(command.feed.basis, PremiumBasis::Seed);
}

TEST(CommandLine, UrlOptionsReplaceSchemeHostAndPortOnly)
{
    const CommandLine command = parse({"--headless", "--bithumb-url", "http://127.0.0.1:9/ignored/path",
                                       "--binance-url", "http://localhost:10", "--fx-url", "http://127.0.0.1:11",
                                       "--fx-fallback-url", "https://example.test:12", "--basis", "global", "--exit-after", "5"});
    ASSERT_EQ(command.action, CommandLine::Action::RunHeadless) << command.error.toStdString();
    EXPECT_EQ(command.feed.baseUrl(QStringLiteral("bithumb")), QUrl(QStringLiteral("http://127.0.0.1:9")));
    EXPECT_EQ(command.feed.baseUrl(QStringLiteral("binance")), QUrl(QStringLiteral("http://localhost:10")));
    EXPECT_EQ(command.feed.baseUrl(QStringLiteral("dunamu")), QUrl(QStringLiteral("http://127.0.0.1:11")));
    EXPECT_EQ(command.feed.baseUrl(QStringLiteral("open-er-api")), QUrl(QStringLiteral("https://example.test:12")));
    EXPECT_EQ(command.feed.basis, PremiumBasis::Global);
    EXPECT_EQ(command.exitAfter, 5);
}

TEST(CommandLine, BadInputNamesTheOption)
{
    const struct
    {
        std::initializer_list<const char *> args;
        const char *named;
    } cases[] = {
        {{"--headless", "--frobnicate"}, "frobnicate"},
        {{"--headless", "--basis", "local"}, "--basis"},
        {{"--headless", "--basis"}, "basis"},
        {{"--headless", "--exit-after", "0"}, "--exit-after"},
        {{"--headless", "--exit-after", "ten"}, "--exit-after"},
        {{"--headless", "--bithumb-url", "ftp://x"}, "--bithumb-url"},
        {{"--headless", "--binance-url", "not a url"}, "--binance-url"},
        {{"--headless", "--fx-url", "http://"}, "--fx-url"},
        {{"--headless", "stray"}, "stray"},
        {{"--headless", "--api-port", "0"}, "--api-port"},
        {{"--headless", "--api-port", "65536"}, "--api-port"},
        {{"--headless", "--api-port", "80a"}, "--api-port"},
        {{"--api-port", "-1"}, "--api-port"},
        {{"--headless", "--transport", "push"}, "--transport"},
        {{"--headless", "--transport"}, "transport"},
        {{"--headless", "--lines", "every"}, "--lines"},
    };
    for (const auto &c : cases) {
        const CommandLine command = parse(c.args);
        EXPECT_EQ(command.action, CommandLine::Action::Fail) << c.named;
        EXPECT_TRUE(command.error.contains(QString::fromLatin1(c.named))) << command.error.toStdString();
    }
}

TEST(CommandLine, ApiPortIsOffUnlessGiven)
{
    EXPECT_FALSE(parse({"--headless"}).apiPort.has_value());
    const CommandLine command = parse({"--headless", "--api-port", "8765"});
    ASSERT_EQ(command.action, CommandLine::Action::RunHeadless) << command.error.toStdString();
    EXPECT_EQ(command.apiPort, 8765);
    EXPECT_EQ(parse({"--api-port", "65535"}).apiPort, 65535);
}

TEST(CommandLine, HeadlessLinesComeOnceAPeriodUnlessPushIsAsked)
{
    EXPECT_FALSE(parse({"--headless"}).linePerPush);
    EXPECT_FALSE(parse({"--headless", "--lines", "period"}).linePerPush);
    const CommandLine push = parse({"--headless", "--lines", "push"});
    ASSERT_EQ(push.action, CommandLine::Action::RunHeadless) << push.error.toStdString();
    EXPECT_TRUE(push.linePerPush);
}

TEST(CommandLine, TransportStreamsUnlessPollIsAsked)
{
    const CommandLine defaults = parse({"--headless"});
    EXPECT_EQ(defaults.feed.transport, FeedTransport::Stream);
    EXPECT_FALSE(defaults.transportGiven);
    const CommandLine poll = parse({"--headless", "--transport", "poll"});
    ASSERT_EQ(poll.action, CommandLine::Action::RunHeadless) << poll.error.toStdString();
    EXPECT_EQ(poll.feed.transport, FeedTransport::Poll);
    EXPECT_TRUE(poll.transportGiven);
    // Named even when it is the default: it must win over a saved "poll" in the window.
    const CommandLine stream = parse({"--transport", "stream"});
    EXPECT_EQ(stream.feed.transport, FeedTransport::Stream);
    EXPECT_TRUE(stream.transportGiven);
    EXPECT_TRUE(stream.feedOptionsGiven);
    EXPECT_TRUE(stream.helpText.contains(QStringLiteral("--transport <stream|poll>")));
}

TEST(CommandLine, StreamUrlsMoveOnlyTheSockets)
{
    const CommandLine command = parse({"--headless", "--okx-url", "http://127.0.0.1:9000", "--okx-stream-url",
                                       "ws://127.0.0.1:9001/ignored", "--upbit-stream-url", "wss://proxy.test"});
    ASSERT_EQ(command.action, CommandLine::Action::RunHeadless) << command.error.toStdString();
    EXPECT_EQ(command.feed.baseUrl(QStringLiteral("okx")), QUrl(QStringLiteral("http://127.0.0.1:9000")));
    EXPECT_EQ(command.feed.streamUrls.value(QStringLiteral("okx")), QUrl(QStringLiteral("http://127.0.0.1:9001")));
    EXPECT_EQ(command.feed.streamUrls.value(QStringLiteral("upbit")), QUrl(QStringLiteral("https://proxy.test")));
    EXPECT_FALSE(command.feed.streamUrls.contains(QStringLiteral("bithumb")));
    EXPECT_EQ(parse({"--okx-url", "ws://127.0.0.1:9000"}).action, CommandLine::Action::Fail) << "REST is http(s)";
    EXPECT_EQ(parse({"--okx-stream-url", "ftp://x"}).action, CommandLine::Action::Fail);
}

TEST(CommandLine, HelpAndVersion)
{
    EXPECT_EQ(parse({"--help"}).action, CommandLine::Action::ShowHelp);
    EXPECT_EQ(parse({"-h"}).action, CommandLine::Action::ShowHelp);
    EXPECT_EQ(parse({"--version"}).action, CommandLine::Action::ShowVersion);
}

TEST(CommandLine, RedisTakesAUrlWithoutAPassword)
{
    EXPECT_FALSE(parse({"--headless"}).redis);
    const CommandLine command = parse({"--headless", "--redis", "redis://feed@10.0.0.5:6380/1"});
    ASSERT_EQ(command.action, CommandLine::Action::RunHeadless);
    ASSERT_TRUE(command.redis);
    EXPECT_EQ(command.redis->host, QStringLiteral("10.0.0.5"));
    EXPECT_EQ(command.redis->port, 6380);
    EXPECT_EQ(command.redis->user, QStringLiteral("feed"));
    EXPECT_EQ(command.redis->database, 1);
    EXPECT_TRUE(command.redis->password.isEmpty());

    for (const char *bad : {"redis://feed:secret@host:6379", "http://host:6379", "redis://host:6379/zero"}) {
        const CommandLine failed = parse({"--headless", "--redis", bad});
        EXPECT_EQ(failed.action, CommandLine::Action::Fail) << bad;
        EXPECT_TRUE(failed.error.contains(u"--redis")) << bad;
        EXPECT_FALSE(failed.error.contains(u"secret")) << "the password is not echoed";
    }
}

TEST(CommandLine, SymbolsAndTheVenuePair)
{
    const CommandLine defaults = parse({"--headless"});
    EXPECT_EQ(defaults.feed.symbols, QStringList{QStringLiteral("BTC")});
    EXPECT_EQ(defaults.feed.koreanVenue, QStringLiteral("bithumb"));
    EXPECT_EQ(defaults.feed.foreignVenue, QStringLiteral("binance"));

    const CommandLine some = parse({"--headless", "--symbols", "eth, btc,ETH", "--korea-venue", "Upbit", "--foreign-venue", "bybit"});
    ASSERT_EQ(some.action, CommandLine::Action::RunHeadless) << qPrintable(some.error);
    EXPECT_EQ(some.feed.symbols, (QStringList{QStringLiteral("ETH"), QStringLiteral("BTC")}));
    EXPECT_EQ(some.feed.symbol, QStringLiteral("ETH"));
    EXPECT_EQ(some.feed.koreanVenue, QStringLiteral("upbit"));
    EXPECT_EQ(some.feed.foreignVenue, QStringLiteral("bybit"));

    EXPECT_TRUE(parse({"--headless", "--symbols", "ALL"}).feed.symbols.isEmpty()) << "all: every coin both venues list";

    // The window keeps its saved choices for what was not given, even where the default was named.
    EXPECT_FALSE(defaults.symbolsGiven || defaults.koreanVenueGiven || defaults.foreignVenueGiven
                 || defaults.basisGiven);
    const CommandLine named = parse({ "--symbols", "BTC", "--korea-venue", "bithumb", "--basis", "seed" });
    EXPECT_TRUE(named.symbolsGiven);
    EXPECT_TRUE(named.koreanVenueGiven);
    EXPECT_FALSE(named.foreignVenueGiven);
    EXPECT_TRUE(named.basisGiven);

    for (const auto &[args, option] : std::vector<std::pair<std::vector<const char *>, const char *>>{
             {{"--headless", "--symbols", "BTC,,ETH"}, "--symbols"},
             {{"--headless", "--symbols", "BT C"}, "--symbols"},
             {{"--headless", "--korea-venue", "binance"}, "--korea-venue"},
             {{"--headless", "--foreign-venue", "upbit"}, "--foreign-venue"},
             {{"--headless", "--foreign-venue", "kraken"}, "--foreign-venue"}}) {
        const CommandLine failed = parse(args);
        EXPECT_EQ(failed.action, CommandLine::Action::Fail) << args.at(1) << ' ' << args.at(2);
        EXPECT_TRUE(failed.error.contains(QLatin1StringView(option))) << qPrintable(failed.error);
    }
}

TEST(CommandLine, EveryVenueHasAUrlOption)
{
    for (const char *venue : {"bithumb", "upbit", "coinone", "binance", "okx", "bybit"}) {
        const QString option = QStringLiteral("--%1-url").arg(QLatin1StringView(venue));
        const QByteArray name = option.toLatin1();
        const CommandLine command = parse({"--headless", name.constData(), "https://127.0.0.1:9443/some/path"});
        ASSERT_EQ(command.action, CommandLine::Action::RunHeadless) << qPrintable(command.error);
        EXPECT_EQ(command.feed.baseUrls.value(QLatin1StringView(venue)), QUrl(QStringLiteral("https://127.0.0.1:9443")))
            << venue;
    }
}
