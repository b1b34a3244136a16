#include "positionwiring.h"

#include "premium/marketfeed.h"
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

void PositionWiring::setFeed(MarketFeed *feed)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_feedConnections))
        disconnect(connection);
    m_feedConnections.clear();
    if (!feed)
        return;
    m_book.setBasis(feed->config().basis);
    // Every followed coin's premium values the positions on it (books and FX of its own pair);
    // the same cycle shows the funding settlements of the coins held. The watch outlives the feed:
    // the terms seen before a settings change still date a settlement right after it.
    m_feedConnections.append(connect(feed, &MarketFeed::cycled, &m_book, &PositionBook::updateMarket));
    m_feedConnections.append(connect(feed, &MarketFeed::cycled, this, [this, feed](const QList<CoinPremium> &premiums) {
        for (const FundingEvent &event : m_funding.observe(premiums, feed->board(), m_book.openCoins()))
            m_store.recordFunding(event);
    }));
}
