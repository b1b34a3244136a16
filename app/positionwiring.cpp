#include "positionwiring.h"

#include "premium/livefeed.h"
#include "storage/historystore.h"

PositionWiring::PositionWiring(HistoryStore *history, QObject *parent)
    : QObject(parent)
    , m_store(history->options().location, history->options().password, &m_book)
{
    // Both stores migrate the same database when they open it: the positions wait until the
    // history has opened (or failed to), so that the two never migrate at the same time. A
    // failed load retries on its own; when the history gets the database back (the server
    // returned, the password arrived) the positions load at once.
    const auto follow = [this](const HistoryStatus &status) {
        const HistoryStatus::State previous = std::exchange(m_historyState, status.state);
        if (status.state == HistoryStatus::State::Opening)
            return;
        const bool reopened
            = status.state == HistoryStatus::State::Ready && previous != status.state && !m_store.isLoaded();
        if (m_storeStarted && !reopened)
            return;
        m_storeStarted = true;
        m_store.start();
    };
    connect(history, &HistoryStore::statusChanged, this, follow);
    follow(history->status());
    // Every second of a coin is kept while a position on it is open, whatever the watchlist says.
    connect(&m_book, &PositionBook::openCoinsChanged, history, &HistoryStore::setPositionCoins);
}

void PositionWiring::setPassword(const QString &password)
{
    m_store.setPassword(password);
}

PositionWiring::~PositionWiring() = default;

void PositionWiring::setFeed(LiveFeed *feed)
{
    m_depth.reset();
    if (!feed)
        return;
    m_book.setBasis(feed->config().basis);
    m_depth = std::make_unique<MarketDepthFeed>(feed->config());
    m_depth->setGates(feed->gates());
    MarketDepthFeed *depth = m_depth.get();
    connect(feed->monitor(), &PremiumMonitor::sampled, depth, [depth](const PremiumSample &sample) {
        if (sample.fx.price.isPositive())
            depth->setFx(sample.fx);
    });
    connect(depth, &MarketDepthFeed::depthChanged, &m_book, &PositionBook::setDepth);
    connect(depth, &MarketDepthFeed::fundingSettled, &m_store, &PositionStore::recordFunding);
    depth->start();
}
