#include "outlierevent.h"

QString OutlierEvent::kindId(Kind kind)
{
    switch (kind) {
    case Kind::Held:
        return QStringLiteral("held");
    case Kind::Confirmed:
        return QStringLiteral("confirmed");
    case Kind::Rejected:
        return QStringLiteral("rejected");
    }
    return QString();
}
