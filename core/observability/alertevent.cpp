#include "alertevent.h"

#include <QDateTime>

QJsonObject AlertEvent::toJson() const
{
    QJsonObject json {
        { QStringLiteral("event"), QStringLiteral("alert") },
        { QStringLiteral("rule"), alertRuleId(rule) },
        { QStringLiteral("state"), kind == Kind::Fired ? QStringLiteral("fired") : QStringLiteral("cleared") },
        { QStringLiteral("subject"), subject },
        { QStringLiteral("at"), QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC).toString(Qt::ISODateWithMs) },
        { QStringLiteral("notify"), notify },
    };
    // Decimals as strings, exact, like the premium lines on stdout.
    if (value)
        json.insert(QStringLiteral("value"), value->toString());
    if (threshold)
        json.insert(QStringLiteral("threshold"), threshold->toString());
    if (!direction.isEmpty())
        json.insert(QStringLiteral("direction"), direction);
    return json;
}
