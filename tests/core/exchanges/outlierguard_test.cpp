#include "exchanges/outlierguard.h"

#include <gtest/gtest.h>

namespace {

Quote tick(qint64 price, qint64 at = 0)
{
    Quote quote;
    quote.venue = QStringLiteral("bithumb");
    quote.symbol = QStringLiteral("BTC");
    quote.price = Decimal::fromInteger(price);
    quote.receivedAtMs = at;
    return quote;
}

const Decimal kTenPercent = Decimal::fromParts(10, 2);

} // namespace

TEST(OutlierGuard, SmallMovesPass)
{
    OutlierGuard guard(kTenPercent);
    for (const qint64 price : { 100'000'000, 109'000'000, 99'000'000, 108'900'000 }) {
        const auto verdict = guard.offer(tick(price));
        ASSERT_TRUE(verdict.accepted);
        EXPECT_EQ(verdict.accepted->price, Decimal::fromInteger(price));
        EXPECT_TRUE(verdict.events.isEmpty());
    }
}

TEST(OutlierGuard, ASpikeIsHeldAndDroppedWhenTheNextTickReturns)
{
    OutlierGuard guard(kTenPercent);
    guard.offer(tick(100'000'000));
    auto verdict = guard.offer(tick(85'000'000));
    EXPECT_FALSE(verdict.accepted);
    ASSERT_EQ(verdict.events.size(), 1);
    EXPECT_EQ(verdict.events[0].kind, OutlierEvent::Kind::Held);
    EXPECT_EQ(verdict.events[0].move.toString(), QStringLiteral("-0.15"));
    EXPECT_EQ(verdict.events[0].reference, Decimal::fromInteger(100'000'000));
    EXPECT_TRUE(guard.isHolding());

    verdict = guard.offer(tick(100'100'000));
    ASSERT_TRUE(verdict.accepted);
    EXPECT_EQ(verdict.accepted->price, Decimal::fromInteger(100'100'000));
    ASSERT_EQ(verdict.events.size(), 1);
    EXPECT_EQ(verdict.events[0].kind, OutlierEvent::Kind::Rejected);
    EXPECT_EQ(verdict.events[0].quote.price, Decimal::fromInteger(85'000'000));
    EXPECT_FALSE(guard.isHolding());
}

TEST(OutlierGuard, AMoveConfirmedByTheNextTwoTicksIsAccepted)
{
    OutlierGuard guard(kTenPercent);
    guard.offer(tick(100'000'000));
    EXPECT_FALSE(guard.offer(tick(80'000'000)).accepted);
    EXPECT_FALSE(guard.offer(tick(79'500'000)).accepted);
    const auto verdict = guard.offer(tick(80'200'000));
    ASSERT_TRUE(verdict.accepted);
    EXPECT_EQ(verdict.accepted->price, Decimal::fromInteger(80'200'000));
    ASSERT_EQ(verdict.events.size(), 1);
    EXPECT_EQ(verdict.events[0].kind, OutlierEvent::Kind::Confirmed);
    // The new level is the reference now.
    EXPECT_TRUE(guard.offer(tick(81'000'000)).accepted);
}

TEST(OutlierGuard, TicksThatDisagreeWithTheHeldOneStartANewWait)
{
    OutlierGuard guard(kTenPercent);
    guard.offer(tick(100'000'000));
    guard.offer(tick(80'000'000));
    const auto verdict = guard.offer(tick(130'000'000));
    EXPECT_FALSE(verdict.accepted);
    ASSERT_EQ(verdict.events.size(), 2);
    EXPECT_EQ(verdict.events[0].kind, OutlierEvent::Kind::Rejected);
    EXPECT_EQ(verdict.events[1].kind, OutlierEvent::Kind::Held);
    EXPECT_EQ(verdict.events[1].quote.price, Decimal::fromInteger(130'000'000));
}

TEST(OutlierGuard, ZeroShareTurnsItOff)
{
    OutlierGuard guard(Decimal {});
    guard.offer(tick(100));
    EXPECT_TRUE(guard.offer(tick(1)).accepted);
}
