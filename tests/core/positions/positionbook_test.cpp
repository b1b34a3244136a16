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
    depth.korea->venue = QStringLiteral("bithumb");
    depth.korea->book = BookTop{dec(koreaBid), dec("1"), dec(koreaBid) + dec("10000"), dec("1")};
    depth.foreign = Quote{};
    depth.foreign->venue = QStringLiteral("binance");
    depth.foreign->book = BookTop{dec(foreignAsk) - dec("0.1"), dec("1"), dec(foreignAsk), dec("1")};
    depth.fx = Quote{};
    depth.fx->price = dec(fx);
    return depth;
}

// A premium of the market engine's cycle with the books that matter to positions.
CoinPremium premium(const char *coin, const VenuePair &pair, const char *koreaBid, const char *koreaAsk,
                    const char *foreignBid, const char *foreignAsk, const char *fx = "1432.6")
{
    CoinPremium p;
    p.coin = QString::fromLatin1(coin);
    p.pair = pair;
    p.koreaBid = dec(koreaBid);
    p.koreaAsk = dec(koreaAsk);
    p.foreignBid = dec(foreignBid);
    p.foreignAsk = dec(foreignAsk);
    p.fx = dec(fx);
    return p;
}

const VenuePair kUpbitOkx { QStringLiteral("upbit"), QStringLiteral("okx") };
const VenuePair kCoinoneBybit { QStringLiteral("coinone"), QStringLiteral("bybit") };

// 1,000,000 SHIB on Upbit against OKX, without fees: easy to value by hand.
Position shibPosition(qint64 id)
{
    Position position = samplePosition(id);
    position.symbol = QStringLiteral("SHIB");
    position.koreanVenue = kUpbitOkx.korea;
    position.foreignVenue = kUpbitOkx.foreign;
    position.quantity = dec("1000000");
    position.entry = LegPrices { dec("0.018"), dec("0.0000125"), dec("1400") };
    position.koreaFeeRate = Decimal();
    position.foreignFeeRate = Decimal();
    return position;
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

TEST(PositionBook, OpenCoinsAreObservable)
{
    PositionBook book;
    QSignalSpy coins(&book, &PositionBook::openCoinsChanged);
    book.setPositions({ samplePosition(1), shibPosition(2), closedPosition(3), samplePosition(4) });
    ASSERT_EQ(coins.size(), 1);
    EXPECT_EQ(coins.last().at(0).toStringList(), (QStringList { QStringLiteral("BTC"), QStringLiteral("SHIB") }));

    Position closedShib = shibPosition(2);
    closedShib.exit = LegPrices { dec("0.019"), dec("0.000012"), dec("1400") };
    closedShib.closedAtMs = 2'000'000;
    book.upsert(closedShib);
    EXPECT_EQ(book.openCoins(), QStringList { QStringLiteral("BTC") });
    book.remove(1); // another BTC is still open
    EXPECT_EQ(coins.size(), 2);
    book.remove(4);
    EXPECT_TRUE(book.openCoins().isEmpty());
    EXPECT_EQ(coins.size(), 3);
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

TEST(PositionBook, EachPositionIsValuedAtItsOwnCoinAndPair)
{
    PositionBook book;
    Position ethOnCoinoneBybit = samplePosition(3);
    ethOnCoinoneBybit.symbol = QStringLiteral("ETH");
    ethOnCoinoneBybit.koreanVenue = kCoinoneBybit.korea;
    ethOnCoinoneBybit.foreignVenue = kCoinoneBybit.foreign;
    book.setPositions({ samplePosition(1), shibPosition(2), ethOnCoinoneBybit });
    QSignalSpy updates(&book, &PositionBook::valuationsUpdated);

    // Decoys first: BTC on another pair, SHIB and ETH on the default one, all at other prices.
    book.updateMarket({ premium("BTC", kUpbitOkx, "1", "2", "1", "2"),
                        premium("SHIB", VenuePair {}, "1", "2", "1", "2"),
                        premium("ETH", VenuePair {}, "5000000", "5000100", "3000", "3000.1"),
                        premium("BTC", VenuePair {}, "130000000", "130010000", "89499.9", "89500.0"),
                        premium("SHIB", kUpbitOkx, "0.019", "0.0191", "0.0000119", "0.0000120", "1400") });
    ASSERT_EQ(updates.size(), 1);
    EXPECT_TRUE(updates.at(0).at(0).toBool());

    // BTC: the first hand-computed case (exit at 130,000,000 / 89,500.0 / 1,432.6).
    const PositionValuation btc = book.valuation(1);
    ASSERT_TRUE(btc.pnl.has_value());
    EXPECT_TRUE(btc.live);
    EXPECT_EQ(btc.pnl->net.toString(), QStringLiteral("-1113.5177"));
    EXPECT_EQ(btc.exitPremium->toString(), QStringLiteral("1.37"));
    // SHIB: (0.019 − 0.018) × 1,000,000 = 1,000 KRW, plus (0.0000125 − 0.0000120) × 1,000,000 =
    // 0.5 USDT at 1,400 = 700 KRW.
    const PositionValuation shib = book.valuation(2);
    ASSERT_TRUE(shib.pnl.has_value());
    EXPECT_EQ(shib.pnl->koreaLeg.normalized().toString(), QStringLiteral("1000"));
    EXPECT_EQ(shib.pnl->foreignLegKrw.normalized().toString(), QStringLiteral("700"));
    EXPECT_EQ(shib.pnl->net.normalized().toString(), QStringLiteral("1700"));
    // ETH on Coinone/Bybit: no premium of its pair, so no PnL rather than another pair's.
    EXPECT_FALSE(book.valuation(3).pnl.has_value());
    EXPECT_FALSE(book.valuation(3).exitPremium.has_value());
    EXPECT_TRUE(book.valuation(3).entryPremium.has_value());

    EXPECT_EQ(book.entryPrices(QStringLiteral("SHIB"), kUpbitOkx),
              (LegPrices { dec("0.0191"), dec("0.0000119"), dec("1400") }));
    EXPECT_EQ(book.exitPrices(QStringLiteral("SHIB"), kUpbitOkx),
              (LegPrices { dec("0.019"), dec("0.0000120"), dec("1400") }));
    EXPECT_FALSE(book.exitPrices(QStringLiteral("ETH"), kCoinoneBybit).has_value());

    // The next cycle: SHIB's premium is stale, BTC's has no perp ask, ETH's pair has arrived.
    CoinPremium staleShib = premium("SHIB", kUpbitOkx, "0.019", "0.0191", "0.0000119", "0.0000120", "1400");
    staleShib.stale = true;
    CoinPremium btcWithoutAsk = premium("BTC", VenuePair {}, "130000000", "130010000", "89499.9", "89500.0");
    btcWithoutAsk.foreignAsk.reset();
    book.updateMarket(
        { staleShib, btcWithoutAsk, premium("ETH", kCoinoneBybit, "5000000", "5000100", "3000", "3000.1") });
    EXPECT_FALSE(book.valuation(1).pnl.has_value());
    EXPECT_FALSE(book.valuation(2).pnl.has_value());
    EXPECT_TRUE(book.valuation(3).pnl.has_value());

    // And one without any: nothing is valued at the last cycle's prices.
    book.updateMarket({});
    for (qint64 id : { 1, 2, 3 })
        EXPECT_FALSE(book.valuation(id).pnl.has_value()) << id;
}

TEST(PositionBook, DepthValuesOnlyPositionsOnItsOwnVenues)
{
    PositionBook book;
    Position btcOnUpbitOkx = samplePosition(2);
    btcOnUpbitOkx.koreanVenue = kUpbitOkx.korea;
    btcOnUpbitOkx.foreignVenue = kUpbitOkx.foreign;
    book.setPositions({ samplePosition(1), btcOnUpbitOkx });
    book.setDepth(fixtureDepth("130000000", "89500.0"));
    EXPECT_EQ(book.valuation(1).pnl->net.toString(), QStringLiteral("-1113.5177"));
    EXPECT_FALSE(book.valuation(2).pnl.has_value());
    EXPECT_FALSE(book.entryPrices(QStringLiteral("BTC"), kUpbitOkx).has_value());

    // The market's premium of a pair wins over the depth's.
    book.updateMarket({ premium("BTC", VenuePair {}, "129550000", "129560000", "89277.0", "89277.1") });
    EXPECT_EQ(book.exitPrices(QStringLiteral("BTC"), VenuePair {}),
              (LegPrices { dec("129550000"), dec("89277.1"), dec("1432.6") }));
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
