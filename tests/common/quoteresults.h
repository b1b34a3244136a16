#pragma once

#include "market/quoteresult.h"

#include <gtest/gtest.h>

#include <string>

// What a parser test needs to look into a QuoteResult: the quote or the error it holds, with a
// failed expectation (and the error's own words) when it holds the other one.
inline ReplyContext bithumb(int status = 200)
{
    return ReplyContext{QStringLiteral("bithumb"), QStringLiteral("KRW-BTC"), QStringLiteral("BTC"), status, 1'000};
}

inline ReplyContext binance(int status = 200)
{
    return ReplyContext{QStringLiteral("binance"), QStringLiteral("BTCUSDT"), QStringLiteral("BTC"), status, 2'000};
}

inline FetchError errorOf(const QuoteResult &result)
{
    EXPECT_TRUE(std::holds_alternative<FetchError>(result));
    return std::holds_alternative<FetchError>(result) ? std::get<FetchError>(result) : FetchError{};
}

inline Quote quoteOf(const QuoteResult &result)
{
    EXPECT_TRUE(std::holds_alternative<Quote>(result)) << (std::holds_alternative<FetchError>(result)
        ? std::get<FetchError>(result).describe().toStdString() : std::string());
    return std::holds_alternative<Quote>(result) ? std::get<Quote>(result) : Quote{};
}
