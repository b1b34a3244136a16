#pragma once

#include "fundingevent.h"
#include "position.h"
#include "positionpnl.h"

#include <QList>

#include <optional>

// The PnL contract of issue 5, in exact decimals. Pure functions: the live table, the command
// line and the tests all compute through here.
namespace PnlCalculator {

inline constexpr int KrwScale = 4;
inline constexpr int UsdtScale = 8;

// PnL of `position` if it were closed at `exit` (Korean bid, perp ask, FX) with `fundingUsdt`
// received on the short.
PositionPnl evaluate(const Position &position, const LegPrices &exit, const Decimal &fundingUsdt);

// Whether the position held its short at the settlement at `timeMs`: opened before it and not
// closed before it.
bool heldAt(const Position &position, qint64 timeMs);

// Funding the short received (negative: paid) from the settlements it was held at, up to and
// including `untilMs`; each payment rounded to 8 decimals as the venue books it.
Decimal funding(const Position &position, const QList<FundingEvent> &events, qint64 untilMs);

// The position's realised PnL: its recorded exit, with the funding up to its close. nullopt while
// it is open.
std::optional<PositionPnl> realised(const Position &position, const QList<FundingEvent> &events);

} // namespace PnlCalculator
