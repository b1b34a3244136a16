#pragma once

#include "positions/fundingwatch.h"
#include "positions/positionbook.h"
#include "positions/positionstore.h"
#include "storage/historystatus.h"

#include <QList>
#include <QObject>

class HistoryStore;
class MarketFeed;

// The positions of a window run: the book, its store in the history's database, and what the
// current feed's cycles bring them: the prices of every followed coin for the open positions, and
// the funding settlements of the coins held. The history keeps every second of the coins with an
// open position. The book's openCountChanged(int) is where the shared feed hooks the
// open-position count in.
class PositionWiring final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PositionWiring)

public:
    explicit PositionWiring(HistoryStore *history, QObject *parent = nullptr);
    ~PositionWiring() override;

    PositionBook *book() { return &m_book; }
    PositionStore *store() { return &m_store; }
    // Follows `feed`'s cycles and basis. nullptr detaches; call it before the feed is destroyed.
    void setFeed(MarketFeed *feed);

public Q_SLOTS:
    // The MySQL password, once the keychain has answered (the history gets it too). The store
    // loads with it as soon as the history has opened the database with it.
    void setPassword(const QString &password);

private:
    PositionBook m_book;
    PositionStore m_store;
    FundingWatch m_funding;
    QList<QMetaObject::Connection> m_feedConnections;
    bool m_storeStarted = false;
    HistoryStatus::State m_historyState = HistoryStatus::State::Opening;
};
