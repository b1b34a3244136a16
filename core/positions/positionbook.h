#pragma once

#include "fundingevent.h"
#include "marketdepth.h"
#include "position.h"
#include "positionvaluation.h"

#include "premium/coinpremium.h"
#include "premium/premiumbasis.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <functional>

// The positions in memory and their values at the latest prices. It holds what storage holds
// (the store loads it and applies every change once committed); a price update re-values the
// open positions, a funding, basis or clock change all of them, and each ends in one
// valuationsUpdated() for the batch. An open position is valued at the prices of its own coin on
// its own venue pair, and has no PnL while there are none: another pair's prices would be a wrong
// one.
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

    // Live prices of depth.symbol on the venues its quotes come from; positions of other coins or
    // pairs keep theirs.
    void setDepth(const MarketDepth &depth);
    std::optional<MarketDepth> depth(const QString &symbol) const;

    // One cycle of the market engine: the premium of every coin on every pair it follows. Replaces
    // the previous cycle's, so a coin or pair missing from it has no market prices any more. Stale
    // premiums count as missing. Where a coin and pair has both, these win over the depth.
    void updateMarket(const QList<CoinPremium> &premiums);

    // What opening (Korean ask, perp bid, FX) and closing (Korean bid, perp ask, FX) `coin` on
    // `pair` trades at now; nullopt without current prices of all three.
    std::optional<LegPrices> entryPrices(const QString &coin, const VenuePair &pair) const;
    std::optional<LegPrices> exitPrices(const QString &coin, const VenuePair &pair) const;

    const QList<Position> &positions() const { return m_positions; }
    std::optional<Position> position(qint64 id) const;
    PositionValuation valuation(qint64 id) const;
    int openCount() const;
    // The coins of the open positions, each once, sorted: the coins whose history is kept raw.
    QStringList openCoins() const { return m_openCoins; }

Q_SIGNALS:
    void positionsReset();
    void positionAdded(const Position &position);
    void positionChanged(const Position &position);
    void positionRemoved(qint64 id);
    // Valuations were recomputed: of open positions only when `openOnly` (a price tick, which
    // cannot change a closed position), of all of them otherwise (funding, basis, clock).
    void valuationsUpdated(bool openOnly);
    void openCountChanged(int count);
    void openCoinsChanged(const QStringList &coins);

private:
    // Funding changes only when a settlement passes: cached per position until the next one.
    struct FundingCache
    {
        Decimal totalUsdt;
        qint64 untilMs = 0;         // computed up to and including this time
        qint64 recomputeAtMs = 0;   // the next settlement after untilMs
    };

    enum class Side { Entry, Exit };

    static QString marketKey(const QString &coin, const VenuePair &pair);
    std::optional<LegPrices> prices(const QString &coin, const VenuePair &pair, Side side) const;
    PositionValuation evaluate(const Position &position, qint64 nowMs);
    Decimal fundingOf(const Position &position, qint64 nowMs);
    void compute(bool openOnly);
    void revalue(bool openOnly = false);
    void updateOpenSummary();

    Clock m_clock;
    PremiumBasis m_basis = PremiumBasis::Seed;
    QList<Position> m_positions;
    QHash<qint64, PositionValuation> m_valuations;
    QList<FundingEvent> m_funding;
    QHash<QString, MarketDepth> m_depths; // by coin
    QHash<QString, CoinPremium> m_market; // by marketKey(), fresh ones only
    QHash<qint64, FundingCache> m_fundingCache;
    int m_openCount = 0;
    QStringList m_openCoins;
};
