#include "venueside.h"

QString venueSideId(VenueSide side)
{
    return side == VenueSide::KoreanSpot ? QStringLiteral("korea") : QStringLiteral("perp");
}
