#include "fixtureserver.h"
#include "mainwindow.h"
#include "markettablemodel.h"
#include "markettableview.h"
#include "syntheticmarket.h"

#include "premium/marketfeed.h"
#include "settings/appsettings.h"
#include "venues/pollingmarketsource.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QEventLoop>
#include <QTableView>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <map>
#include <memory>

// Cold start of the window to a painted market table of 250 coins, every venue played by the
// loopback fixture server in its own format (SyntheticMarket). The clock starts at the first reply
// of any venue (what the network costs is not ours to win) and stops at the first paint of the
// table once every row has its premium. Each iteration builds a new window and a new feed.
namespace {

constexpr int Coins = 250;

// Counts the table's paints.
class PaintCounter final : public QObject
{
public:
    int paints = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

bool everyRowHasItsPremium(const MarketTableModel &model)
{
    if (model.rowCount() != Coins)
        return false;
    for (int row = 0; row < Coins; ++row) {
        if (!model.index(row, MarketTableModel::Premium).data(MarketTableModel::SortRole).isValid())
            return false;
    }
    return true;
}

void coldStartToAPaintedTable(benchmark::State &state)
{
    const SyntheticMarket market(Coins);
    std::map<QString, std::unique_ptr<FixtureServer>> servers;
    FeedConfig config;
    // The figure is from the first REST replies: the listings and first quotes come that way with
    // either transport, and these servers speak no socket.
    config.transport = FeedTransport::Poll;
    config.symbols.clear();
    config.koreanFallbackVenue.clear();
    config.fxSources = { QStringLiteral("dunamu") };
    for (const QString &venue : market.venues()) {
        auto &server = servers[venue];
        server = std::make_unique<FixtureServer>();
        if (!server->listen()) {
            state.SkipWithError("cannot listen on loopback");
            return;
        }
        market.serve(venue, *server, [] { return 0; });
        config.baseUrls.insert(venue, server->baseUrl());
    }
    FixtureServer fx;
    if (!fx.listen()) {
        state.SkipWithError("cannot listen on loopback");
        return;
    }
    fx.setRoute(QStringLiteral("/v1/forex/recent"), FixtureResponse::fromFile(QStringLiteral("fx/dunamu-forex-recent-usd.json")));
    config.baseUrls.insert(QStringLiteral("dunamu"), fx.baseUrl());

    double firstReplyMs = 0;
    for (auto _ : state) {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        QElapsedTimer sinceStart;
        QElapsedTimer sinceFirstReply;
        auto window = std::make_unique<MainWindow>(&settings);
        auto feed = std::make_unique<MarketFeed>(config);
        for (const QString &venue : feed->venues()) {
            QObject::connect(feed->poller(venue), &MarketSource::requestFinished, feed.get(), [&] {
                if (!sinceFirstReply.isValid()) {
                    sinceFirstReply.start();
                    firstReplyMs = double(sinceStart.nsecsElapsed()) / 1e6;
                }
            });
        }
        PaintCounter counter;
        window->marketTable()->table()->viewport()->installEventFilter(&counter);
        window->setFeed(feed.get());
        window->show();
        sinceStart.start();
        feed->start();
        int paintsWhenComplete = -1;
        while (true) {
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
            if (paintsWhenComplete < 0 && everyRowHasItsPremium(*window->marketTable()->model()))
                paintsWhenComplete = counter.paints;
            if (paintsWhenComplete >= 0 && counter.paints > paintsWhenComplete)
                break;
            if (sinceStart.elapsed() > 30'000) {
                state.SkipWithError("the table was not complete within 30 s");
                break;
            }
        }
        state.SetIterationTime(sinceFirstReply.isValid() ? double(sinceFirstReply.nsecsElapsed()) / 1e9 : 0);
        window->setFeed(nullptr);
        feed.reset();
        window.reset();
    }
    state.counters["start_to_first_reply_ms"] = firstReplyMs;
    state.counters["rows"] = Coins;
}
BENCHMARK(coldStartToAPaintedTable)->UseManualTime()->Iterations(5)->Unit(benchmark::kMillisecond);

} // namespace
