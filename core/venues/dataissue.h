#pragma once

#include <QMetaType>
#include <QString>

// One value a reply carried that cannot be used. It invalidates that value only: it never counts
// against the venue's health (backoff, breaker), which only transport failures, HTTP errors and the
// venue's own error answers do.
struct DataIssue
{
    enum class Kind {
        UnknownInstrument, // the venue does not know a code we asked for: the listing is stale
        CrossedBook, // bid at or above ask
        Absurd, // zero, negative, beyond any real price, not a number
        Malformed, // one row of a batch in an unexpected shape
        Outlier, // far from the last accepted value, waiting for confirmation
    };
    Kind kind = Kind::Malformed;
    QString venue;
    QString coin; // empty when the row could not be mapped to a coin
    QString instrument; // the venue's code, when known
    QString detail;

    static QString kindName(Kind kind); // "unknown_instrument", "crossed_book", ...
    // One English line for logs.
    QString describe() const;
};

Q_DECLARE_METATYPE(DataIssue)
