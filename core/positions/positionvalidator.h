#pragma once

#include "closeinput.h"
#include "feerates.h"
#include "fieldissue.h"
#include "position.h"
#include "positioninput.h"
#include "positionvenues.h"

#include <variant>

// The rules a position must meet before anything is stored: every field is checked and every
// problem reported, so that a form can mark each field and a script learns all its mistakes at
// once. Nothing here touches storage or the clock: `nowMs` is passed in.
namespace PositionValidator {

inline constexpr int MaxNoteLength = 1000;
// The width of the stored coin column.
inline constexpr int MaxCoinLength = 16;

// Per unit and per field: anything outside is a typo, not a market.
Decimal maxKoreaPrice();    // KRW
Decimal maxForeignPrice();  // USDT
Decimal minFx();            // KRW per USD
Decimal maxFx();
Decimal maxFeeRate();       // 1 %
qint64 earliestTimeMs();    // 2010-01-01T00:00:00Z

// A fee rate as typed (in the form, or as a default in the settings): 0 … maxFeeRate().
std::variant<Decimal, FieldIssue> feeRate(PositionField field, const QString &text);

// A new position (id 0) on one of `venues`' pairs, or every issue found. The coin is trimmed and
// upper-cased ("btc" is BTC) and must then be letters and digits; venue ids are trimmed and
// lower-cased.
std::variant<Position, FieldIssues> validateOpen(const PositionInput &input, const FeeRates &fees,
                                                 const PositionVenues &venues, qint64 nowMs);

// `position` closed at the given prices, or every issue found.
std::variant<Position, FieldIssues> validateClose(const Position &position, const CloseInput &input, qint64 nowMs);

} // namespace PositionValidator
