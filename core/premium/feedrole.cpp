#include "feedrole.h"

QString feedRoleId(FeedRole role)
{
    switch (role) {
    case FeedRole::KoreanSpot: return QStringLiteral("korea");
    case FeedRole::ForeignPerp: return QStringLiteral("foreign");
    case FeedRole::Fx: return QStringLiteral("fx");
    }
    return QString();
}
