// fixture-server: FixtureServer as a process, for tests that drive the real application binary or
// for poking the client by hand.
//
//   fixture-server --port N [--market] --route PATH=FILE[:STATUS] ... [--delay-ms N]
//
// FILE is relative to tests/data (or absolute). --market serves every venue's "many coins"
// fixtures at the venues' own paths at once (MarketFixtures), so that one server plays every
// venue of the app's --*-url options; Bithumb and Upbit share /v1/market/all and /v1/orderbook and
// are told apart by their queries. A --route replaces the market's file at its path. The first
// line on stdout is "listening <port>".
// --websocket VENUE (repeatable) serves that venue's sockets on the same port, at the venue's socket
// paths (WebSocketFixtureServer), and pushes every subscribed coin's message every --push-ms
// (default 1000); Bithumb and Upbit share /websocket/v1, so the first of them named answers there.
// While running:
//   POST /__control/route?path=/v1/ticker&file=bithumb/v1-ticker-krw-btc.json&status=200[&delay-ms=N]
//   GET  /__control/count?path=/v1/ticker        -> the number of requests to that path, as text
// SIGTERM and SIGINT end it with exit code 0.

#include "fixtureserver.h"
#include "marketfixtures.h"
#include "websocketfixtureserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTimer>
#include <QUrlQuery>

#include <cstdio>
#include <optional>

#ifdef Q_OS_UNIX
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace {

constexpr auto kRoutePrefix = "/__control/route";
constexpr auto kCountPrefix = "/__control/count";

struct RouteSpec
{
    QString path;
    QString file;
    int status = 200;
};

QString resolveFixture(const QString &file)
{
    return QDir::isAbsolutePath(file) ? file : QDir(FixtureServer::dataDir()).filePath(file);
}

// PATH=FILE[:STATUS]; the status is split off the last ':' only when it is a number, so the rest of
// the string stays a plain path.
std::optional<RouteSpec> parseRouteSpec(const QString &spec)
{
    const qsizetype equals = spec.indexOf(u'=');
    if (equals <= 0 || !spec.startsWith(u'/'))
        return std::nullopt;
    RouteSpec route{spec.left(equals), spec.mid(equals + 1), 200};
    const qsizetype colon = route.file.lastIndexOf(u':');
    if (colon > 0) {
        bool ok = false;
        const int status = route.file.mid(colon + 1).toInt(&ok);
        if (ok) {
            if (status < 100 || status > 999)
                return std::nullopt;
            route.status = status;
            route.file.truncate(colon);
        }
    }
    if (route.file.isEmpty())
        return std::nullopt;
    return route;
}

FixtureResponse plainText(int status, const QString &text)
{
    return FixtureResponse{.status = status, .body = text.toUtf8() + '\n', .contentType = "text/plain; charset=utf-8"};
}

FixtureResponse controlRoute(FixtureServer &server, int defaultDelayMs, const RecordedRequest &request)
{
    if (request.method != "POST")
        return plainText(405, u"use POST"_s);

    const QUrlQuery query(request.query);
    const QString path = query.queryItemValue(u"path"_s, QUrl::FullyDecoded);
    const QString file = query.queryItemValue(u"file"_s, QUrl::FullyDecoded);
    if (!path.startsWith(u'/') || file.isEmpty())
        return plainText(400, u"path (starting with /) and file are required"_s);

    bool ok = true;
    int status = 200;
    if (query.hasQueryItem(u"status"_s))
        status = query.queryItemValue(u"status"_s).toInt(&ok);
    if (!ok || status < 100 || status > 999)
        return plainText(400, u"status must be an HTTP status code"_s);

    int delayMs = defaultDelayMs;
    if (query.hasQueryItem(u"delay-ms"_s))
        delayMs = query.queryItemValue(u"delay-ms"_s).toInt(&ok);
    if (!ok || delayMs < 0)
        return plainText(400, u"delay-ms must be a non-negative integer"_s);

    const QString resolved = resolveFixture(file);
    if (!QFileInfo(resolved).isFile())
        return plainText(404, u"no such fixture: "_s + resolved);

    FixtureResponse response = FixtureResponse::fromFile(resolved, status);
    response.delayMs = delayMs;
    server.setRoute(path, response);
    return plainText(200, u"ok"_s);
}

FixtureResponse countRoute(const FixtureServer &server, const RecordedRequest &request)
{
    const QString path = QUrlQuery(request.query).queryItemValue(u"path"_s, QUrl::FullyDecoded);
    if (path.isEmpty())
        return plainText(400, u"path is required"_s);
    return plainText(200, QString::number(server.requestCount(path)));
}

#ifdef Q_OS_UNIX
int signalPipe[2] = {-1, -1};

void forwardSignal(int)
{
    const char byte = 1;
    if (::write(signalPipe[0], &byte, 1) < 0) {
        // Nothing async-signal-safe is left to do; the next signal gets another chance.
    }
}

// A parent driving this through QProcess::terminate() expects a normal exit, not death by signal;
// the handler only writes a byte, the event loop does the quitting.
void quitOnTerminationSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0) {
        std::perror("socketpair");
        return;
    }
    auto *notifier = new QSocketNotifier(signalPipe[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [] { QCoreApplication::quit(); });

    struct sigaction action = {};
    action.sa_handler = forwardSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}
#endif

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"fixture-server"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Loopback HTTP server that answers with fixture files from "_s
                                     + FixtureServer::dataDir());
    parser.addHelpOption();
    const QCommandLineOption portOption(u"port"_s, u"Port on 127.0.0.1; 0 picks a free one."_s, u"N"_s, u"0"_s);
    const QCommandLineOption routeOption(
        u"route"_s, u"Serve FILE (relative to the data directory) at PATH with STATUS (default 200). Repeatable."_s,
        u"PATH=FILE[:STATUS]"_s);
    const QCommandLineOption delayOption(u"delay-ms"_s, u"Delay every fixture reply by N milliseconds."_s, u"N"_s,
                                         u"0"_s);
    const QCommandLineOption marketOption(u"market"_s,
                                          u"Serve every venue's many-coin fixtures at the venues' own paths."_s);
    const QCommandLineOption websocketOption(
        u"websocket"_s, u"Serve VENUE's sockets on the same port from its ws fixtures. Repeatable."_s, u"VENUE"_s);
    const QCommandLineOption pushOption(u"push-ms"_s, u"Push every subscribed coin's message every N ms."_s, u"N"_s,
                                        u"1000"_s);
    parser.addOptions({portOption, routeOption, delayOption, marketOption, websocketOption, pushOption});
    parser.process(app);

    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535) {
        std::fprintf(stderr, "fixture-server: --port must be 0..65535\n");
        return 2;
    }
    const int delayMs = parser.value(delayOption).toInt(&ok);
    if (!ok || delayMs < 0) {
        std::fprintf(stderr, "fixture-server: --delay-ms must be a non-negative integer\n");
        return 2;
    }

    const int pushMs = parser.value(pushOption).toInt(&ok);
    if (!ok || pushMs <= 0) {
        std::fprintf(stderr, "fixture-server: --push-ms must be a positive integer\n");
        return 2;
    }
    const QStringList socketVenues = parser.values(websocketOption);
    for (const QString &venue : socketVenues) {
        if (!MarketFixtures::venues().contains(venue)) {
            std::fprintf(stderr, "fixture-server: no venue %s for --websocket\n", qPrintable(venue));
            return 2;
        }
    }

    FixtureServer server;
    QList<WebSocketFixtureServer *> sockets;
    for (const QString &venue : socketVenues)
        sockets.append(new WebSocketFixtureServer(venue, &server));
    QTimer pushTimer;
    if (!sockets.isEmpty()) {
        WebSocketFixtureServer::attach(server, sockets);
        QObject::connect(&pushTimer, &QTimer::timeout, &server, [&sockets] {
            for (WebSocketFixtureServer *venueSockets : std::as_const(sockets))
                venueSockets->pushSubscribed();
        });
        pushTimer.start(pushMs);
    }
    if (parser.isSet(marketOption))
        MarketFixtures::serveAll(server, delayMs);
    const QStringList routeSpecs = parser.values(routeOption);
    for (const QString &spec : routeSpecs) {
        const std::optional<RouteSpec> route = parseRouteSpec(spec);
        if (!route) {
            std::fprintf(stderr, "fixture-server: bad --route %s (want PATH=FILE[:STATUS])\n", qPrintable(spec));
            return 2;
        }
        const QString resolved = resolveFixture(route->file);
        if (!QFileInfo(resolved).isFile()) {
            std::fprintf(stderr, "fixture-server: no such fixture %s\n", qPrintable(resolved));
            return 2;
        }
        FixtureResponse response = FixtureResponse::fromFile(resolved, route->status);
        response.delayMs = delayMs;
        server.setRoute(route->path, response);
    }
    server.setRouteHandler(QString::fromLatin1(kRoutePrefix), [&server, delayMs](const RecordedRequest &request) {
        return controlRoute(server, delayMs, request);
    });
    server.setRouteHandler(QString::fromLatin1(kCountPrefix),
                           [&server](const RecordedRequest &request) { return countRoute(server, request); });

#ifdef Q_OS_UNIX
    quitOnTerminationSignals(app);
#endif

    if (!server.listen(quint16(port))) {
        std::fprintf(stderr, "fixture-server: cannot listen on 127.0.0.1:%u\n", port);
        return 1;
    }
    // The parent reads this line to learn the port, so it must leave before anything else and now.
    std::printf("listening %u\n", unsigned(server.port()));
    std::fflush(stdout);

    return QCoreApplication::exec();
}
