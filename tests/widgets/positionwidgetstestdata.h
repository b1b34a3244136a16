#pragma once

#include "positions/marketdepth.h"
#include "positions/position.h"
#include "positions/positionvenues.h"

// Positions and prices for the positions widget tests: the hand-computed cases of
// tests/core/positions/pnlcalculator_test.cpp.
namespace PositionWidgetsTest {

inline Decimal dec(const char *text)
{
    return *Decimal::fromString(QString::fromLatin1(text));
}

// The venues of issue 11, as data: the forms take them from the venue directory otherwise.
inline PositionVenues venues()
{
    return PositionVenues { { QStringLiteral("bithumb"), QStringLiteral("upbit"), QStringLiteral("coinone") },
                            { QStringLiteral("binance"), QStringLiteral("okx"), QStringLiteral("bybit") } };
}

// 0.01 BTC at 129,560,000 KRW / 89,277.0 USDT / 1432.6, fees 0.04 % and 0.05 %.
inline Position openPosition(qint64 id, qint64 openedAtMs = 1'000'000)
{
    Position position;
    position.id = id;
    position.symbol = QStringLiteral("BTC");
    position.quantity = dec("0.01");
    position.entry = LegPrices{dec("129560000"), dec("89277.0"), dec("1432.6")};
    position.koreaFeeRate = dec("0.0004");
    position.foreignFeeRate = dec("0.0005");
    position.openedAtMs = openedAtMs;
    return position;
}

// Closed at 130,000,000 / 89,500.0 / 1432.6: net −1,113.5177 KRW.
inline Position closedPosition(qint64 id)
{
    Position position = openPosition(id);
    position.exit = LegPrices{dec("130000000"), dec("89500.0"), dec("1432.6")};
    position.closedAtMs = 4'000'000;
    return position;
}

inline Quote bookQuote(const char *bid, const char *ask)
{
    Quote quote;
    quote.book = BookTop{dec(bid), dec("1"), dec(ask), dec("1")};
    quote.price = (dec(bid) + dec(ask)).dividedBy(Decimal::fromInteger(2)).value();
    return quote;
}

// Bithumb bid/ask, Binance bid/ask, FX.
inline MarketDepth depth(const char *koreaBid, const char *koreaAsk, const char *foreignBid, const char *foreignAsk,
                         const char *fx = "1432.6")
{
    MarketDepth depth;
    depth.symbol = QStringLiteral("BTC");
    depth.korea = bookQuote(koreaBid, koreaAsk);
    depth.korea->venue = QStringLiteral("bithumb");
    depth.foreign = bookQuote(foreignBid, foreignAsk);
    depth.foreign->venue = QStringLiteral("binance");
    depth.fx = Quote{};
    depth.fx->price = dec(fx);
    return depth;
}

// The fixtures' moment: entry premium 1.28 %, exit premium 1.27 %.
inline MarketDepth fixtureDepth()
{
    return depth("129550000", "129560000", "89277.0", "89277.1");
}

} // namespace PositionWidgetsTest
