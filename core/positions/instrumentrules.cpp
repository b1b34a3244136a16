#include "instrumentrules.h"

#include <QList>

namespace {

const QList<InstrumentRules> &table()
{
    static const QList<InstrumentRules> rules = {
        {QStringLiteral("BTC"), Decimal::fromParts(1, 3), Decimal::fromInteger(1'000)},
        {QStringLiteral("ETH"), Decimal::fromParts(1, 3), Decimal::fromInteger(10'000)},
        {QStringLiteral("SOL"), Decimal::fromInteger(1), Decimal::fromInteger(1'000'000)},
        {QStringLiteral("XRP"), Decimal::fromParts(1, 1), Decimal::fromInteger(10'000'000)},
    };
    return rules;
}

} // namespace

std::optional<InstrumentRules> InstrumentRules::forSymbol(QStringView symbol)
{
    for (const InstrumentRules &rules : table()) {
        if (symbol.compare(rules.symbol, Qt::CaseInsensitive) == 0)
            return rules;
    }
    return std::nullopt;
}

QStringList InstrumentRules::symbols()
{
    QStringList result;
    for (const InstrumentRules &rules : table())
        result.append(rules.symbol);
    return result;
}
