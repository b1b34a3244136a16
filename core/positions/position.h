#pragma once

#include "legprices.h"

#include "premium/venuepair.h"

#include <QMetaType>
#include <QString>

#include <optional>

// A hedged pair (SPEC section 6): `quantity` of the coin `symbol` bought spot on the Korean venue
// and the same quantity shorted on the foreign perpetual, each venue by its id. Fee rates are fractions of the traded
// value (0.0004 = 0.04 %) and apply to both the opening and the closing trade of their leg.
struct Position
{
    qint64 id = 0;  // 0 until stored
    QString symbol;
    QString koreanVenue = QStringLiteral("bithumb");
    QString foreignVenue = QStringLiteral("binance");
    Decimal quantity;
    LegPrices entry;
    Decimal koreaFeeRate;
    Decimal foreignFeeRate;
    qint64 openedAtMs = 0;
    QString note;
    std::optional<LegPrices> exit;  // set once closed
    qint64 closedAtMs = 0;

    bool isOpen() const { return !exit.has_value(); }
    VenuePair pair() const { return VenuePair { koreanVenue, foreignVenue }; }
    bool operator==(const Position &other) const = default;
};

Q_DECLARE_METATYPE(Position)
