#include "observability/logmasker.h"

#include "fuzzcontext.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(fuzzBytes(data, size));
    const QString masked = LogMasker::mask(text);
    // Masking is idempotent: masking a masked line changes nothing more.
    if (LogMasker::mask(masked) != masked)
        __builtin_trap();
    LogMasker::maskedUrl(QUrl(text));
    LogMasker::isSensitiveName(text);
    return 0;
}
