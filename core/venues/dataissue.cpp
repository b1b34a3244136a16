#include "dataissue.h"

QString DataIssue::kindName(Kind kind)
{
    switch (kind) {
    case Kind::UnknownInstrument:
        return QStringLiteral("unknown_instrument");
    case Kind::CrossedBook:
        return QStringLiteral("crossed_book");
    case Kind::Absurd:
        return QStringLiteral("absurd");
    case Kind::Malformed:
        return QStringLiteral("malformed");
    case Kind::Outlier:
        return QStringLiteral("outlier");
    }
    return {};
}

QString DataIssue::describe() const
{
    QString line = venue + QLatin1Char(' ') + kindName(kind);
    if (!instrument.isEmpty())
        line += QLatin1Char(' ') + instrument;
    if (!detail.isEmpty())
        line += QStringLiteral(": ") + detail;
    return line;
}
