#include "positions/marketdepth.h"

#include "positiontestdata.h"

#include <gtest/gtest.h>

namespace {

Quote book(const char *bid, const char *ask)
{
    Quote quote;
    quote.book = BookTop{dec(bid), dec("1"), dec(ask), dec("1")};
    return quote;
}

Quote price(const char *value)
{
    Quote quote;
    quote.price = dec(value);
    return quote;
}

} // namespace

TEST(MarketDepth, EntryAndExitPremiumsFromTheRightSides)
{
    // The fixtures' moment: Bithumb 129,550,000 / 129,560,000, Binance 89,277.0 / 89,277.1, FX 1432.6.
    MarketDepth depth;
    depth.korea = book("129550000", "129560000");
    depth.foreign = book("89277.0", "89277.1");
    EXPECT_FALSE(depth.entryPrices().has_value());  // no FX yet
    depth.fx = price("1432.6");

    const LegPrices entry = *depth.entryPrices();
    EXPECT_EQ(entry.korea.toString(), QStringLiteral("129560000"));  // Korean ask
    EXPECT_EQ(entry.foreign, dec("89277"));                         // perp bid
    const LegPrices exit = *depth.exitPrices();
    EXPECT_EQ(exit.korea.toString(), QStringLiteral("129550000"));   // Korean bid
    EXPECT_EQ(exit.foreign.toString(), QStringLiteral("89277.1"));   // perp ask

    // (129,560,000 − 89,277 × 1432.6) / 129,560,000 = 1,661,769.8 / 129,560,000 = 1.2826 %
    EXPECT_EQ(depth.entryPremium(PremiumBasis::Seed)->toString(), QStringLiteral("1.28"));
    EXPECT_EQ(depth.entryPremium(PremiumBasis::Seed, 4)->toString(), QStringLiteral("1.2826"));
    // (129,550,000 − 89,277.1 × 1432.6) / 129,550,000 = 1,651,626.54 / 129,550,000 = 1.2749 %
    EXPECT_EQ(depth.exitPremium(PremiumBasis::Seed, 4)->toString(), QStringLiteral("1.2749"));
    // Opening costs more premium than closing gets: the spread a trader pays.
    EXPECT_GT(*depth.entryPremium(PremiumBasis::Global, 4), *depth.exitPremium(PremiumBasis::Global, 4));
}

TEST(MarketDepth, NoBookNoPrices)
{
    MarketDepth depth;
    depth.korea = price("129555000");  // a last-trade quote has no sides
    depth.foreign = book("89277.0", "89277.1");
    depth.fx = price("1432.6");
    EXPECT_FALSE(depth.entryPrices().has_value());
    EXPECT_FALSE(depth.exitPremium(PremiumBasis::Seed).has_value());
}
