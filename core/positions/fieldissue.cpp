#include "fieldissue.h"

namespace {

QString reason(const FieldIssue &issue)
{
    switch (issue.kind) {
    case FieldIssue::Kind::Missing:
        return QStringLiteral("is required");
    case FieldIssue::Kind::NotANumber:
        return QStringLiteral("is not a number");
    case FieldIssue::Kind::NotPositive:
        return QStringLiteral("must be greater than zero");
    case FieldIssue::Kind::Negative:
        return QStringLiteral("must not be negative");
    case FieldIssue::Kind::AboveMaximum:
        return QStringLiteral("must be at most %1").arg(issue.limit);
    case FieldIssue::Kind::BelowMinimum:
        return QStringLiteral("must be at least %1").arg(issue.limit);
    case FieldIssue::Kind::OffStep:
        return QStringLiteral("must be a multiple of the step %1").arg(issue.limit);
    case FieldIssue::Kind::BadTime:
        return QStringLiteral("is not an ISO 8601 date and time (e.g. 2026-11-25T10:33:40Z)");
    case FieldIssue::Kind::InFuture:
        return QStringLiteral("is in the future");
    case FieldIssue::Kind::TooEarly:
        return QStringLiteral("must not be before %1").arg(issue.limit);
    case FieldIssue::Kind::BeforeOpen:
        return QStringLiteral("must not be before the opening time %1").arg(issue.limit);
    case FieldIssue::Kind::NotACoin:
        return QStringLiteral("is not a coin code (up to %1 upper-case letters and digits, e.g. BTC)").arg(issue.limit);
    case FieldIssue::Kind::UnknownVenue:
        return QStringLiteral("is not a known venue (%1)").arg(issue.limit);
    case FieldIssue::Kind::TooLong:
        return QStringLiteral("must be at most %1 characters").arg(issue.limit);
    case FieldIssue::Kind::Implausible:
        return QStringLiteral("gives a premium of %1 %, which no market shows: check the prices and the FX").arg(issue.limit);
    case FieldIssue::Kind::NotFound:
        return QStringLiteral("does not name a stored position");
    case FieldIssue::Kind::AlreadyClosed:
        return QStringLiteral("names a position that is already closed");
    }
    return QString();
}

} // namespace

QString FieldIssue::describe() const
{
    // The id is the one positional argument (`position close ID`); every other field is an option.
    const QString name = field == PositionField::Id ? QStringLiteral("ID") : QStringLiteral("--") + positionFieldId(field);
    return name + QStringLiteral(": ") + reason(*this);
}
