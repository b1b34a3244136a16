#include "exchanges/ratelimitparsers.h"

#include "../../common/fixturefile.h"

#include <gtest/gtest.h>

TEST(RateLimitParsers, ReadsBinanceRateLimits)
{
    const auto parsed = RateLimitParsers::parseBinanceExchangeInfo(
        fixtureFile(QStringLiteral("binance/fapi-exchangeinfo-ratelimits.json")), 200);
    ASSERT_TRUE(std::holds_alternative<QList<RateLimit>>(parsed));
    const QList<RateLimit> limits = std::get<QList<RateLimit>>(parsed);
    ASSERT_EQ(limits.size(), 3);
    const auto weight = RateLimitParsers::requestWeight(limits);
    ASSERT_TRUE(weight);
    EXPECT_EQ(weight->limit, 2400);
    EXPECT_EQ(weight->intervalMs, 60'000);
    EXPECT_EQ(limits[2].type, QStringLiteral("ORDERS"));
    EXPECT_EQ(limits[2].intervalMs, 10'000);
    EXPECT_EQ(limits[2].limit, 300);
}

TEST(RateLimitParsers, Failures)
{
    const auto kindOf = [](const QByteArray &body, int status = 200) {
        const auto parsed = RateLimitParsers::parseBinanceExchangeInfo(body, status);
        return std::holds_alternative<FetchError>(parsed) ? std::get<FetchError>(parsed).kind
                                                          : FetchError::Kind::Network;
    };
    EXPECT_EQ(kindOf(fixtureFile(QStringLiteral("errors/empty.json"))), FetchError::Kind::Empty);
    EXPECT_EQ(kindOf(fixtureFile(QStringLiteral("errors/truncated.json"))), FetchError::Kind::Malformed);
    EXPECT_EQ(kindOf(fixtureFile(QStringLiteral("errors/cloudflare-502.html")), 502), FetchError::Kind::HttpStatus);
    EXPECT_EQ(kindOf(fixtureFile(QStringLiteral("binance/fapi-error-too-many-requests.json")), 429),
              FetchError::Kind::ApiError);
    EXPECT_EQ(kindOf(R"({"rateLimits":[]})"), FetchError::Kind::Malformed);
    EXPECT_EQ(
        kindOf(
            R"({"rateLimits":[{"rateLimitType":"REQUEST_WEIGHT","interval":"FORTNIGHT","intervalNum":1,"limit":5}]})"),
        FetchError::Kind::Malformed);
    EXPECT_EQ(
        kindOf(R"({"rateLimits":[{"rateLimitType":"REQUEST_WEIGHT","interval":"MINUTE","intervalNum":1,"limit":-5}]})"),
        FetchError::Kind::Malformed);
}
