#include "market/decimal.h"

#include "fuzzcontext.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(fuzzBytes(data, size));
    const std::optional<Decimal> value = Decimal::fromString(text);
    if (!value)
        return 0;
    // What is read and written back reads the same.
    const std::optional<Decimal> again = Decimal::fromString(value->toString());
    if (!again || *again != *value)
        __builtin_trap();
    value->toFixed(2);
    value->roundedHalfUp(2);
    value->dividedBy(Decimal::fromParts(14326, 1), 8);
    return 0;
}
