#include "volumeformat.h"

#include "priceformat.h"

#include <array>

namespace {

struct Unit
{
    std::int64_t size;
    const char *suffix; // UTF-8
    int places;
};

// Largest first. Korean units are whole 억 below a 조 because that is how volumes are quoted there.
constexpr std::array KoreanUnits { Unit { 1'000'000'000'000, "조", 2 }, Unit { 100'000'000, "억", 0 },
                                   Unit { 10'000, "만", 0 } };
constexpr std::array WesternUnits { Unit { 1'000'000'000'000, "T", 2 }, Unit { 1'000'000'000, "B", 2 },
                                    Unit { 1'000'000, "M", 2 }, Unit { 1'000, "K", 2 } };

template<std::size_t N> QString scaled(const Decimal &amount, const std::array<Unit, N> &units, const QLocale &locale)
{
    const Decimal magnitude = amount.abs();
    for (const Unit &unit : units) {
        const Decimal size = Decimal::fromInteger(unit.size);
        if (magnitude < size)
            continue;
        const Decimal inUnits = amount.dividedBy(size, unit.places).value_or(Decimal());
        return PriceFormat::grouped(inUnits, unit.places, locale) + QString::fromUtf8(unit.suffix);
    }
    return PriceFormat::grouped(amount, 0, locale);
}

} // namespace

QString VolumeFormat::krw(const Decimal &amount, const QLocale &locale)
{
    const QString number = locale.language() == QLocale::Korean ? scaled(amount, KoreanUnits, locale)
                                                                : scaled(amount, WesternUnits, locale);
    //: A won amount, e.g. ₩3,456억 or ₩345.60B
    return tr("₩%1").arg(number);
}
