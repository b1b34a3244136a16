#pragma once

#include "fundingevent.h"
#include "fundingsettlement.h"

#include "premium/coinpremium.h"

#include <QHash>
#include <QList>
#include <QStringList>

class MarketBoard;

// The funding settlements of the perpetuals the market feed follows, read from its cycles: each
// cycle's premiums name the coins and the pair, the board holds each coin's funding terms (rate,
// mark price, next funding time) as the perpetual's venue last announced them, with the time of
// that reply. Every coin of a cycle is watched, because a settlement is only known when the terms
// before it were seen; only the settlements of the coins asked for are reported (the coins of the
// open positions), so that storage does not fill with the funding of coins nobody holds.
class FundingWatch final
{
public:
    explicit FundingWatch(qint64 maxGapMs = 10 * 60'000);

    // The settlements of `coins` on the cycle's perpetual venue that this cycle shows to have happened.
    QList<FundingEvent> observe(const QList<CoinPremium> &premiums, const MarketBoard &board, const QStringList &coins);

private:
    qint64 m_maxGapMs;
    QHash<QString, FundingSettlement> m_settlements; // by venue and coin
};
