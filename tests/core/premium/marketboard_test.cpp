#include "marketquotes.h"

#include "premium/marketboard.h"

#include <gtest/gtest.h>

using namespace MarketQuotes;

namespace {

const QString Korea = QStringLiteral("bithumb");
const QString Perp = QStringLiteral("binance");
const QString Btc = QStringLiteral("BTC");
const QString Eth = QStringLiteral("ETH");
constexpr qint64 T0 = 1'796'025'600'000;

QList<DataIssue::Kind> kinds(const QList<DataIssue> &issues)
{
    QList<DataIssue::Kind> result;
    for (const DataIssue &issue : issues)
        result.append(issue.kind);
    return result;
}

QString lastOf(const MarketBoard &board, const QString &venue, const QString &coin)
{
    const BoardQuote *quote = board.quote(venue, coin);
    return quote && quote->last ? quote->last->value.toString() : QStringLiteral("none");
}

} // namespace

TEST(MarketBoard, MergesThePartsOfEachReplyFieldByField)
{
    MarketBoard board;
    MarketQuote ticker = last(Perp, Btc, "89277.1", T0);
    ticker.volume24h = d("152318.442");
    ticker.change24hRatio = d("0.0051");
    ticker.instrument = QStringLiteral("BTCUSDT");
    MarketQuote book = withBook(Perp, Btc, "89277", "89277.2", T0 + 100);
    MarketQuote funding = quote(Perp, Btc, T0 + 200, QuoteOrigin::Cache);
    funding.funding = FundingTerms { d("89279.43104562"), d("0.0001"), 1'796'054'400'000 };

    EXPECT_TRUE(board.apply(batch(Perp, { ticker })).isEmpty());
    EXPECT_TRUE(board.apply(batch(Perp, { book }, QStringLiteral("book"))).isEmpty());
    EXPECT_TRUE(board.apply(batch(Perp, { funding }, QStringLiteral("funding"))).isEmpty());

    const BoardQuote *merged = board.quote(Perp, Btc);
    ASSERT_NE(merged, nullptr);
    EXPECT_EQ(merged->instrument, QStringLiteral("BTC-CODE")); // the newest reply's code
    ASSERT_TRUE(merged->last && merged->book && merged->volume24h && merged->change24hRatio && merged->mark
                && merged->funding);
    EXPECT_EQ(merged->last->value, d("89277.1"));
    EXPECT_EQ(merged->last->receivedAtMs, T0);
    EXPECT_EQ(merged->volume24h->value, d("152318.442"));
    EXPECT_EQ(merged->change24hRatio->value, d("0.0051"));
    EXPECT_EQ(merged->book->value.bid, d("89277"));
    EXPECT_EQ(merged->book->value.ask, d("89277.2"));
    EXPECT_EQ(merged->book->receivedAtMs, T0 + 100);
    EXPECT_EQ(merged->book->origin, QuoteOrigin::Poll);
    EXPECT_EQ(merged->mark->value, d("89279.43104562"));
    EXPECT_EQ(merged->funding->value.rate, d("0.0001"));
    EXPECT_EQ(merged->funding->value.nextFundingTimeMs, 1'796'054'400'000);
    EXPECT_EQ(merged->funding->receivedAtMs, T0 + 200);
    EXPECT_EQ(merged->funding->origin, QuoteOrigin::Cache);

    // A later ticker replaces the last price and leaves the book alone.
    EXPECT_TRUE(board.apply(batch(Perp, { last(Perp, Btc, "89280", T0 + 1000) })).isEmpty());
    EXPECT_EQ(board.quote(Perp, Btc)->last->value, d("89280"));
    EXPECT_EQ(board.quote(Perp, Btc)->book->receivedAtMs, T0 + 100);
    EXPECT_EQ(board.quote(Perp, Eth), nullptr);
    EXPECT_EQ(board.quote(Korea, Btc), nullptr);
}

TEST(MarketBoard, MarkAndFundingRateMayArriveInSeparateReplies)
{
    MarketBoard board;
    MarketQuote rate = quote(Perp, Btc, T0);
    rate.funding = FundingTerms { Decimal(), d("0.0000823"), 1'796'054'400'000 };
    MarketQuote mark = quote(Perp, Btc, T0 + 50);
    mark.funding = FundingTerms { d("89312.9"), Decimal(), 0 };
    EXPECT_TRUE(board.apply(batch(Perp, { rate }, QStringLiteral("funding"))).isEmpty());
    ASSERT_TRUE(board.quote(Perp, Btc)->funding);
    EXPECT_FALSE(board.quote(Perp, Btc)->mark);
    EXPECT_TRUE(board.apply(batch(Perp, { mark }, QStringLiteral("mark"))).isEmpty());

    // The terms are complete, each part with the time of its own reply.
    const BoardQuote *merged = board.quote(Perp, Btc);
    ASSERT_TRUE(merged->mark && merged->funding);
    EXPECT_EQ(merged->mark->value, d("89312.9"));
    EXPECT_EQ(merged->mark->receivedAtMs, T0 + 50);
    EXPECT_EQ(merged->funding->value.markPrice, d("89312.9"));
    EXPECT_EQ(merged->funding->value.rate, d("0.0000823"));
    EXPECT_EQ(merged->funding->value.nextFundingTimeMs, 1'796'054'400'000);
    EXPECT_EQ(merged->funding->receivedAtMs, T0);

    // A new rate keeps the mark it already has.
    MarketQuote next = quote(Perp, Btc, T0 + 100);
    next.funding = FundingTerms { Decimal(), d("-0.00001"), 1'796'083'200'000 };
    board.apply(batch(Perp, { next }, QStringLiteral("funding")));
    EXPECT_EQ(board.quote(Perp, Btc)->funding->value.markPrice, d("89312.9"));
    EXPECT_EQ(board.quote(Perp, Btc)->funding->value.rate, d("-0.00001"));
}

TEST(MarketBoard, CrossedOrLockedBookIsDroppedWhileTheLastPriceStands)
{
    MarketBoard board;
    MarketQuote good = withBook(Perp, Btc, "89277", "89277.2", T0);
    EXPECT_TRUE(board.apply(batch(Perp, { good })).isEmpty());

    // bid == ask: the reply that used to open the venue's breaker.
    MarketQuote locked = withBook(Perp, Btc, "89277.1", "89277.1", T0 + 1000);
    locked.last = d("89277.1");
    const QList<DataIssue> issues = board.apply(batch(Perp, { locked }));
    ASSERT_EQ(issues.size(), 1);
    EXPECT_EQ(issues[0].kind, DataIssue::Kind::CrossedBook);
    EXPECT_EQ(issues[0].venue, Perp);
    EXPECT_EQ(issues[0].coin, Btc);
    EXPECT_EQ(issues[0].instrument, QStringLiteral("BTC-CODE"));
    EXPECT_EQ(lastOf(board, Perp, Btc), QStringLiteral("89277.1"));
    // The book before it stands, with its own time.
    EXPECT_EQ(board.quote(Perp, Btc)->book->value.bid, d("89277"));
    EXPECT_EQ(board.quote(Perp, Btc)->book->receivedAtMs, T0);

    const QList<DataIssue> crossed = board.apply(batch(Perp, { withBook(Perp, Btc, "89300", "89200", T0 + 2000) }));
    EXPECT_EQ(kinds(crossed), QList<DataIssue::Kind> { DataIssue::Kind::CrossedBook });
    EXPECT_EQ(board.quote(Perp, Btc)->book->value.bid, d("89277"));
}

TEST(MarketBoard, AnOutlierIsHeldUntilTheNextValuesConfirmIt)
{
    MarketBoard board(d("0.10"));
    EXPECT_TRUE(board.apply(batch(Korea, { last(Korea, Btc, "100", T0) })).isEmpty());

    // +20 %: held, the last accepted price stays.
    QList<DataIssue> issues = board.apply(batch(Korea, { last(Korea, Btc, "120", T0 + 1000) }));
    ASSERT_EQ(kinds(issues), QList<DataIssue::Kind> { DataIssue::Kind::Outlier });
    EXPECT_EQ(issues[0].coin, Btc);
    EXPECT_TRUE(issues[0].detail.contains(QStringLiteral("20.00 % from 100"))) << qPrintable(issues[0].detail);
    EXPECT_EQ(lastOf(board, Korea, Btc), QStringLiteral("100"));
    EXPECT_EQ(board.quote(Korea, Btc)->last->receivedAtMs, T0);

    issues = board.apply(batch(Korea, { last(Korea, Btc, "121", T0 + 2000) }));
    EXPECT_EQ(kinds(issues), QList<DataIssue::Kind> { DataIssue::Kind::Outlier });
    EXPECT_EQ(lastOf(board, Korea, Btc), QStringLiteral("100"));

    // The second confirmation: the move is real.
    EXPECT_TRUE(board.apply(batch(Korea, { last(Korea, Btc, "120.5", T0 + 3000) })).isEmpty());
    EXPECT_EQ(lastOf(board, Korea, Btc), QStringLiteral("120.5"));
    EXPECT_EQ(board.quote(Korea, Btc)->last->receivedAtMs, T0 + 3000);
}

TEST(MarketBoard, AGlitchIsDroppedWhenTheNextValueIsBackNearTheAcceptedOne)
{
    MarketBoard board(d("0.10"));
    board.apply(batch(Korea, { last(Korea, Btc, "100", T0) }));
    EXPECT_EQ(kinds(board.apply(batch(Korea, { last(Korea, Btc, "1", T0 + 1000) }))),
              QList<DataIssue::Kind> { DataIssue::Kind::Outlier });
    EXPECT_TRUE(board.apply(batch(Korea, { last(Korea, Btc, "100.5", T0 + 2000) })).isEmpty());
    EXPECT_EQ(lastOf(board, Korea, Btc), QStringLiteral("100.5"));
}

TEST(MarketBoard, EachPartAndEachCoinHasItsOwnGuard)
{
    MarketBoard board(d("0.10"));
    MarketQuote first = last(Korea, Btc, "100", T0);
    first.book = book(QStringLiteral("99"), QStringLiteral("101"));
    board.apply(batch(Korea, { first, last(Korea, Eth, "10", T0) }));

    // The book jumps while the last price does not: only the book is held. ETH's guard knows ETH.
    MarketQuote jump = last(Korea, Btc, "100.2", T0 + 1000);
    jump.book = book(QStringLiteral("149"), QStringLiteral("151"));
    const QList<DataIssue> issues = board.apply(batch(Korea, { jump, last(Korea, Eth, "10.5", T0 + 1000) }));
    ASSERT_EQ(kinds(issues), QList<DataIssue::Kind> { DataIssue::Kind::Outlier });
    EXPECT_TRUE(issues[0].detail.startsWith(QStringLiteral("book mid"))) << qPrintable(issues[0].detail);
    EXPECT_EQ(lastOf(board, Korea, Btc), QStringLiteral("100.2"));
    EXPECT_EQ(board.quote(Korea, Btc)->book->value.bid, d("99"));
    EXPECT_EQ(lastOf(board, Korea, Eth), QStringLiteral("10.5"));
}

TEST(MarketBoard, AbsurdValuesAreIssuesAndTheRestOfTheBatchStands)
{
    MarketBoard board;
    MarketQuote zero = last(Perp, Btc, "0", T0);
    MarketQuote negative = last(Perp, QStringLiteral("XRP"), "-2.1594", T0);
    MarketQuote huge = last(Perp, QStringLiteral("SOL"), "1e16", T0);
    MarketQuote badBook = withBook(Perp, QStringLiteral("DOGE"), "0", "0.21657", T0);
    MarketQuote badVolume = last(Perp, QStringLiteral("ADA"), "0.5", T0);
    badVolume.volume24h = d("-1");
    badVolume.change24hRatio = d("-1");
    MarketQuote badFunding = quote(Perp, QStringLiteral("LINK"), T0);
    badFunding.funding = FundingTerms { d("-15"), d("1.5"), 1'796'054'400'000 };
    MarketQuote fine = last(Perp, Eth, "2954.83", T0);

    QuoteBatch reply = batch(Perp, { zero, negative, huge, badBook, badVolume, fine, badFunding });
    DataIssue fromAdapter;
    fromAdapter.kind = DataIssue::Kind::Malformed;
    fromAdapter.venue = Perp;
    fromAdapter.instrument = QStringLiteral("???");
    reply.issues.append(fromAdapter);

    const QList<DataIssue> issues = board.apply(reply);
    ASSERT_EQ(issues.size(), 9);
    EXPECT_EQ(issues[0].kind, DataIssue::Kind::Malformed); // the batch's own first
    for (qsizetype i = 1; i < issues.size(); ++i) {
        EXPECT_EQ(issues[i].kind, DataIssue::Kind::Absurd) << qPrintable(issues[i].describe());
        EXPECT_EQ(issues[i].venue, Perp);
    }
    EXPECT_EQ(issues[1].coin, Btc);
    EXPECT_EQ(issues[1].detail, QStringLiteral("last 0"));
    EXPECT_EQ(issues[5].detail, QStringLiteral("24 h volume -1"));
    EXPECT_EQ(issues[6].detail, QStringLiteral("24 h change -1"));
    EXPECT_EQ(issues[7].detail, QStringLiteral("mark -15"));
    EXPECT_EQ(issues[8].detail, QStringLiteral("funding rate 1.5"));

    EXPECT_EQ(lastOf(board, Perp, Btc), QStringLiteral("none"));
    EXPECT_EQ(lastOf(board, Perp, QStringLiteral("XRP")), QStringLiteral("none"));
    EXPECT_EQ(lastOf(board, Perp, QStringLiteral("SOL")), QStringLiteral("none"));
    EXPECT_FALSE(board.quote(Perp, QStringLiteral("DOGE"))->book);
    EXPECT_EQ(lastOf(board, Perp, QStringLiteral("ADA")), QStringLiteral("0.5"));
    EXPECT_FALSE(board.quote(Perp, QStringLiteral("ADA"))->volume24h);
    EXPECT_FALSE(board.quote(Perp, QStringLiteral("LINK"))->funding);
    EXPECT_EQ(lastOf(board, Perp, Eth), QStringLiteral("2954.83"));
}

TEST(MarketBoard, ACachedQuoteIsValidatedLikeAPolledOne)
{
    // A follower's board sees the same replies through the cache as the poller's board does
    // from the venue: the same values are dropped, for the same reasons.
    MarketBoard poller(d("0.10"));
    MarketBoard follower(d("0.10"));
    const QList<QList<MarketQuote>> replies = {
        { last(Korea, Btc, "100", T0) },
        { last(Korea, Btc, "150", T0 + 1000) },
        { withBook(Korea, Btc, "101", "100", T0 + 2000) },
        { last(Korea, Btc, "0", T0 + 3000) },
    };
    for (const QList<MarketQuote> &reply : replies) {
        QList<MarketQuote> cached = reply;
        for (MarketQuote &quote : cached)
            quote.origin = QuoteOrigin::Cache;
        const QList<DataIssue> polledIssues = poller.apply(batch(Korea, reply));
        const QList<DataIssue> cachedIssues = follower.apply(batch(Korea, cached));
        EXPECT_EQ(kinds(cachedIssues), kinds(polledIssues));
        EXPECT_EQ(lastOf(follower, Korea, Btc), lastOf(poller, Korea, Btc));
    }
    EXPECT_EQ(lastOf(follower, Korea, Btc), QStringLiteral("100"));
    EXPECT_EQ(follower.quote(Korea, Btc)->last->origin, QuoteOrigin::Cache);
    EXPECT_FALSE(follower.quote(Korea, Btc)->book);
}

TEST(MarketBoard, TheSameTickReadTwiceCannotConfirmItsOwnOutlier)
{
    MarketBoard follower(d("0.10"));
    follower.apply(batch(Korea, { last(Korea, Btc, "100", T0, QuoteOrigin::Cache) }));
    const MarketQuote jump = last(Korea, Btc, "150", T0 + 1000, QuoteOrigin::Cache);
    EXPECT_EQ(kinds(follower.apply(batch(Korea, { jump }))), QList<DataIssue::Kind> { DataIssue::Kind::Outlier });
    // The cache still holds the same tick on the next reads: no news, no confirmation.
    for (int read = 0; read < 3; ++read)
        EXPECT_TRUE(follower.apply(batch(Korea, { jump })).isEmpty());
    EXPECT_EQ(lastOf(follower, Korea, Btc), QStringLiteral("100"));
    // An older part never overwrites a newer one.
    EXPECT_TRUE(follower.apply(batch(Korea, { last(Korea, Btc, "99", T0 - 1000, QuoteOrigin::Cache) })).isEmpty());
    EXPECT_EQ(lastOf(follower, Korea, Btc), QStringLiteral("100"));
}

TEST(MarketBoard, ForgetsADelistedCoinAndItsGuard)
{
    MarketBoard board(d("0.10"));
    board.apply(batch(Korea, { last(Korea, Btc, "100", T0), last(Korea, Eth, "10", T0) }));
    CoinStatus status;
    status.venue = Korea;
    status.coin = Btc;
    status.caution = true;
    board.apply(QList<CoinStatus> { status });

    board.forget(Korea, { Btc });
    EXPECT_EQ(board.quote(Korea, Btc), nullptr);
    EXPECT_EQ(board.status(Korea, Btc), nullptr);
    EXPECT_EQ(board.coins(Korea), QStringList { Eth });
    EXPECT_EQ(lastOf(board, Korea, Eth), QStringLiteral("10"));

    // Listed again later at another price: a fresh start, not an outlier against the old price.
    EXPECT_TRUE(board.apply(batch(Korea, { last(Korea, Btc, "300", T0 + 1000) })).isEmpty());
    EXPECT_EQ(lastOf(board, Korea, Btc), QStringLiteral("300"));
    board.forget(QStringLiteral("nowhere"), { Btc });
}

TEST(MarketBoard, KeepsTheWalletAndTheCautionFromTheirOwnJobs)
{
    MarketBoard board;
    CoinStatus wallet;
    wallet.venue = Korea;
    wallet.coin = QStringLiteral("XRP");
    wallet.networks = { NetworkWallet { QStringLiteral("XRP"), true, false } };
    wallet.receivedAtMs = T0;
    CoinStatus caution;
    caution.venue = Korea;
    caution.coin = QStringLiteral("XRP");
    caution.caution = true;
    caution.cautionReasons = { QStringLiteral("CAUTION") };
    caution.receivedAtMs = T0 + 10;
    board.apply(QList<CoinStatus> { wallet });
    board.apply(QList<CoinStatus> { caution });

    const CoinStatus *merged = board.status(Korea, QStringLiteral("XRP"));
    ASSERT_NE(merged, nullptr);
    EXPECT_EQ(merged->withdrawalOpen(), std::optional<bool>(false));
    EXPECT_EQ(merged->depositOpen(), std::optional<bool>(true));
    EXPECT_EQ(merged->caution, std::optional<bool>(true));
    EXPECT_EQ(merged->cautionReasons, QStringList { QStringLiteral("CAUTION") });
    EXPECT_EQ(merged->receivedAtMs, T0 + 10);

    // The wallet job again: the caution stays, the wallet is replaced.
    wallet.networks = { NetworkWallet { QStringLiteral("XRP"), true, true } };
    board.apply(QList<CoinStatus> { wallet });
    EXPECT_EQ(board.status(Korea, QStringLiteral("XRP"))->withdrawalOpen(), std::optional<bool>(true));
    EXPECT_EQ(board.status(Korea, QStringLiteral("XRP"))->caution, std::optional<bool>(true));
}

TEST(MarketBoard, AQuoteWithoutACoinIsMalformed)
{
    MarketBoard board;
    MarketQuote orphan = last(Perp, QString(), "1", T0);
    EXPECT_EQ(kinds(board.apply(batch(Perp, { orphan }))), QList<DataIssue::Kind> { DataIssue::Kind::Malformed });
    EXPECT_TRUE(board.coins(Perp).isEmpty());
}
