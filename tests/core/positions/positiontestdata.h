#pragma once

#include "positions/position.h"

// The position every positions test starts from: 0.01 BTC bought on Bithumb at its ask of the
// fixtures' moment and shorted on Binance at its bid, at the fixtures' FX, with Bithumb's
// 0.04 % and Binance's 0.05 % taker fees. Opened at t = 1,000,000 ms.
inline Decimal dec(const char *text)
{
    return *Decimal::fromString(QString::fromLatin1(text));
}

inline Position samplePosition(qint64 id = 1)
{
    Position position;
    position.id = id;
    position.symbol = QStringLiteral("BTC");
    position.quantity = dec("0.01");
    position.entry = LegPrices{dec("129560000"), dec("89277.0"), dec("1432.6")};
    position.koreaFeeRate = dec("0.0004");
    position.foreignFeeRate = dec("0.0005");
    position.openedAtMs = 1'000'000;
    return position;
}
