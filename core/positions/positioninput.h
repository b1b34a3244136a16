#pragma once

#include "premium/venuepair.h"

#include <QString>

#include <optional>

// A position as typed, before validation: the entry form's fields and the command line's options
// alike. Fee rates not given take the defaults and an opening time not given means now; given
// but empty, they are missing.
struct PositionInput
{
    QString symbol; // the coin
    VenuePair pair;
    QString quantity;
    QString koreaPrice;
    QString foreignPrice;
    QString fx;
    std::optional<QString> koreaFee;
    std::optional<QString> foreignFee;
    std::optional<QString> openedAt;  // ISO 8601
    QString note;
};
