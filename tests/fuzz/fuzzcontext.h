#pragma once

#include "market/quoteresult.h"
#include "venues/instrument.h"
#include "venues/marketquote.h"

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

inline void fuzzCheck(bool condition)
{
    if (!condition)
        __builtin_trap();
}

// A quote of an adapter or a stream holds only usable values: positive prices, sizes and volumes
// not negative, a change of no more than all of the price, funding below 100 % with the mark or
// the rate alone as OKX sends them.
inline void checkQuoteValues(const MarketQuote &quote)
{
    fuzzCheck(!quote.last || quote.last->isPositive());
    fuzzCheck(!quote.volume24h || !quote.volume24h->isNegative());
    if (quote.book) {
        fuzzCheck(quote.book->bid.isPositive() && quote.book->ask.isPositive());
        fuzzCheck(!quote.book->bidSize.isNegative() && !quote.book->askSize.isNegative());
    }
    if (quote.funding) {
        // The mark alone (no funding time), the rate alone (no mark), or both.
        const FundingTerms &funding = *quote.funding;
        fuzzCheck(funding.markPrice.isPositive() || (funding.markPrice.isZero() && funding.nextFundingTimeMs > 0));
        fuzzCheck(funding.nextFundingTimeMs > 0 || (funding.nextFundingTimeMs == 0 && funding.rate.isZero()));
        fuzzCheck(funding.rate.abs() < Decimal::fromInteger(1));
    }
    if (quote.change24hRatio)
        fuzzCheck(*quote.change24hRatio >= Decimal::fromInteger(-1));
}

// An instrument of the followed sets the venue targets give their parsers.
inline Instrument fuzzInstrument(const char *venue, const char *coin, const char *symbol, int priceMultiplier,
                                 const char *sizeMultiplier)
{
    Instrument result;
    result.venue = QString::fromLatin1(venue);
    result.coin = QString::fromLatin1(coin);
    result.symbol = QString::fromLatin1(symbol);
    result.priceMultiplier = Decimal::fromInteger(priceMultiplier);
    result.sizeMultiplier = *Decimal::fromString(QString::fromLatin1(sizeMultiplier));
    return result;
}
