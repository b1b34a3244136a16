#include "positions/pnlcalculator.h"

#include "positiontestdata.h"

#include <gtest/gtest.h>

// Every expected figure below was computed by hand (long multiplication, written out next to
// the assertion) from the contract in docs/positions.md, not by running the code.
namespace {

QString s(const Decimal &value)
{
    return value.normalized().toString();
}

void expectSplitAddsUp(const PositionPnl &pnl)
{
    EXPECT_EQ(pnl.premiumPart + pnl.fxPart + pnl.fundingPart + pnl.feesPart, pnl.net);
    EXPECT_EQ(pnl.koreaLeg + pnl.foreignLegKrw, pnl.net);
}

FundingEvent event(qint64 timeMs, const char *rate, const char *mark, const char *symbol = "BTC")
{
    return FundingEvent{QStringLiteral("binance"), QString::fromLatin1(symbol), timeMs, dec(rate), dec(mark)};
}

} // namespace

TEST(PnlCalculator, BothFeeLegsAtUnchangedFx)
{
    // Exit: Korean bid 130,000,000, perp ask 89,500.0, FX still 1432.6; no funding.
    const PositionPnl pnl = PnlCalculator::evaluate(samplePosition(), LegPrices{dec("130000000"), dec("89500.0"), dec("1432.6")}, Decimal());

    // Korean leg: (130,000,000 − 129,560,000) × 0.01 = 4,400
    EXPECT_EQ(s(pnl.koreaGross), QStringLiteral("4400"));
    // fees: 129,560,000 × 0.01 × 0.0004 = 518.24 and 130,000,000 × 0.01 × 0.0004 = 520
    EXPECT_EQ(s(pnl.koreaFees), QStringLiteral("1038.24"));
    EXPECT_EQ(s(pnl.koreaLeg), QStringLiteral("3361.76"));

    // Foreign leg: (89,277 − 89,500) × 0.01 = −2.23 USDT
    EXPECT_EQ(s(pnl.foreignGross), QStringLiteral("-2.23"));
    // fees: 892.77 × 0.0005 = 0.446385 and 895.00 × 0.0005 = 0.4475
    EXPECT_EQ(s(pnl.foreignFees), QStringLiteral("0.893885"));
    EXPECT_EQ(s(pnl.funding), QStringLiteral("0"));
    EXPECT_EQ(s(pnl.foreignLeg), QStringLiteral("-3.123885"));

    // In KRW at 1432.6: gross −2.23 × 1432.6 = −3194.698; fees 0.893885 × 1432.6 = 1280.579651 → 1280.5797
    EXPECT_EQ(s(pnl.foreignLegKrw), QStringLiteral("-4475.2777"));
    EXPECT_EQ(s(pnl.feesKrw), QStringLiteral("2318.8197"));  // 1038.24 + 1280.5797
    EXPECT_EQ(s(pnl.net), QStringLiteral("-1113.5177"));     // 3361.76 − 4475.2777

    // Split: premium 4400 − 3194.698; no FX move; no funding; fees −2318.8197.
    EXPECT_EQ(s(pnl.premiumPart), QStringLiteral("1205.302"));
    EXPECT_EQ(s(pnl.fxPart), QStringLiteral("0"));
    EXPECT_EQ(s(pnl.fundingPart), QStringLiteral("0"));
    EXPECT_EQ(s(pnl.feesPart), QStringLiteral("-2318.8197"));
    expectSplitAddsUp(pnl);
}

TEST(PnlCalculator, FxMoveAndFunding)
{
    Position position = samplePosition();
    const QList<FundingEvent> events = {
        event(500'000, "0.001", "90000"),                     // before the opening: not ours
        event(2'000'000, "0.0001", "89279.43104562"),         // received
        event(3'000'000, "-0.00005", "89000"),                // paid
        event(2'000'000, "0.01", "3000", "ETH"),              // another symbol
        FundingEvent{QStringLiteral("bybit"), QStringLiteral("BTC"), 2'500'000, dec("0.01"), dec("89000")},  // another venue
        event(9'000'000, "0.0001", "89000"),                  // after `until`
    };
    // 0.0001 × 89,279.43104562 × 0.01 = 0.08927943104562 → 0.08927943
    // −0.00005 × 89,000 × 0.01 = −0.0445
    const Decimal funding = PnlCalculator::funding(position, events, 5'000'000);
    EXPECT_EQ(s(funding), QStringLiteral("0.04477943"));

    // Exit: Korean bid 129,000,000, perp ask 88,900.5, FX 1450.25.
    const PositionPnl pnl = PnlCalculator::evaluate(position, LegPrices{dec("129000000"), dec("88900.5"), dec("1450.25")}, funding);

    // Korean: (129,000,000 − 129,560,000) × 0.01 = −5,600; fees 518.24 + 516 = 1,034.24
    EXPECT_EQ(s(pnl.koreaGross), QStringLiteral("-5600"));
    EXPECT_EQ(s(pnl.koreaFees), QStringLiteral("1034.24"));
    EXPECT_EQ(s(pnl.koreaLeg), QStringLiteral("-6634.24"));
    // Foreign: (89,277 − 88,900.5) × 0.01 = 3.765; fees 0.446385 + 889.005 × 0.0005 = 0.8908875
    EXPECT_EQ(s(pnl.foreignGross), QStringLiteral("3.765"));
    EXPECT_EQ(s(pnl.foreignFees), QStringLiteral("0.8908875"));
    EXPECT_EQ(s(pnl.foreignLeg), QStringLiteral("2.91889193"));  // 3.765 − 0.8908875 + 0.04477943
    EXPECT_EQ(s(pnl.fx), QStringLiteral("1450.25"));
    // At 1450.25: gross 5460.19125 → 5460.1913; fees 1292.009596875 → 1292.0096; funding 64.9413683575 → 64.9414
    EXPECT_EQ(s(pnl.foreignLegKrw), QStringLiteral("4233.1231"));
    EXPECT_EQ(s(pnl.net), QStringLiteral("-2401.1169"));
    // Premium part: −5600 + 3.765 × 1432.6 (= 5393.739); FX part: 5460.1913 − 5393.739
    EXPECT_EQ(s(pnl.premiumPart), QStringLiteral("-206.261"));
    EXPECT_EQ(s(pnl.fxPart), QStringLiteral("66.4523"));
    EXPECT_EQ(s(pnl.fundingPart), QStringLiteral("64.9414"));
    EXPECT_EQ(s(pnl.feesPart), QStringLiteral("-2326.2496"));  // −(1034.24 + 1292.0096)
    expectSplitAddsUp(pnl);
}

TEST(PnlCalculator, FundingCountsOnlySettlementsWhileHeld)
{
    Position position = samplePosition();  // opened at 1,000,000
    position.exit = LegPrices{dec("129000000"), dec("88900.5"), dec("1450.25")};
    position.closedAtMs = 5'000'000;
    EXPECT_FALSE(PnlCalculator::heldAt(position, 1'000'000));  // opened at the settlement: too late
    EXPECT_TRUE(PnlCalculator::heldAt(position, 1'000'001));
    EXPECT_TRUE(PnlCalculator::heldAt(position, 5'000'000));   // closed at the settlement: still held
    EXPECT_FALSE(PnlCalculator::heldAt(position, 5'000'001));

    const QList<FundingEvent> events = {event(1'000'000, "0.001", "90000"), event(5'000'000, "0.0001", "89000"),
                                        event(5'000'001, "0.001", "90000")};
    // Only the settlement at 5,000,000: 0.0001 × 89,000 × 0.01 = 0.089
    EXPECT_EQ(s(PnlCalculator::funding(position, events, 99'000'000)), QStringLiteral("0.089"));

    const std::optional<PositionPnl> realised = PnlCalculator::realised(position, events);
    ASSERT_TRUE(realised.has_value());
    EXPECT_EQ(s(realised->funding), QStringLiteral("0.089"));
    EXPECT_FALSE(PnlCalculator::realised(samplePosition(), events).has_value());
}

TEST(PnlCalculator, ShortReceivesPositiveFundingAndPaysNegative)
{
    const Position position = samplePosition();
    const LegPrices flat{dec("129560000"), dec("89277.0"), dec("1432.6")};
    const PositionPnl received = PnlCalculator::evaluate(position, flat, dec("0.5"));
    const PositionPnl paid = PnlCalculator::evaluate(position, flat, dec("-0.5"));
    EXPECT_EQ(s(received.fundingPart), QStringLiteral("716.3"));  // 0.5 × 1432.6
    EXPECT_EQ(s(paid.fundingPart), QStringLiteral("-716.3"));
    // Flat prices: only fees and funding remain. Fees: 518.24 × 2 + 0.446385 × 2 × 1432.6 (= 1278.99...)
    EXPECT_EQ(s(received.premiumPart), QStringLiteral("0"));
    EXPECT_EQ(received.net - paid.net, dec("1432.6"));
    expectSplitAddsUp(received);
    expectSplitAddsUp(paid);
}

TEST(PnlCalculator, SplitAddsUpForManyPricesAndFxMoves)
{
    // Awkward fractions everywhere, so that every conversion rounds.
    Position position = samplePosition();
    position.quantity = dec("0.137");
    position.koreaFeeRate = dec("0.00025");
    position.foreignFeeRate = dec("0.00045");
    for (int k = 0; k < 20; ++k) {
        for (int f = 0; f < 20; ++f) {
            const LegPrices exit{dec("128000000") + Decimal::fromInteger(k * 173'331),
                                 dec("88000.3") + Decimal::fromParts(f * 73'337, 3),
                                 dec("1399.87") + Decimal::fromParts((k + f) * 733, 2)};
            const PositionPnl pnl = PnlCalculator::evaluate(position, exit, Decimal::fromParts(k * 13'577 - f * 9'931, 8));
            expectSplitAddsUp(pnl);
            EXPECT_LE(pnl.net.scale(), PnlCalculator::KrwScale);
            EXPECT_LE(pnl.foreignLeg.scale(), PnlCalculator::UsdtScale);
        }
    }
}
