#pragma once

#include "premium/coinpremium.h"
#include "venues/instrumentset.h"

#include <QList>
#include <QStringList>

// Hand-made market-table inputs: premiums with exact decimals and a few named coins.
namespace MarketTableTest {

// 2026-11-25 10:33:40 UTC, the time of the shared fixtures.
inline constexpr qint64 NowMs = 1'795'632'820'000;

inline Decimal dec(const char *text)
{
    return Decimal::fromString(QString::fromLatin1(text)).value();
}

// A fresh premium of `coin` at `rate` percent (no rate when `rate` is null), with every other
// column filled.
inline CoinPremium premium(const QString &coin, const char *rate, const char *koreaPrice = "1000")
{
    CoinPremium p;
    p.coin = coin;
    p.koreaPrice = dec(koreaPrice);
    p.foreignPrice = dec("0.69");
    p.fx = dec("1432.6");
    if (rate) {
        p.rate = dec(rate);
        p.preciseRate = dec(rate);
        p.entryRate = dec(rate) + dec("0.1");
        p.exitRate = dec(rate) - dec("0.1");
    }
    p.koreaVolume24h = dec("123456789");
    p.koreaChange24hRatio = dec("0.0123");
    p.fundingRate = dec("0.0001");
    p.nextFundingTimeMs = NowMs + 3 * 3'600'000 + 12 * 60'000;
    p.depositOpen = true;
    p.withdrawalOpen = true;
    p.caution = false;
    p.observedAtMs = NowMs;
    return p;
}

inline Instrument instrument(const QString &coin, const QString &english, const QString &korean)
{
    Instrument i;
    i.venue = QStringLiteral("korea");
    i.coin = coin;
    i.symbol = QStringLiteral("KRW-") + coin;
    i.englishName = english;
    i.koreanName = korean;
    return i;
}

inline InstrumentSet namedCoins()
{
    return InstrumentSet(
        { instrument(QStringLiteral("BTC"), QStringLiteral("Bitcoin"), QStringLiteral("비트코인")),
          instrument(QStringLiteral("ETH"), QStringLiteral("Ethereum"), QStringLiteral("이더리움")),
          instrument(QStringLiteral("XRP"), QStringLiteral("Ripple"), QStringLiteral("리플")),
          instrument(QStringLiteral("SOL"), QStringLiteral("Solana"), QStringLiteral("솔라나")),
          instrument(QStringLiteral("BCH"), QStringLiteral("Bitcoin Cash"), QStringLiteral("비트코인캐시")) });
}

inline QStringList manyCoins(int count)
{
    QStringList coins;
    for (int i = 1; i <= count; ++i)
        coins.append(QStringLiteral("COIN%1").arg(i, 3, 10, QLatin1Char('0')));
    return coins;
}

// Premiums of `coins` spread from −2 % to +6 %, each moved by `step` hundredths of a percent.
inline QList<CoinPremium> spreadPremiums(const QStringList &coins, int step = 0)
{
    QList<CoinPremium> premiums;
    premiums.reserve(coins.size());
    for (qsizetype i = 0; i < coins.size(); ++i) {
        CoinPremium p = premium(coins.at(i), "0", "1000");
        const Decimal rate = Decimal::fromParts(-200 + static_cast<std::int64_t>((i * 37) % 800) + step, 2);
        p.rate = rate;
        p.preciseRate = rate;
        p.entryRate = rate + dec("0.05");
        p.exitRate = rate - dec("0.05");
        p.koreaPrice = Decimal::fromInteger(1000 + i * 10 + step);
        p.foreignPrice = Decimal::fromParts(690 + i + step, 3);
        premiums.append(p);
    }
    return premiums;
}

} // namespace MarketTableTest
