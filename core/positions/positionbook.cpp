#include "positionbook.h"

#include "pnlcalculator.h"

#include "premium/premiumcalculator.h"

#include <QDateTime>

#include <algorithm>
#include <limits>

PositionBook::PositionBook(QObject *parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
}

void PositionBook::setClock(Clock clock)
{
    m_clock = std::move(clock);
    m_fundingCache.clear();
    revalue();
}

void PositionBook::setBasis(PremiumBasis basis)
{
    if (basis == m_basis)
        return;
    m_basis = basis;
    revalue();
}

void PositionBook::setPositions(const QList<Position> &positions)
{
    m_positions = positions;
    m_valuations.clear();
    m_fundingCache.clear();
    compute(false);
    Q_EMIT positionsReset();
    updateOpenSummary();
}

void PositionBook::upsert(const Position &position)
{
    m_fundingCache.remove(position.id);
    m_valuations.insert(position.id, evaluate(position, now()));
    const auto it = std::find_if(m_positions.begin(), m_positions.end(),
                                 [&](const Position &p) { return p.id == position.id; });
    if (it == m_positions.end()) {
        m_positions.append(position);
        Q_EMIT positionAdded(position);
    } else {
        *it = position;
        Q_EMIT positionChanged(position);
    }
    updateOpenSummary();
}

void PositionBook::remove(qint64 id)
{
    const auto removed = m_positions.removeIf([id](const Position &p) { return p.id == id; });
    if (removed == 0)
        return;
    m_valuations.remove(id);
    m_fundingCache.remove(id);
    Q_EMIT positionRemoved(id);
    updateOpenSummary();
}

void PositionBook::setFundingEvents(const QList<FundingEvent> &events)
{
    m_funding = events;
    m_fundingCache.clear();
    revalue();
}

void PositionBook::addFundingEvent(const FundingEvent &event)
{
    const bool known = std::any_of(m_funding.cbegin(), m_funding.cend(), [&](const FundingEvent &e) {
        return e.venue == event.venue && e.symbol == event.symbol && e.fundingTimeMs == event.fundingTimeMs;
    });
    if (known)
        return;
    m_funding.append(event);
    m_fundingCache.clear();
    revalue();
}

void PositionBook::setDepth(const MarketDepth &depth)
{
    m_depths.insert(depth.symbol, depth);
    // Closed positions are valued at their recorded exit: new prices cannot change them.
    revalue(true);
}

std::optional<MarketDepth> PositionBook::depth(const QString &symbol) const
{
    const auto it = m_depths.constFind(symbol);
    if (it == m_depths.cend())
        return std::nullopt;
    return *it;
}

void PositionBook::updateMarket(const QList<CoinPremium> &premiums)
{
    m_market.clear();
    for (const CoinPremium &premium : premiums) {
        // Positions are valued at the books: old books are no current price, whatever the last trades.
        if (!premium.stale && !premium.bookStale)
            m_market.insert(marketKey(premium.coin, premium.pair), premium);
    }
    revalue(true);
}

QString PositionBook::marketKey(const QString &coin, const VenuePair &pair)
{
    return coin + QLatin1Char('@') + pair.id();
}

std::optional<LegPrices> PositionBook::prices(const QString &coin, const VenuePair &pair, Side side) const
{
    const auto market = m_market.constFind(marketKey(coin, pair));
    if (market != m_market.cend()) {
        const CoinPremium &p = *market;
        const auto &korea = side == Side::Entry ? p.koreaAsk : p.koreaBid;
        const auto &foreign = side == Side::Entry ? p.foreignBid : p.foreignAsk;
        if (korea && foreign && p.fx)
            return LegPrices { *korea, *foreign, *p.fx };
        return std::nullopt;
    }
    const auto depth = m_depths.constFind(coin);
    if (depth == m_depths.cend() || !depth->korea || !depth->foreign || depth->korea->venue != pair.korea
        || depth->foreign->venue != pair.foreign)
        return std::nullopt;
    return side == Side::Entry ? depth->entryPrices() : depth->exitPrices();
}

std::optional<LegPrices> PositionBook::entryPrices(const QString &coin, const VenuePair &pair) const
{
    return prices(coin, pair, Side::Entry);
}

std::optional<LegPrices> PositionBook::exitPrices(const QString &coin, const VenuePair &pair) const
{
    return prices(coin, pair, Side::Exit);
}

std::optional<Position> PositionBook::position(qint64 id) const
{
    for (const Position &position : m_positions) {
        if (position.id == id)
            return position;
    }
    return std::nullopt;
}

PositionValuation PositionBook::valuation(qint64 id) const
{
    return m_valuations.value(id);
}

int PositionBook::openCount() const
{
    return m_openCount;
}

Decimal PositionBook::fundingOf(const Position &position, qint64 nowMs)
{
    const qint64 untilMs = position.isOpen() ? nowMs : position.closedAtMs;
    const auto cached = m_fundingCache.constFind(position.id);
    if (cached != m_fundingCache.cend() && untilMs >= cached->untilMs && untilMs < cached->recomputeAtMs)
        return cached->totalUsdt;
    FundingCache entry{PnlCalculator::funding(position, m_funding, untilMs), untilMs, std::numeric_limits<qint64>::max()};
    for (const FundingEvent &event : std::as_const(m_funding)) {
        if (event.fundingTimeMs > untilMs)
            entry.recomputeAtMs = std::min(entry.recomputeAtMs, event.fundingTimeMs);
    }
    m_fundingCache.insert(position.id, entry);
    return entry.totalUsdt;
}

PositionValuation PositionBook::evaluate(const Position &position, qint64 nowMs)
{
    PositionValuation valuation;
    const LegPrices &entry = position.entry;
    valuation.entryPremium = PremiumCalculator::rate(entry.korea, entry.foreign, entry.fx, m_basis);

    const std::optional<LegPrices> exit
        = position.isOpen() ? exitPrices(position.symbol, position.pair()) : position.exit;
    valuation.fundingUsdt = fundingOf(position, nowMs);
    if (!exit)
        return valuation;
    valuation.exitPremium = PremiumCalculator::rate(exit->korea, exit->foreign, exit->fx, m_basis);
    valuation.pnl = PnlCalculator::evaluate(position, *exit, valuation.fundingUsdt);
    valuation.live = position.isOpen();
    return valuation;
}

void PositionBook::revalue(bool openOnly)
{
    compute(openOnly);
    Q_EMIT valuationsUpdated(openOnly);
}

void PositionBook::compute(bool openOnly)
{
    const qint64 nowMs = now();
    for (const Position &position : std::as_const(m_positions)) {
        if (!openOnly || position.isOpen())
            m_valuations.insert(position.id, evaluate(position, nowMs));
    }
}

void PositionBook::updateOpenSummary()
{
    const int count = static_cast<int>(std::count_if(m_positions.cbegin(), m_positions.cend(),
                                                     [](const Position &p) { return p.isOpen(); }));
    QStringList coins;
    for (const Position &position : std::as_const(m_positions)) {
        if (position.isOpen() && !coins.contains(position.symbol))
            coins.append(position.symbol);
    }
    coins.sort();
    if (coins != m_openCoins) {
        m_openCoins = coins;
        Q_EMIT openCoinsChanged(coins);
    }
    if (count == m_openCount)
        return;
    m_openCount = count;
    Q_EMIT openCountChanged(count);
}
