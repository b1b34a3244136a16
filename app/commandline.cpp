#include "commandline.h"

#include "version.h"

#include "fx/fxkeeper.h"
#include "venues/venuedirectory.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <algorithm>

namespace {

struct UrlOption
{
    QString name;
    QString venue;
    QString description;

    // Where the venue's sockets are, rather than its REST API.
    bool isStream() const { return name.endsWith(u"-stream-url"); }
};

// One option per venue of the catalog (--bithumb-url, --okx-url, ...), then the FX sources'.
const QList<UrlOption> &urlOptions()
{
    static const QList<UrlOption> options = [] {
        QList<UrlOption> result;
        const VenueDirectory &venues = VenueDirectory::standard();
        for (const QString &id : venues.ids())
            result.append({id + QStringLiteral("-url"), id,
                           QStringLiteral("Base URL of %1 (scheme, host, port).").arg(venues.find(id)->displayName())});
        for (const QString &id : venues.ids()) {
            if (venues.findStream(id))
                result.append({id + QStringLiteral("-stream-url"), id,
                               QStringLiteral("Where the sockets of %1 are when not on its base URL's host (ws, wss, http or https; "
                                              "the venue's socket paths are kept).")
                                   .arg(venues.find(id)->displayName())});
        }
        result += {
            {QStringLiteral("fx-url"), QStringLiteral("dunamu"), QStringLiteral("Base URL of the primary USD/KRW source (Dunamu).")},
            {QStringLiteral("fx-fallback-url"), QStringLiteral("open-er-api"), QStringLiteral("Base URL of the fallback USD/KRW source (open.er-api).")},
            {QStringLiteral("exchangerate-api-url"), QStringLiteral("exchangerate-api"),
             QStringLiteral("Base URL of exchangerate-api v6 (keyed USD/KRW source; key from PREMIUM_SPREAD_EXCHANGERATE_API_KEY headless).")},
            {QStringLiteral("koreaexim-url"), QStringLiteral("koreaexim"),
             QStringLiteral("Base URL of Korea Eximbank (keyed USD/KRW source; key from PREMIUM_SPREAD_KOREAEXIM_KEY headless).")},
        };
        return result;
    }();
    return options;
}

// "BTC,eth, SOL" -> BTC, ETH, SOL; "all" -> empty (every coin both venues list).
std::optional<QStringList> parseSymbols(const QString &text)
{
    if (text.trimmed().compare(QStringLiteral("all"), Qt::CaseInsensitive) == 0)
        return QStringList();
    QStringList symbols;
    for (const QString &part : text.split(u',')) {
        const QString symbol = part.trimmed().toUpper();
        if (symbol.isEmpty() || !std::all_of(symbol.cbegin(), symbol.cend(), [](QChar c) { return c.isLetterOrNumber() && c.unicode() < 128; }))
            return std::nullopt;
        if (!symbols.contains(symbol))
            symbols.append(symbol);
    }
    return symbols;
}

// A socket address may be given as ws or wss: kept as http or https, as the venue's stream takes it.
std::optional<QUrl> baseUrl(const QString &text, bool socket = false)
{
    const QUrl url(text, QUrl::StrictMode);
    QString scheme = url.scheme();
    if (socket && (scheme == u"ws" || scheme == u"wss"))
        scheme = scheme == u"ws" ? QStringLiteral("http") : QStringLiteral("https");
    if (!url.isValid() || (scheme != u"http" && scheme != u"https") || url.host().isEmpty())
        return std::nullopt;
    // Only scheme, host and port are taken: the venue's real path is kept.
    QUrl base;
    base.setScheme(scheme);
    base.setHost(url.host());
    base.setPort(url.port());
    return base;
}

CommandLine failure(const QString &message)
{
    CommandLine result;
    result.action = CommandLine::Action::Fail;
    result.error = message;
    return result;
}

} // namespace

CommandLine CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Premium Spread watches the Korean crypto premium of every coin: a Korean spot venue against a USDT perpetual at the USD/KRW rate.\n"
        "Positions from scripts: premium-spread position open|close|list (see premium-spread position --help)."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption headless(QStringLiteral("headless"),
        QStringLiteral("Run without a window; print one JSON object per premium computation on stdout."));
    const QCommandLineOption basis(QStringLiteral("basis"),
        QStringLiteral("Premium basis: 'seed' (over the Korean price, default) or 'global' (over the foreign price)."),
        QStringLiteral("seed|global"));
    const QCommandLineOption exitAfter(QStringLiteral("exit-after"),
        QStringLiteral("Headless: exit 0 after N periods (N lines per coin)."), QStringLiteral("N"));
    const QCommandLineOption lines(QStringLiteral("lines"),
        QStringLiteral("Headless: 'period' (one line per coin per period, with the newest prices; default) or 'push' "
                       "(a line at each push of a streamed price too; --exit-after still counts periods)."),
        QStringLiteral("period|push"));
    const QCommandLineOption fxManual(QStringLiteral("fx-manual"),
        QStringLiteral("Use this USD/KRW rate (KRW per dollar) instead of the FX feeds for this run."), QStringLiteral("RATE"));
    parser.addOption(fxManual);
    const QCommandLineOption redis(QStringLiteral("redis"),
        QStringLiteral("Share one feed with other instances through Redis: redis://[user@]host:port[/db]. "
                       "The password comes from the keychain (window) or PREMIUM_SPREAD_REDIS_PASSWORD (headless)."),
        QStringLiteral("URL"));
    const QCommandLineOption database(QStringLiteral("database"),
        QStringLiteral("Keep the history in this SQLite file, or in MariaDB/MySQL: mysql://user@host:port/name "
                       "(password from the keychain, or PREMIUM_SPREAD_DB_PASSWORD headless)."),
        QStringLiteral("PATH|URL"));
    const QCommandLineOption apiPort(
        QStringLiteral("api-port"),
        QStringLiteral("Serve the local read-only API (JSON, /health, Prometheus /metrics) on 127.0.0.1 at this port."),
        QStringLiteral("PORT"));
    const QCommandLineOption symbols(QStringLiteral("symbols"),
        QStringLiteral("Coins to follow, comma separated, or 'all' (every coin both venues list). Default: BTC."),
        QStringLiteral("BTC,ETH,...|all"));
    const QCommandLineOption transport(
        QStringLiteral("transport"),
        QStringLiteral(
            "How quotes arrive: 'stream' (the venues' push sockets, polling any coin whose stream is silent; default) "
            "or 'poll' (every venue polled once a period)."),
        QStringLiteral("stream|poll"));
    const QStringList koreanIds = VenueDirectory::standard().ids(VenueSide::KoreanSpot);
    const QStringList perpIds = VenueDirectory::standard().ids(VenueSide::Perpetual);
    const QCommandLineOption koreaVenue(QStringLiteral("korea-venue"),
        QStringLiteral("Korean spot venue (default %1).").arg(koreanIds.value(0)), koreanIds.join(u'|'));
    const QCommandLineOption foreignVenue(QStringLiteral("foreign-venue"),
        QStringLiteral("USDT perpetual venue (default %1).").arg(perpIds.value(0)), perpIds.join(u'|'));
    parser.addOptions(
        { headless, basis, transport, exitAfter, lines, redis, database, apiPort, symbols, koreaVenue, foreignVenue });
    QList<QCommandLineOption> urls;
    for (const UrlOption &option : urlOptions()) {
        urls.append(QCommandLineOption(option.name, option.description, QStringLiteral("URL")));
        parser.addOption(urls.last());
    }

    if (!parser.parse(arguments))
        return failure(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return failure(QStringLiteral("Unexpected argument '%1'.").arg(parser.positionalArguments().constFirst()));

    CommandLine result;
    result.helpText = parser.helpText();
    if (parser.isSet(helpOption)) {
        result.action = Action::ShowHelp;
        return result;
    }
    if (parser.isSet(versionOption)) {
        result.action = Action::ShowVersion;
        return result;
    }
    result.action = parser.isSet(headless) ? Action::RunHeadless : Action::RunGui;

    if (parser.isSet(basis)) {
        const auto value = premiumBasisFromId(parser.value(basis));
        if (!value)
            return failure(QStringLiteral("Option '--basis' takes 'seed' or 'global', not '%1'.").arg(parser.value(basis)));
        result.feed.basis = *value;
        result.basisGiven = true;
        result.feedOptionsGiven = true;
    }
    if (parser.isSet(transport)) {
        const auto value = feedTransportFromId(parser.value(transport));
        if (!value)
            return failure(QStringLiteral("Option '--transport' takes 'stream' or 'poll', not '%1'.")
                               .arg(parser.value(transport)));
        result.feed.transport = *value;
        result.transportGiven = true;
        result.feedOptionsGiven = true;
    }
    if (parser.isSet(symbols)) {
        const auto value = parseSymbols(parser.value(symbols));
        if (!value)
            return failure(QStringLiteral("Option '--symbols' takes coins separated by commas (BTC,ETH) or 'all', not '%1'.")
                               .arg(parser.value(symbols)));
        result.feed.symbols = *value;
        if (!value->isEmpty())
            result.feed.symbol = value->constFirst();
        result.symbolsGiven = true;
        result.feedOptionsGiven = true;
    }
    for (const auto &[option, ids, field, given] :
         { std::tuple(&koreaVenue, &koreanIds, &result.feed.koreanVenue, &result.koreanVenueGiven),
           std::tuple(&foreignVenue, &perpIds, &result.feed.foreignVenue, &result.foreignVenueGiven) }) {
        if (!parser.isSet(*option))
            continue;
        const QString venue = parser.value(*option).toLower();
        if (!ids->contains(venue))
            return failure(QStringLiteral("Option '--%1' takes one of %2, not '%3'.")
                               .arg(option->names().constFirst(), ids->join(QStringLiteral(", ")), parser.value(*option)));
        *field = venue;
        *given = true;
        result.feedOptionsGiven = true;
    }
    if (parser.isSet(redis)) {
#ifdef PS_WITH_REDIS
        QString problem;
        result.redis = RedisAddress::fromUrl(parser.value(redis), &problem);
        if (!result.redis)
            // Not echoed: a mistaken URL may hold a password.
            return failure(QStringLiteral("Option '--redis': %1.").arg(problem));
#else
        return failure(QStringLiteral("Option '--redis': this build has no Redis support (PS_WITH_REDIS=OFF)."));
#endif
    }
    if (parser.isSet(fxManual)) {
        const std::optional<Decimal> rate = FxKeeper::parseManualRate(parser.value(fxManual));
        if (!rate)
            return failure(QStringLiteral("Option '--fx-manual' takes a rate in KRW per dollar between %1 and %2, e.g. 1432.6, not '%3'.")
                               .arg(FxKeeper::MinManualRate).arg(FxKeeper::MaxManualRate).arg(parser.value(fxManual)));
        result.feed.manualFx = rate;
        result.feedOptionsGiven = true;
    }
    if (parser.isSet(database)) {
        QString problem;
        result.database = DatabaseLocation::parse(parser.value(database), &problem);
        if (!result.database)
            return failure(QStringLiteral("Option '--database': %1.").arg(problem));
    }
    if (parser.isSet(exitAfter)) {
        bool ok = false;
        const int n = parser.value(exitAfter).toInt(&ok);
        if (!ok || n < 1)
            return failure(QStringLiteral("Option '--exit-after' takes a whole number of at least 1, not '%1'.").arg(parser.value(exitAfter)));
        result.exitAfter = n;
    }
    if (parser.isSet(lines)) {
        const QString value = parser.value(lines);
        if (value != u"period" && value != u"push")
            return failure(QStringLiteral("Option '--lines' takes 'period' or 'push', not '%1'.").arg(value));
        result.linePerPush = value == u"push";
    }
    if (parser.isSet(apiPort)) {
        bool ok = false;
        const uint port = parser.value(apiPort).toUInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return failure(QStringLiteral("Option '--api-port' takes a port between 1 and 65535, not '%1'.")
                               .arg(parser.value(apiPort)));
        result.apiPort = static_cast<quint16>(port);
    }
    for (qsizetype i = 0; i < urls.size(); ++i) {
        if (!parser.isSet(urls[i]))
            continue;
        const UrlOption &option = urlOptions()[i];
        const auto url = baseUrl(parser.value(urls[i]), option.isStream());
        if (!url)
            return failure(QStringLiteral("Option '--%1' takes an %2 URL, not '%3'.")
                               .arg(option.name, option.isStream() ? QStringLiteral("ws(s) or http(s)") : QStringLiteral("http(s)"),
                                    parser.value(urls[i])));
        (option.isStream() ? result.feed.streamUrls : result.feed.baseUrls).insert(option.venue, *url);
        result.feedOptionsGiven = true;
    }
    return result;
}
