#include "marketquotes.h"

#include "premium/marketboard.h"
#include "premiumtable.h"

#include <gtest/gtest.h>

using namespace MarketQuotes;

namespace {

constexpr qint64 T0 = 1'796'025'600'000;
const VenuePair Pair { QStringLiteral("upbit"), QStringLiteral("okx") };
const QString Coin = QStringLiteral("ETH");

// Every quote of the table's inputs, as adapters hand them over: prices per coin, sizes in coins.
MarketBoard boardFromTheTablesInputs(const ExpectedPremiums &table)
{
    MarketBoard board;
    for (const ExpectedPremiums::KoreanInput &input : table.korean()) {
        MarketQuote q = quote(input.venue, input.coin, table.momentMs());
        q.instrument = QStringLiteral("KRW-") + input.coin;
        q.last = d(input.last);
        q.book = book(input.bid, input.ask);
        q.volume24h = d(input.volume24h);
        EXPECT_TRUE(board.apply(batch(input.venue, { q })).isEmpty());
    }
    for (const ExpectedPremiums::PerpInput &input : table.perps()) {
        const Decimal multiplier = d(input.multiplier);
        const auto perCoin = [&](const QString &quoted) {
            return d(quoted).dividedBy(multiplier).value();
        };
        MarketQuote q = quote(input.venue, input.coin, table.momentMs());
        q.instrument = input.instrument;
        q.last = perCoin(input.last);
        q.book = BookTop { perCoin(input.bid), d("1"), perCoin(input.ask), d("1") };
        q.volume24h = d(input.volume24h);
        q.funding = FundingTerms { perCoin(input.mark), d(input.fundingRate), input.nextFundingTimeMs };
        EXPECT_TRUE(board.apply(batch(input.venue, { q })).isEmpty());
    }
    return board;
}

// A board with fresh ETH quotes on both venues of the pair at T0.
MarketBoard freshBoard()
{
    MarketBoard board;
    MarketQuote korea = last(Pair.korea, Coin, "4319000", T0);
    korea.book = book(QStringLiteral("4319000"), QStringLiteral("4320000"));
    MarketQuote foreign = last(Pair.foreign, Coin, "2956.03", T0);
    foreign.book = book(QStringLiteral("2956.03"), QStringLiteral("2956.04"));
    board.apply(batch(Pair.korea, { korea }));
    board.apply(batch(Pair.foreign, { foreign }));
    return board;
}

} // namespace

// Every coin on every venue pair, both bases, last, entry and exit: the numbers of
// tests/data/expected-premiums.md, read from the file, from quotes built from its own inputs.
TEST(CoinPremium, ReproducesTheExpectedPremiumsTable)
{
    QString error;
    const auto table = ExpectedPremiums::load(&error);
    ASSERT_TRUE(table) << qPrintable(error);
    ASSERT_EQ(table->korean().size(), 21);
    ASSERT_EQ(table->perps().size(), 21);
    expectTheTable(boardFromTheTablesInputs(*table), *table);
}

TEST(CoinPremium, CarriesTheInputsFundingVolumeAndOrigins)
{
    MarketBoard board;
    MarketQuote korea = last(Pair.korea, Coin, "4319000", T0, QuoteOrigin::Cache);
    korea.book = book(QStringLiteral("4319000"), QStringLiteral("4320000"));
    korea.volume24h = d("31870.2231");
    korea.change24hRatio = d("0.0123");
    MarketQuote foreign = last(Pair.foreign, Coin, "2956.03", T0 + 20);
    foreign.instrument = QStringLiteral("ETH-USDT-SWAP");
    foreign.book = book(QStringLiteral("2956.03"), QStringLiteral("2956.04"));
    foreign.funding = FundingTerms { d("2955.98"), d("0.0000641"), 1'796'054'400'000 };
    board.apply(batch(Pair.korea, { korea }));
    board.apply(batch(Pair.foreign, { foreign }));

    const CoinPremium premium = board.premium(Coin, Pair, fxQuote("1432.60", T0 - 5), PremiumBasis::Seed, T0 + 1000);
    EXPECT_EQ(premium.coin, Coin);
    EXPECT_EQ(premium.pair, Pair);
    EXPECT_EQ(premium.basis, PremiumBasis::Seed);
    EXPECT_EQ(premium.foreignInstrument, QStringLiteral("ETH-USDT-SWAP"));
    EXPECT_EQ(text(premium.rate), QStringLiteral("1.95"));
    EXPECT_EQ(premium.preciseRate->toString(), QStringLiteral("1.94932674"));
    EXPECT_EQ(text(premium.entryRate), QStringLiteral("1.97"));
    EXPECT_EQ(text(premium.exitRate), QStringLiteral("1.95"));
    EXPECT_EQ(premium.koreaPrice, d("4319000"));
    EXPECT_EQ(premium.foreignPrice, d("2956.03"));
    EXPECT_EQ(premium.fx, d("1432.60"));
    EXPECT_EQ(premium.koreaAsk, d("4320000"));
    EXPECT_EQ(premium.foreignBid, d("2956.03"));
    EXPECT_EQ(premium.fundingRate, d("0.0000641"));
    EXPECT_EQ(premium.nextFundingTimeMs, 1'796'054'400'000);
    EXPECT_EQ(premium.koreaVolume24h, d("31870.2231"));
    EXPECT_EQ(premium.koreaChange24hRatio, d("0.0123"));
    EXPECT_EQ(premium.koreaOrigin, QuoteOrigin::Cache);
    EXPECT_EQ(premium.foreignOrigin, QuoteOrigin::Poll);
    EXPECT_EQ(premium.koreaReceivedAtMs, T0);
    EXPECT_EQ(premium.foreignReceivedAtMs, T0 + 20);
    EXPECT_EQ(premium.fxReceivedAtMs, T0 - 5);
    EXPECT_EQ(premium.koreaBookReceivedAtMs, T0);
    EXPECT_EQ(premium.observedAtMs, T0 + 1000);
    EXPECT_FALSE(premium.stale);
    EXPECT_TRUE(premium.reason.isEmpty());
    // No status from the Korean venue yet: unknown, not open.
    EXPECT_FALSE(premium.withdrawalOpen || premium.depositOpen || premium.caution);
}

TEST(CoinPremium, EachInputIsStaleOnItsOwnAndTheLastGoodValuesStay)
{
    const MarketBoard board = freshBoard();
    const std::optional<Quote> fx = fxQuote("1432.60", T0);

    // Exactly at the limit is still fresh.
    EXPECT_TRUE(board.premium(Coin, Pair, fx, PremiumBasis::Seed, T0 + 5'000).reason.isEmpty());

    const CoinPremium old = board.premium(Coin, Pair, fx, PremiumBasis::Seed, T0 + 5'001);
    EXPECT_TRUE(old.stale);
    EXPECT_TRUE(old.bookStale);
    EXPECT_EQ(old.reason, QStringLiteral("korea stale, foreign stale, korea book stale, foreign book stale"));
    EXPECT_EQ(text(old.rate), QStringLiteral("1.95")); // the last good values, flagged
    EXPECT_EQ(text(old.entryRate), QStringLiteral("1.97"));

    // Only the perp is fresh again: the Korean side is named alone.
    MarketBoard oneSide = freshBoard();
    MarketQuote foreign = last(Pair.foreign, Coin, "2956.05", T0 + 6'000);
    foreign.book = book(QStringLiteral("2956.04"), QStringLiteral("2956.06"));
    oneSide.apply(batch(Pair.foreign, { foreign }));
    const CoinPremium korea = oneSide.premium(Coin, Pair, fx, PremiumBasis::Seed, T0 + 6'000);
    EXPECT_TRUE(korea.stale);
    EXPECT_EQ(korea.reason, QStringLiteral("korea stale, korea book stale"));

    // The book alone is old: the last-based rate is fresh, entry and exit are flagged.
    MarketBoard bookOld = freshBoard();
    bookOld.apply(batch(Pair.korea, { last(Pair.korea, Coin, "4319000", T0 + 6'000) }));
    bookOld.apply(batch(Pair.foreign, { foreign }));
    const CoinPremium book = bookOld.premium(Coin, Pair, fx, PremiumBasis::Seed, T0 + 6'000);
    EXPECT_FALSE(book.stale);
    EXPECT_TRUE(book.bookStale);
    EXPECT_EQ(book.reason, QStringLiteral("korea book stale"));
    EXPECT_EQ(text(book.entryRate), QStringLiteral("1.97"));

    // FX: 15 minutes of age are allowed, not a millisecond more.
    EXPECT_TRUE(board.premium(Coin, Pair, fxQuote("1432.60", T0 - 900'000), PremiumBasis::Seed, T0).reason.isEmpty());
    const CoinPremium fxOld = board.premium(Coin, Pair, fxQuote("1432.60", T0 - 900'001), PremiumBasis::Seed, T0);
    EXPECT_TRUE(fxOld.stale && fxOld.bookStale);
    EXPECT_EQ(fxOld.reason, QStringLiteral("fx stale"));
    EXPECT_EQ(text(fxOld.rate), QStringLiteral("1.95"));

    const CoinPremium noFx = board.premium(Coin, Pair, std::nullopt, PremiumBasis::Seed, T0);
    EXPECT_TRUE(noFx.stale);
    EXPECT_EQ(noFx.reason, QStringLiteral("fx missing"));
    EXPECT_FALSE(noFx.rate || noFx.entryRate || noFx.exitRate);

    // A quote from another instance whose clock runs ahead is fresh, not of negative age.
    EXPECT_TRUE(board.premium(Coin, Pair, fx, PremiumBasis::Seed, T0 - 2'000).reason.isEmpty());
}

TEST(CoinPremium, AMissingInputIsNamedAndLeavesItsRatesUnset)
{
    MarketBoard board;
    board.apply(batch(Pair.korea, { last(Pair.korea, Coin, "4319000", T0) }));
    const CoinPremium premium = board.premium(Coin, Pair, fxQuote("1432.60", T0), PremiumBasis::Global, T0);
    EXPECT_TRUE(premium.stale);
    EXPECT_EQ(premium.reason, QStringLiteral("foreign missing, korea book missing, foreign book missing"));
    EXPECT_EQ(premium.koreaPrice, d("4319000"));
    EXPECT_FALSE(premium.foreignPrice || premium.rate || premium.preciseRate || premium.entryRate);
    EXPECT_TRUE(premium.foreignInstrument.isEmpty());
}

TEST(CoinPremium, TheKoreanVenuesWordOnTheCoinComesWithIt)
{
    MarketBoard board = freshBoard();
    CoinStatus korean;
    korean.venue = Pair.korea;
    korean.coin = Coin;
    korean.networks = { NetworkWallet { QStringLiteral("ETH"), true, false },
                        NetworkWallet { QStringLiteral("BASE"), false, false } };
    korean.caution = true;
    // What another venue says about the coin is not the pair's business.
    CoinStatus other = korean;
    other.venue = QStringLiteral("coinone");
    other.networks = { NetworkWallet { QString(), true, true } };
    other.caution = false;
    board.apply(QList<CoinStatus> { korean, other });

    const CoinPremium premium = board.premium(Coin, Pair, fxQuote("1432.60", T0), PremiumBasis::Seed, T0);
    EXPECT_EQ(premium.depositOpen, std::optional<bool>(true));
    EXPECT_EQ(premium.withdrawalOpen, std::optional<bool>(false));
    EXPECT_EQ(premium.caution, std::optional<bool>(true));
}

TEST(CoinPremium, PremiumsFollowTheCoinsInTheirOrder)
{
    const MarketBoard board = freshBoard();
    const QList<CoinPremium> all
        = board.premiums({ QStringLiteral("BTC"), Coin }, Pair, fxQuote("1432.60", T0), PremiumBasis::Seed, T0);
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all[0].coin, QStringLiteral("BTC"));
    EXPECT_FALSE(all[0].rate);
    EXPECT_EQ(all[1].coin, Coin);
    EXPECT_EQ(text(all[1].rate), QStringLiteral("1.95"));
}

TEST(CoinPremium, AVenueThatStopsAnsweringStalesOnlyThePairsItIsIn)
{
    const QString silent = QStringLiteral("bybit");
    MarketBoard board;
    const auto cycle = [&](qint64 at, bool silentAnswers) {
        for (const QString &venue : { Pair.korea, Pair.foreign, silent }) {
            if (venue == silent && !silentAnswers)
                continue;
            MarketQuote q = last(venue, Coin, venue == Pair.korea ? "4319000" : "2956.03", at);
            q.book = venue == Pair.korea ? book(QStringLiteral("4319000"), QStringLiteral("4320000"))
                                         : book(QStringLiteral("2956.03"), QStringLiteral("2956.04"));
            board.apply(batch(venue, { q }));
        }
    };
    cycle(T0, true);
    for (qint64 second = 1; second <= 10; ++second)
        cycle(T0 + second * 1000, false);

    const qint64 now = T0 + 10'000;
    const std::optional<Quote> fx = fxQuote("1432.60", now);
    const CoinPremium live = board.premium(Coin, Pair, fx, PremiumBasis::Seed, now);
    const CoinPremium down = board.premium(Coin, VenuePair { Pair.korea, silent }, fx, PremiumBasis::Seed, now);
    EXPECT_FALSE(live.stale);
    EXPECT_TRUE(live.reason.isEmpty());
    EXPECT_EQ(live.koreaReceivedAtMs, now);
    EXPECT_TRUE(down.stale);
    EXPECT_EQ(down.reason, QStringLiteral("foreign stale, foreign book stale"));
    EXPECT_EQ(down.foreignReceivedAtMs, T0);
    EXPECT_EQ(text(down.rate), text(live.rate)); // its last good values, flagged
}
