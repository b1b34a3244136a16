#include "pnlcalculator.h"

namespace {

Decimal krw(const Decimal &value)
{
    return value.roundedHalfUp(PnlCalculator::KrwScale);
}

Decimal usdt(const Decimal &value)
{
    return value.roundedHalfUp(PnlCalculator::UsdtScale);
}

// Converting each USDT part on its own (instead of the leg's total) is what lets the split add
// up to the net exactly: every KRW figure is a sum of the same rounded terms.
Decimal toKrw(const Decimal &usdtAmount, const Decimal &fx)
{
    return krw(usdtAmount * fx);
}

} // namespace

namespace PnlCalculator {

PositionPnl evaluate(const Position &position, const LegPrices &exit, const Decimal &fundingUsdt)
{
    const Decimal &q = position.quantity;
    const LegPrices &entry = position.entry;
    PositionPnl pnl;

    pnl.koreaGross = krw((exit.korea - entry.korea) * q);
    pnl.koreaFees = krw(entry.korea * q * position.koreaFeeRate) + krw(exit.korea * q * position.koreaFeeRate);
    pnl.koreaLeg = pnl.koreaGross - pnl.koreaFees;

    pnl.foreignGross = usdt((entry.foreign - exit.foreign) * q);
    pnl.foreignFees = usdt(entry.foreign * q * position.foreignFeeRate) + usdt(exit.foreign * q * position.foreignFeeRate);
    pnl.funding = usdt(fundingUsdt);
    pnl.foreignLeg = pnl.foreignGross - pnl.foreignFees + pnl.funding;

    pnl.fx = exit.fx;
    const Decimal grossKrw = toKrw(pnl.foreignGross, exit.fx);
    const Decimal foreignFeesKrw = toKrw(pnl.foreignFees, exit.fx);
    pnl.fundingPart = toKrw(pnl.funding, exit.fx);
    pnl.foreignLegKrw = grossKrw - foreignFeesKrw + pnl.fundingPart;
    pnl.feesKrw = pnl.koreaFees + foreignFeesKrw;
    pnl.net = pnl.koreaLeg + pnl.foreignLegKrw;

    const Decimal grossAtEntryFx = toKrw(pnl.foreignGross, entry.fx);
    pnl.premiumPart = pnl.koreaGross + grossAtEntryFx;
    pnl.fxPart = grossKrw - grossAtEntryFx;
    pnl.feesPart = -pnl.feesKrw;
    return pnl;
}

bool heldAt(const Position &position, qint64 timeMs)
{
    return position.openedAtMs < timeMs && (position.isOpen() || timeMs <= position.closedAtMs);
}

Decimal funding(const Position &position, const QList<FundingEvent> &events, qint64 untilMs)
{
    Decimal total;
    for (const FundingEvent &event : events) {
        if (event.venue != position.foreignVenue || event.symbol != position.symbol)
            continue;
        if (event.fundingTimeMs > untilMs || !heldAt(position, event.fundingTimeMs))
            continue;
        total += usdt(event.rate * event.markPrice * position.quantity);
    }
    return total;
}

std::optional<PositionPnl> realised(const Position &position, const QList<FundingEvent> &events)
{
    if (!position.exit)
        return std::nullopt;
    return evaluate(position, *position.exit, funding(position, events, position.closedAtMs));
}

} // namespace PnlCalculator
