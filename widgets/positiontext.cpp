#include "positiontext.h"

#include "venues/venuedirectory.h"

QString PositionText::issueText(const FieldIssue &issue)
{
    using Kind = FieldIssue::Kind;
    switch (issue.kind) {
    case Kind::Missing:
        return tr("Required.");
    case Kind::NotANumber:
        return tr("Not a number.");
    case Kind::NotPositive:
        return tr("Must be greater than zero.");
    case Kind::Negative:
        return tr("Must not be negative.");
    case Kind::AboveMaximum:
        return tr("Must be at most %1.").arg(issue.limit);
    case Kind::BelowMinimum:
        return tr("Must be at least %1.").arg(issue.limit);
    case Kind::OffStep:
        return tr("Must be a multiple of %1 (the perpetual's quantity step).").arg(issue.limit);
    case Kind::BadTime:
        return tr("Not a valid date and time.");
    case Kind::InFuture:
        return tr("Must not be in the future.");
    case Kind::TooEarly:
        return tr("Must not be before %1.").arg(issue.limit);
    case Kind::BeforeOpen:
        return tr("Must not be before the opening time (%1).").arg(issue.limit);
    case Kind::NotACoin:
        return tr("Not a coin code: up to %1 letters and digits, e.g. BTC.").arg(issue.limit);
    case Kind::UnknownVenue:
        return tr("Not a known venue (%1).").arg(issue.limit);
    case Kind::TooLong:
        return tr("At most %1 characters.").arg(issue.limit);
    case Kind::Implausible:
        //: %1 is a premium in percent computed from the typed prices, e.g. 912.99
        return tr("These prices give a premium of %1 %: check the prices and the FX.").arg(issue.limit);
    case Kind::NotFound:
        return tr("No such position.");
    case Kind::AlreadyClosed:
        return tr("The position is already closed.");
    }
    return QString();
}

QString PositionText::storageText(const StorageError &error)
{
    using Kind = StorageError::Kind;
    switch (error.kind) {
    case Kind::DriverMissing:
        return tr("The database driver is not installed.");
    case Kind::CannotOpen:
        return tr("The database cannot be opened.");
    case Kind::AccessDenied:
        return tr("The database server refused the user or password.");
    case Kind::Unreachable:
        return tr("The database server cannot be reached.");
    case Kind::Locked:
        return tr("The database is locked by another program.");
    case Kind::ReadOnly:
        return tr("The database is read-only.");
    case Kind::Full:
        return tr("The disk or the database is full.");
    case Kind::Corrupt:
        return tr("The database is damaged.");
    case Kind::SchemaTooNew:
        return tr("The database was written by a newer version of Premium Spread.");
    case Kind::Query:
        return tr("The database refused the change.");
    }
    return QString();
}

QString PositionText::venueName(const QString &venueId)
{
    const VenueAdapter *venue = VenueDirectory::standard().find(venueId);
    return venue ? venue->displayName() : venueId;
}

QString PositionText::pairText(const VenuePair &pair)
{
    return venueName(pair.korea) + QStringLiteral(" / ") + venueName(pair.foreign);
}
