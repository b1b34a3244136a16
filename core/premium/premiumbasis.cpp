#include "premiumbasis.h"

QString premiumBasisId(PremiumBasis basis)
{
    return basis == PremiumBasis::Seed ? QStringLiteral("seed") : QStringLiteral("global");
}

std::optional<PremiumBasis> premiumBasisFromId(QStringView id)
{
    if (id == u"seed")
        return PremiumBasis::Seed;
    if (id == u"global")
        return PremiumBasis::Global;
    return std::nullopt;
}
