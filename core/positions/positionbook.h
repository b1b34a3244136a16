#pragma once

#include "fundingevent.h"
#include "marketdepth.h"
#include "position.h"
#include "positionvaluation.h"

#include "premium/premiumbasis.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <functional>

// The positions in memory and their values at the latest prices. It holds what storage holds
// (the repository loads it and is told of every change first); every price or funding update
// re-values all positions and ends in one valuationsUpdated() for the batch.
class PositionBook final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PositionBook)

public:
    using Clock = std::function<qint64()>;

    explicit PositionBook(QObject *parent = nullptr);

    void setClock(Clock clock);
    qint64 now() const { return m_clock(); }
    // Which premium formula entry and exit premiums use.
    void setBasis(PremiumBasis basis);
    PremiumBasis basis() const { return m_basis; }

    void setPositions(const QList<Position> &positions);
    // Adds a position, or replaces the one with the same id.
    void upsert(const Position &position);
    void remove(qint64 id);

    void setFundingEvents(const QList<FundingEvent> &events);
    void addFundingEvent(const FundingEvent &event);
    const QList<FundingEvent> &fundingEvents() const { return m_funding; }

    // Live prices of depth.symbol; positions of other symbols keep theirs.
    void setDepth(const MarketDepth &depth);
    std::optional<MarketDepth> depth(const QString &symbol) const;

    const QList<Position> &positions() const { return m_positions; }
    std::optional<Position> position(qint64 id) const;
    PositionValuation valuation(qint64 id) const;
    int openCount() const;

Q_SIGNALS:
    void positionsReset();
    void positionAdded(const Position &position);
    void positionChanged(const Position &position);
    void positionRemoved(qint64 id);
    // Every valuation was recomputed (new prices, funding, or time).
    void valuationsUpdated();
    void openCountChanged(int count);

private:
    PositionValuation evaluate(const Position &position, qint64 nowMs) const;
    void compute(bool openOnly);
    void revalue(bool openOnly = false);
    void updateOpenCount();

    Clock m_clock;
    PremiumBasis m_basis = PremiumBasis::Seed;
    QList<Position> m_positions;
    QHash<qint64, PositionValuation> m_valuations;
    QList<FundingEvent> m_funding;
    QHash<QString, MarketDepth> m_depths;
    int m_openCount = 0;
};
