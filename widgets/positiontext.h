#pragma once

#include "positions/fieldissue.h"
#include "premium/venuepair.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QString>

// The words for what core/positions reports: why a field of a position form is refused, and why
// a position could not be stored. One translation context for every positions view.
class PositionText final
{
    Q_DECLARE_TR_FUNCTIONS(PositionText)

public:
    PositionText() = delete;

    // "Must be a multiple of 0.001." — shown next to the field, so the field is not named.
    static QString issueText(const FieldIssue &issue);
    // "The database is locked by another program." — followed by the driver's words in a tooltip.
    static QString storageText(const StorageError &error);
    // "Upbit": a venue's name from the venue directory; its id for a venue the directory does not
    // list (a position stored by a version that had it).
    static QString venueName(const QString &venueId);
    // "Upbit / OKX"
    static QString pairText(const VenuePair &pair);
};
