#pragma once

#include <QString>

#include <optional>

// Which price the premium is quoted against. The seed's formula divides by the Korean price;
// most Korean premium sites divide by the global price instead.
enum class PremiumBasis {
    Seed,    // (korea − foreign × fx) / korea × 100
    Global,  // (korea / (foreign × fx) − 1) × 100
};

QString premiumBasisId(PremiumBasis basis);  // "seed", "global"
std::optional<PremiumBasis> premiumBasisFromId(QStringView id);
