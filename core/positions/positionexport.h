#pragma once

#include "position.h"
#include "positionvaluation.h"

#include "premium/premiumbasis.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

// A position as a record for scripts: one JSON object (the `position` command's output, a stable
// interface: fields are only ever added) or one CSV row with the same columns in the same order.
// Decimals are strings so that no reader rounds them; times are ISO 8601 UTC.
namespace PositionExport {

struct Row
{
    Position position;
    PositionValuation valuation;
};

QStringList columns();
QJsonObject json(const Row &row, PremiumBasis basis);
// A header line and one line per row, RFC 4180 quoting, CRLF line ends.
QByteArray csv(const QList<Row> &rows, PremiumBasis basis);

} // namespace PositionExport
