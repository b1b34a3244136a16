#include "exchanges/circuitbreaker.h"

#include <gtest/gtest.h>

namespace {

using State = CircuitBreaker::State;

void send(CircuitBreaker &breaker, qint64 now)
{
    ASSERT_TRUE(breaker.canSend(now));
    breaker.onSent();
}

} // namespace

TEST(CircuitBreaker, OpensAtTenFailuresOutOfTheLastTwenty)
{
    CircuitBreaker breaker;
    EXPECT_EQ(breaker.policy().window, 20);
    EXPECT_EQ(breaker.policy().threshold, 10);
    EXPECT_EQ(breaker.policy().openMs, 30'000);
    EXPECT_EQ(breaker.policy().probes, 3);
    // Alternating: ten successes and nine failures in the window is still closed.
    for (int i = 0; i < 9; ++i) {
        EXPECT_FALSE(breaker.recordSuccess());
        EXPECT_FALSE(breaker.recordFailure(1000));
    }
    EXPECT_FALSE(breaker.recordSuccess());
    EXPECT_EQ(breaker.state(), State::Closed);
    EXPECT_EQ(breaker.failuresInWindow(), 9);
    EXPECT_TRUE(breaker.recordFailure(5000));
    EXPECT_EQ(breaker.state(), State::Open);
    EXPECT_EQ(breaker.openUntilMs(), 35'000);
}

TEST(CircuitBreaker, OldFailuresLeaveTheWindow)
{
    CircuitBreaker breaker;
    for (int i = 0; i < 9; ++i)
        breaker.recordFailure(0);
    for (int i = 0; i < 20; ++i)
        breaker.recordSuccess();
    EXPECT_EQ(breaker.failuresInWindow(), 0);
    for (int i = 0; i < 9; ++i)
        breaker.recordFailure(0);
    EXPECT_EQ(breaker.state(), State::Closed);
}

TEST(CircuitBreaker, StaysOpenThenLetsThreeProbesThroughAndTheyCloseIt)
{
    CircuitBreaker breaker;
    for (int i = 0; i < 10; ++i)
        breaker.recordFailure(0);
    EXPECT_FALSE(breaker.canSend(29'999));
    EXPECT_EQ(breaker.state(), State::Open);
    EXPECT_TRUE(breaker.canSend(30'000));
    EXPECT_EQ(breaker.state(), State::HalfOpen);
    EXPECT_EQ(breaker.probesLeft(), 3);
    for (int i = 0; i < 3; ++i)
        send(breaker, 30'000);
    // Three probes out, none answered: nothing more goes.
    EXPECT_FALSE(breaker.canSend(30'001));
    EXPECT_FALSE(breaker.recordSuccess());
    EXPECT_FALSE(breaker.recordSuccess());
    EXPECT_TRUE(breaker.recordSuccess());
    EXPECT_EQ(breaker.state(), State::Closed);
    EXPECT_EQ(breaker.failuresInWindow(), 0);
}

TEST(CircuitBreaker, AFailedProbeOpensItAgain)
{
    CircuitBreaker breaker;
    for (int i = 0; i < 10; ++i)
        breaker.recordFailure(0);
    send(breaker, 30'000);
    EXPECT_FALSE(breaker.recordSuccess());
    send(breaker, 30'100);
    EXPECT_TRUE(breaker.recordFailure(30'200));
    EXPECT_EQ(breaker.state(), State::Open);
    EXPECT_EQ(breaker.openUntilMs(), 60'200);
    EXPECT_FALSE(breaker.canSend(60'000));
}

TEST(CircuitBreaker, StateIds)
{
    EXPECT_EQ(CircuitBreaker::stateId(State::Closed), QStringLiteral("closed"));
    EXPECT_EQ(CircuitBreaker::stateId(State::Open), QStringLiteral("open"));
    EXPECT_EQ(CircuitBreaker::stateId(State::HalfOpen), QStringLiteral("half-open"));
}
