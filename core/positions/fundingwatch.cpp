#include "fundingwatch.h"

#include "premium/marketboard.h"

FundingWatch::FundingWatch(qint64 maxGapMs)
    : m_maxGapMs(maxGapMs)
{
}

QList<FundingEvent> FundingWatch::observe(const QList<CoinPremium> &premiums, const MarketBoard &board,
                                          const QStringList &coins)
{
    QList<FundingEvent> settled;
    for (const CoinPremium &premium : premiums) {
        const QString &venue = premium.pair.foreign;
        const BoardQuote *perp = board.quote(venue, premium.coin);
        if (!perp || !perp->funding)
            continue;
        Quote terms;
        terms.venue = venue;
        terms.symbol = premium.coin;
        terms.price = perp->funding->value.markPrice;
        terms.funding = perp->funding->value;
        terms.receivedAtMs = perp->funding->receivedAtMs;
        const QString key = venue + QLatin1Char(' ') + premium.coin;
        auto it = m_settlements.find(key);
        if (it == m_settlements.end())
            it = m_settlements.insert(key, FundingSettlement(m_maxGapMs));
        const std::optional<FundingEvent> event = it->observe(terms);
        if (event && coins.contains(premium.coin))
            settled.append(*event);
    }
    return settled;
}
