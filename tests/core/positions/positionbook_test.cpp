#include "positions/positionbook.h"

#include "positiontestdata.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

namespace {

MarketDepth fixtureDepth(const char *koreaBid = "129550000", const char *foreignAsk = "89277.1", const char *fx = "1432.6")
{
    MarketDepth depth;
    depth.symbol = QStringLiteral("BTC");
    depth.korea = Quote{};
    depth.korea->book = BookTop{dec(koreaBid), dec("1"), dec(koreaBid) + dec("10000"), dec("1")};
    depth.foreign = Quote{};
    depth.foreign->book = BookTop{dec(foreignAsk) - dec("0.1"), dec("1"), dec(foreignAsk), dec("1")};
    depth.fx = Quote{};
    depth.fx->price = dec(fx);
    return depth;
}

Position closedPosition(qint64 id)
{
    Position position = samplePosition(id);
    position.exit = LegPrices{dec("130000000"), dec("89500.0"), dec("1432.6")};
    position.closedAtMs = 4'000'000;
    return position;
}

} // namespace

TEST(PositionBook, OpenCountIsObservable)
{
    PositionBook book;
    QSignalSpy counts(&book, &PositionBook::openCountChanged);
    book.setPositions({samplePosition(1), closedPosition(2)});
    ASSERT_EQ(counts.size(), 1);
    EXPECT_EQ(counts.at(0).at(0).toInt(), 1);

    book.upsert(samplePosition(3));
    EXPECT_EQ(book.openCount(), 2);
    EXPECT_EQ(counts.last().at(0).toInt(), 2);

    book.upsert(closedPosition(1));  // closing one
    EXPECT_EQ(counts.last().at(0).toInt(), 1);
    book.upsert(closedPosition(1));  // no change, no signal
    EXPECT_EQ(counts.size(), 3);

    book.remove(3);
    EXPECT_EQ(counts.last().at(0).toInt(), 0);
    book.remove(99);
    EXPECT_EQ(counts.size(), 4);
}

TEST(PositionBook, ValuesOpenPositionsAtLiveExitPricesAndClosedOnesAtTheirExit)
{
    PositionBook book;
    book.setClock([] { return qint64(5'000'000); });
    book.setPositions({samplePosition(1), closedPosition(2)});

    PositionValuation open = book.valuation(1);
    EXPECT_EQ(open.entryPremium->toString(), QStringLiteral("1.28"));
    EXPECT_FALSE(open.pnl.has_value());  // no live prices yet
    EXPECT_FALSE(open.exitPremium.has_value());

    const PositionValuation closed = book.valuation(2);
    ASSERT_TRUE(closed.pnl.has_value());
    EXPECT_FALSE(closed.live);
    EXPECT_EQ(closed.pnl->net.toString(), QStringLiteral("-1113.5177"));  // the first hand-computed case

    QSignalSpy updates(&book, &PositionBook::valuationsUpdated);
    book.setDepth(fixtureDepth("130000000", "89500.0"));
    EXPECT_EQ(updates.size(), 1);
    open = book.valuation(1);
    ASSERT_TRUE(open.pnl.has_value());
    EXPECT_TRUE(open.live);
    EXPECT_EQ(open.pnl->net.toString(), QStringLiteral("-1113.5177"));
    // (130,000,000 − 89,500 × 1432.6) / 130,000,000 = 1.37 %
    EXPECT_EQ(open.exitPremium->toString(), QStringLiteral("1.37"));
    EXPECT_EQ(book.valuation(2).pnl->net.toString(), QStringLiteral("-1113.5177"));

    // Another symbol's prices leave BTC's alone.
    MarketDepth eth = fixtureDepth("5000000", "3000");
    eth.symbol = QStringLiteral("ETH");
    book.setDepth(eth);
    EXPECT_EQ(book.valuation(1).pnl->net.toString(), QStringLiteral("-1113.5177"));
}

TEST(PositionBook, FundingAccruesWhileOpenAndStopsAtTheClose)
{
    qint64 now = 3'000'000;
    PositionBook book;
    book.setClock([&now] { return now; });
    book.setPositions({samplePosition(1), closedPosition(2)});
    book.setDepth(fixtureDepth());

    // 0.0001 × 89,000 × 0.01 = 0.089 per settlement.
    book.addFundingEvent(FundingEvent{QStringLiteral("binance"), QStringLiteral("BTC"), 2'000'000, dec("0.0001"), dec("89000")});
    book.addFundingEvent(FundingEvent{QStringLiteral("binance"), QStringLiteral("BTC"), 2'000'000, dec("0.0001"), dec("89000")});  // same one again
    EXPECT_EQ(book.fundingEvents().size(), 1);
    EXPECT_EQ(book.valuation(1).fundingUsdt.toString(), QStringLiteral("0.089"));
    EXPECT_EQ(book.valuation(2).fundingUsdt.toString(), QStringLiteral("0.089"));

    now = 6'000'000;
    book.addFundingEvent(FundingEvent{QStringLiteral("binance"), QStringLiteral("BTC"), 5'000'000, dec("0.0001"), dec("89000")});
    EXPECT_EQ(book.valuation(1).fundingUsdt.toString(), QStringLiteral("0.178"));
    EXPECT_EQ(book.valuation(2).fundingUsdt.toString(), QStringLiteral("0.089"));  // closed at 4,000,000
    EXPECT_EQ(book.valuation(1).pnl->funding.toString(), QStringLiteral("0.178"));

    // A settlement the clock has not reached yet counts from the tick at which it has.
    book.addFundingEvent(FundingEvent{QStringLiteral("binance"), QStringLiteral("BTC"), 7'000'000, dec("0.0001"), dec("89000")});
    EXPECT_EQ(book.valuation(1).fundingUsdt.toString(), QStringLiteral("0.178"));
    now = 7'000'000;
    book.setDepth(fixtureDepth());
    EXPECT_EQ(book.valuation(1).fundingUsdt.toString(), QStringLiteral("0.267"));
    EXPECT_EQ(book.valuation(2).fundingUsdt.toString(), QStringLiteral("0.089"));
}

TEST(PositionBook, APriceTickLeavesClosedPositionsAlone)
{
    PositionBook book;
    book.setPositions({samplePosition(1), closedPosition(2)});
    QSignalSpy updates(&book, &PositionBook::valuationsUpdated);
    book.setDepth(fixtureDepth());
    ASSERT_EQ(updates.size(), 1);
    EXPECT_TRUE(updates.at(0).at(0).toBool());
    book.addFundingEvent(FundingEvent{QStringLiteral("binance"), QStringLiteral("BTC"), 2'000'000, dec("0.0001"), dec("89000")});
    EXPECT_FALSE(updates.at(1).at(0).toBool());
}

TEST(PositionBook, SignalsCarryWhatChanged)
{
    PositionBook book;
    QSignalSpy added(&book, &PositionBook::positionAdded);
    QSignalSpy changed(&book, &PositionBook::positionChanged);
    QSignalSpy removed(&book, &PositionBook::positionRemoved);
    QSignalSpy reset(&book, &PositionBook::positionsReset);
    book.setPositions({});
    book.upsert(samplePosition(7));
    Position renamed = samplePosition(7);
    renamed.note = QStringLiteral("hedge");
    book.upsert(renamed);
    book.remove(7);
    EXPECT_EQ(reset.size(), 1);
    EXPECT_EQ(added.size(), 1);
    EXPECT_EQ(changed.size(), 1);
    EXPECT_EQ(changed.at(0).at(0).value<Position>().note, QStringLiteral("hedge"));
    EXPECT_EQ(removed.at(0).at(0).toLongLong(), 7);
    EXPECT_TRUE(book.positions().isEmpty());
    EXPECT_FALSE(book.position(7).has_value());
}
