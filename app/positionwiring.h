#pragma once

#include "positions/marketdepthfeed.h"
#include "positions/positionbook.h"
#include "positions/positionstore.h"
#include "storage/historystatus.h"

#include <QObject>

#include <memory>

class HistoryStore;
class LiveFeed;

// The positions of a window run: the book, its store in the history's database, and the live
// bid/ask and funding of the current feed's symbol. The history keeps every second of the coins
// with an open position. The book's openCountChanged(int) is where
// the shared feed hooks the open-position count in.
class PositionWiring final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PositionWiring)

public:
    explicit PositionWiring(HistoryStore *history, QObject *parent = nullptr);
    ~PositionWiring() override;

    PositionBook *book() { return &m_book; }
    PositionStore *store() { return &m_store; }
    MarketDepthFeed *depthFeed() const { return m_depth.get(); }

    // Follows `feed`: its venues and symbol for the books, its FX, its venue budgets. nullptr
    // detaches; call it before the feed is destroyed.
    void setFeed(LiveFeed *feed);

public Q_SLOTS:
    // The MySQL password, once the keychain has answered (the history gets it too). The store
    // loads with it as soon as the history has opened the database with it.
    void setPassword(const QString &password);

private:
    PositionBook m_book;
    PositionStore m_store;
    std::unique_ptr<MarketDepthFeed> m_depth;
    bool m_storeStarted = false;
    HistoryStatus::State m_historyState = HistoryStatus::State::Opening;
};
