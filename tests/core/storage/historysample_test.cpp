#include "storage/historysample.h"

#include <gtest/gtest.h>

namespace {

CoinPremium shibOnUpbitAgainstOkx()
{
    CoinPremium p;
    p.coin = QStringLiteral("SHIB");
    p.pair = VenuePair { QStringLiteral("upbit"), QStringLiteral("okx") };
    p.foreignInstrument = QStringLiteral("SHIB-USDT-SWAP");
    p.basis = PremiumBasis::Global;
    p.koreaPrice = Decimal::fromString(u"0.01823");
    p.foreignPrice = Decimal::fromString(u"0.00001245");
    p.fx = Decimal::fromString(u"1432.6");
    p.rate = Decimal::fromString(u"2.21");
    p.preciseRate = Decimal::fromString(u"2.21064733");
    p.entryRate = Decimal::fromString(u"2.35");
    p.koreaReceivedAtMs = 1000;
    p.foreignReceivedAtMs = 1100;
    p.fxReceivedAtMs = 500;
    p.foreignOrigin = QuoteOrigin::Cache;
    p.stale = true;
    p.observedAtMs = 1200;
    return p;
}

} // namespace

TEST(HistorySample, KeepsTheCoinPairRatesAndInputs)
{
    const std::optional<PremiumSample> s = HistorySample::fromCoinPremium(shibOnUpbitAgainstOkx());
    ASSERT_TRUE(s.has_value());
    EXPECT_EQ(s->symbol, QStringLiteral("SHIB"));
    EXPECT_EQ(s->pair.id(), QStringLiteral("upbit:okx"));
    EXPECT_EQ(s->basis, PremiumBasis::Global);
    EXPECT_EQ(s->rate.toString(), QStringLiteral("2.21"));
    EXPECT_EQ(s->preciseRate.toString(), QStringLiteral("2.21064733"));
    EXPECT_EQ(s->entryRate->toString(), QStringLiteral("2.35"));
    EXPECT_FALSE(s->exitRate.has_value());
    EXPECT_EQ(s->korea.venue, QStringLiteral("upbit"));
    EXPECT_EQ(s->korea.price.toString(), QStringLiteral("0.01823"));
    EXPECT_EQ(s->foreign.venue, QStringLiteral("okx"));
    EXPECT_EQ(s->foreign.symbol, QStringLiteral("SHIB")) << "the price is of one coin, not of the contract";
    EXPECT_EQ(s->foreign.price.toString(), QStringLiteral("0.00001245"));
    EXPECT_EQ(s->foreign.receivedAtMs, 1100);
    EXPECT_EQ(s->fx.price.toString(), QStringLiteral("1432.6"));
    EXPECT_TRUE(s->fx.venue.isEmpty());
    EXPECT_TRUE(s->stale) << "stale premiums are kept, flagged";
    EXPECT_EQ(s->observedAtMs, 1200);
    EXPECT_EQ(s->source, QStringLiteral("cache"));
}

TEST(HistorySample, APremiumWithoutARateIsNotKept)
{
    CoinPremium p = shibOnUpbitAgainstOkx();
    p.preciseRate.reset();
    p.rate.reset();
    p.foreignPrice.reset();
    EXPECT_FALSE(HistorySample::fromCoinPremium(p).has_value());
}
