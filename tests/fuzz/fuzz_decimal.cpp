#include "market/decimal.h"

#include "fuzzcontext.h"

namespace {

// Whether the digits before any exponent include one that is not 0.
bool hasNonZeroDigit(QStringView text)
{
    for (const QChar c : text) {
        if (c == u'e' || c == u'E')
            return false;
        if (c >= u'1' && c <= u'9')
            return true;
    }
    return false;
}

void checkFits(const Decimal &value)
{
    if (value.scale() < 0 || value.scale() > Decimal::MaxScale)
        __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(fuzzBytes(data, size));
    const std::optional<Decimal> value = Decimal::fromString(text);
    if (!value)
        return 0;
    checkFits(*value);
    // A number is never read as zero: it is kept, rounded, or rejected.
    if (value->isZero() && hasNonZeroDigit(text))
        __builtin_trap();
    // What is read and written back reads the same.
    const std::optional<Decimal> again = Decimal::fromString(value->toString());
    if (!again || *again != *value)
        __builtin_trap();
    const std::optional<Decimal> fixed = Decimal::fromString(value->toFixed(2));
    if (!fixed || *fixed != value->roundedHalfUp(2))
        __builtin_trap();
    checkFits(*value * *value);
    checkFits(*value + *value);
    checkFits(*value->dividedBy(Decimal::fromParts(14326, 1), 8));
    return 0;
}
