#pragma once

#include "positionfield.h"

#include <QList>
#include <QString>

// Why one field of a position form or command is not acceptable. Core names the rule and the
// limit; the window words it (tr) and the command line prints describe().
struct FieldIssue
{
    enum class Kind {
        Missing,
        NotANumber,
        NotPositive,
        Negative,
        AboveMaximum, // limit: the largest accepted value
        BelowMinimum, // limit: the smallest accepted value
        OffStep, // limit: the step the value must be a multiple of
        BadTime, // not an ISO 8601 date and time
        InFuture,
        TooEarly, // limit: the earliest accepted time
        BeforeOpen, // limit: when the position was opened
        NotACoin, // not a coin code; limit: the longest accepted code
        UnknownVenue, // limit: the venues of that side, comma separated
        TooLong, // limit: the maximum length
        Implausible, // the prices and FX imply a premium no market shows; limit: that premium
        NotFound,
        AlreadyClosed,
    };

    PositionField field = PositionField::Symbol;
    Kind kind = Kind::Missing;
    QString limit{};

    // "--quantity: must be a multiple of the step 0.001"; "ID: ..." for the id.
    QString describe() const;
};

using FieldIssues = QList<FieldIssue>;
