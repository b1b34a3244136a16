#pragma once

#include "market/decimal.h"

class QSettings;

// Where a premium is high or low enough to be coloured in the market table: at or above
// `warmAtLeast` percent it reads warm, at or below `coolAtMost` cool. Kept in the settings under
// "marketTable/warmPremium" and "marketTable/coolPremium" (decimal text).
struct PremiumBands
{
    enum class Band { Neutral, Warm, Cool };

    Decimal warmAtLeast = Decimal::fromInteger(3);
    Decimal coolAtMost = Decimal::fromInteger(-1);

    Band bandOf(const Decimal &rate) const;

    // Defaults where a key is missing or not a number.
    static PremiumBands load(const QSettings &settings);
    void save(QSettings &settings) const;

    bool operator==(const PremiumBands &other) const = default;
};
