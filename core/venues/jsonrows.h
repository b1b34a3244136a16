#pragma once

#include "market/decimal.h"

#include <QByteArrayView>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QList>

#include <optional>
#include <utility>
#include <vector>

// The rows of an all-symbol reply read straight from its bytes. A QJsonDocument of such a reply
// (up to 200 KB, 250 rows and more, 10 to 35 fields a row) costs milliseconds to build, most of
// the budget of a whole cycle of six venues, while the adapters read a handful of fields a row.
// This reader checks that the whole text is JSON (RFC 8259, nesting at most 64 deep), finds the
// array of rows, and indexes one row at a time; a value becomes a QJsonValue only when asked for.
//
// It serves the success shape of a reply only: when the text is not JSON, the rows are not where
// they are expected, or an expected member (OKX's "code" "0") says otherwise, open() gives
// nothing and the adapter's document path reads the reply and reports what it is.
class JsonRows final
{
public:
    // A top-level member that must hold this scalar: a string's text or a number's literal.
    using Expected = std::pair<QLatin1StringView, QLatin1StringView>;

    // The array at `rowsAt` (keys from the top-level object down to it; empty: the text is the array).
    static std::optional<JsonRows> open(QByteArrayView body, const QList<QLatin1StringView> &rowsAt,
                                        const QList<Expected> &expected = {});

    // Moves to the next row (the first on the first call); false after the last one. A row that is
    // not an object has no members.
    bool next();
    // The current row's member, as QJsonDocument would give it; undefined when absent.
    QJsonValue value(QStringView key) const;
    // The member's number read straight from its text (a numeric string exactly, a JSON number as
    // the double QJsonDocument makes of it), without building a QJsonValue; nullopt when absent or
    // not plainly a number, for value() to tell which.
    std::optional<Decimal> decimal(QStringView key) const;

    // Whether `text` is one JSON value with nothing but whitespace around it.
    static bool isValid(QByteArrayView text);

private:
    struct Member
    {
        QByteArrayView key; // as written, without the quotes
        QByteArrayView value; // as written
        bool escaped = false; // the key has escapes
    };

    const Member *find(QStringView key) const;

    explicit JsonRows(QByteArrayView text);

    QByteArrayView m_text;
    qsizetype m_position = 0; // the next row, or the array's end
    std::vector<Member> m_members; // of the current row
};
