#pragma once

#include <QString>

// Which side of the premium a venue quotes: Korean spot in KRW, or a USDT-margined perpetual.
enum class VenueSide {
    KoreanSpot,
    Perpetual,
};

QString venueSideId(VenueSide side); // "korea", "perp"
