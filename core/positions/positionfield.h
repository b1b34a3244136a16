#pragma once

#include <QString>

// The fields a user fills in to open or close a position. The ids are the command line's option
// names, so an error about a field names the option to fix.
enum class PositionField {
    Id,
    Symbol,
    KoreaVenue,
    ForeignVenue,
    Quantity,
    KoreaPrice,
    ForeignPrice,
    Fx,
    KoreaFee,
    ForeignFee,
    OpenedAt,
    ClosedAt,
    Note,
};

QString positionFieldId(PositionField field);  // "quantity", "korea-price", ...
