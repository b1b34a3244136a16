#pragma once

#include "market/decimal.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

// One market of a venue, mapped to our coin: what the venue calls it and how to read its numbers
// as the price of one coin. Built by the venue's adapter from its listing; everything after the
// adapter works in coins only.
struct Instrument
{
    QString venue; // "binance"
    QString coin; // "SHIB": the same id on every venue
    QString symbol; // the venue's own code: "KRW-SHIB", "1000SHIBUSDT", "SHIB1000USDT", "SHIB-USDT-SWAP"
    // Coins one quoted price is for: 1000 for 1000SHIBUSDT and SHIB1000USDT, 1 elsewhere (OKX quotes
    // every swap per coin). A wrong value is a premium off by 99.9 %.
    Decimal priceMultiplier = Decimal::fromInteger(1);
    // Coins one unit of the venue's sizes and volumes stands for: the multiplier for Binance and
    // Bybit (sizes in 1000SHIB), OKX's ctVal where it counts contracts, 1 on spot venues.
    Decimal sizeMultiplier = Decimal::fromInteger(1);
    QString englishName;
    QString koreanName;
    // Funding every this many ms on perpetuals that say so (Bybit's fundingInterval), else 0.
    qint64 fundingIntervalMs = 0;

    // The price of one coin from a quoted price; nullopt when the multiplier is not positive.
    std::optional<Decimal> perCoin(const Decimal &quoted) const;
    // Coins from a size or volume in the venue's unit.
    Decimal coins(const Decimal &venueUnits) const;
};

Q_DECLARE_METATYPE(Instrument)
