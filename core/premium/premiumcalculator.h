#pragma once

#include "market/decimal.h"
#include "premiumbasis.h"

#include <optional>

// The premium of the Korean price over the foreign price converted at fx, in percent.
namespace PremiumCalculator {

// Rounded half-up to `places` straight from the exact numerator and denominator, so that the
// shown value is the correctly rounded one (no double rounding). nullopt when an input is not
// positive.
std::optional<Decimal> rate(const Decimal &korea, const Decimal &foreign, const Decimal &fx,
                            PremiumBasis basis, int places = 2);

} // namespace PremiumCalculator
