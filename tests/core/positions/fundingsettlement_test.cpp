#include "positions/fundingsettlement.h"

#include "positiontestdata.h"

#include <gtest/gtest.h>

namespace {

constexpr qint64 kHour = 3'600'000;
constexpr qint64 kFundingTime = 8 * kHour;

Quote terms(qint64 receivedAtMs, qint64 nextFundingTimeMs, const char *rate, const char *mark)
{
    Quote quote;
    quote.venue = QStringLiteral("binance");
    quote.symbol = QStringLiteral("BTC");
    quote.price = dec(mark);
    quote.receivedAtMs = receivedAtMs;
    quote.funding = FundingTerms{dec(mark), dec(rate), nextFundingTimeMs};
    return quote;
}

} // namespace

TEST(FundingSettlement, SettlesAtTheAnnouncedTimeWithTheLastTermsBeforeIt)
{
    FundingSettlement settlement;
    EXPECT_FALSE(settlement.observe(terms(kFundingTime - 20'000, kFundingTime, "0.0001", "89000")));
    EXPECT_FALSE(settlement.observe(terms(kFundingTime - 10'000, kFundingTime, "0.00012", "89100.5")));
    // The venue still announces the old time just after it: nothing settled yet.
    EXPECT_FALSE(settlement.observe(terms(kFundingTime + 500, kFundingTime, "0.00012", "89101")));
    const auto settled = settlement.observe(terms(kFundingTime + 10'000, kFundingTime + 8 * kHour, "0.00003", "89200"));
    ASSERT_TRUE(settled.has_value());
    EXPECT_EQ(settled->venue, QStringLiteral("binance"));
    EXPECT_EQ(settled->symbol, QStringLiteral("BTC"));
    EXPECT_EQ(settled->fundingTimeMs, kFundingTime);
    EXPECT_EQ(settled->rate.toString(), QStringLiteral("0.00012"));
    EXPECT_EQ(settled->markPrice.toString(), QStringLiteral("89101"));
    // Reported once.
    EXPECT_FALSE(settlement.observe(terms(kFundingTime + 20'000, kFundingTime + 8 * kHour, "0.00003", "89200")));
}

TEST(FundingSettlement, InventsNothingForTimesItDidNotWatch)
{
    FundingSettlement settlement(10 * 60'000);
    // Last seen an hour before the settlement (the app was closed): its terms are unknown.
    settlement.observe(terms(kFundingTime - kHour, kFundingTime, "0.0001", "89000"));
    EXPECT_FALSE(settlement.observe(terms(kFundingTime + 60'000, kFundingTime + 8 * kHour, "0.0001", "89000")));
    // A quote without funding terms, and one older than the last (a reordered reply), say nothing.
    EXPECT_FALSE(settlement.observe(Quote{}));
    EXPECT_FALSE(settlement.observe(terms(kFundingTime - 1000, kFundingTime, "0.0001", "89000")));
    // The next settlement is watched closely again.
    settlement.observe(terms(kFundingTime + 8 * kHour - 5'000, kFundingTime + 8 * kHour, "-0.0002", "88000"));
    const auto settled = settlement.observe(terms(kFundingTime + 8 * kHour + 5'000, kFundingTime + 16 * kHour, "0.0001", "88000"));
    ASSERT_TRUE(settled.has_value());
    EXPECT_EQ(settled->rate.toString(), QStringLiteral("-0.0002"));
}
