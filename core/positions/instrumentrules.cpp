#include "instrumentrules.h"

#include <QList>

namespace {

const QList<InstrumentRules> &table()
{
    static const QList<InstrumentRules> rules = {
        { QStringLiteral("binance"), QStringLiteral("BTC"), Decimal::fromParts(1, 3), Decimal::fromInteger(1'000) },
        { QStringLiteral("binance"), QStringLiteral("ETH"), Decimal::fromParts(1, 3), Decimal::fromInteger(10'000) },
        { QStringLiteral("binance"), QStringLiteral("SOL"), Decimal::fromInteger(1), Decimal::fromInteger(1'000'000) },
        { QStringLiteral("binance"), QStringLiteral("XRP"), Decimal::fromParts(1, 1),
          Decimal::fromInteger(10'000'000) },
    };
    return rules;
}

} // namespace

std::optional<InstrumentRules> InstrumentRules::find(const QString &venue, QStringView coin)
{
    for (const InstrumentRules &rules : table()) {
        if (rules.venue == venue && coin.compare(rules.coin, Qt::CaseInsensitive) == 0)
            return rules;
    }
    return std::nullopt;
}
