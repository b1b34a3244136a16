#pragma once

#include "market/quoteresult.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

// The bytes as the parsers get them from the network, and the contexts the pollers give them.
inline QByteArray fuzzBytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

inline ReplyContext fuzzContext(const char *venue, const char *market, const char *symbol, int status)
{
    return ReplyContext { QString::fromLatin1(venue), QString::fromLatin1(market), QString::fromLatin1(symbol), status,
                          1'795'600'000'000 };
}

// A parser may answer anything but must answer: a quote it gives has a usable price.
inline void checkResult(const QuoteResult &result)
{
    if (const auto *quote = std::get_if<Quote>(&result)) {
        if (!quote->price.isPositive())
            __builtin_trap();
    }
}
