#include "venues/bithumbvenue.h"
#include "venues/coinonevenue.h"
#include "venues/upbitvenue.h"
#include "venues/venuedirectory.h"

#include "koreanvenuetest.h"

#include <QHash>

using namespace KoreanVenueTest;

namespace {

// One row of the "Korean spot inputs" table of expected-premiums.md.
struct Expected
{
    QString coin;
    QString venue;
    Decimal last;
    Decimal bid;
    Decimal ask;
    Decimal volume;
};

// "129,555,000", "319 (a size-0 level at 320 above it)": the number the cell starts with.
Decimal cellNumber(const QString &cell)
{
    const std::optional<Decimal> value = Decimal::fromString(cell.section(QLatin1Char(' '), 0, 0));
    EXPECT_TRUE(value.has_value()) << cell.toStdString();
    return value.value_or(Decimal());
}

QList<Expected> expectedInputs()
{
    const QString text = QString::fromUtf8(fixtureFile(QStringLiteral("expected-premiums.md")));
    const qsizetype start = text.indexOf(QStringLiteral("## Korean spot inputs"));
    const qsizetype end = text.indexOf(QStringLiteral("\n## "), start + 1);
    QList<Expected> rows;
    for (const QString &line : text.mid(start, end - start).split(QLatin1Char('\n'))) {
        const QStringList cells = line.split(QLatin1Char('|'));
        // | coin | venue | last | bid | ask | volume |: 8 pieces with the empty ends.
        if (cells.size() != 8 || !cells[3].trimmed().front().isDigit())
            continue;
        rows.append(Expected { cells[1].trimmed(), cells[2].trimmed(), cellNumber(cells[3].trimmed()),
                               cellNumber(cells[4].trimmed()), cellNumber(cells[5].trimmed()),
                               cellNumber(cells[6].trimmed()) });
    }
    return rows;
}

// Every quote the venue's fixtures give, merged per coin (a ticker reply and a book reply).
QHash<QString, MarketQuote> quotesOf(const VenueAdapter &venue, const QString &listing,
                                     const QList<std::pair<QString, QString>> &replies)
{
    const InstrumentSet followed = listed(venue, listing);
    QHash<QString, MarketQuote> merged;
    for (const auto &[request, fixture] : replies) {
        const QuoteBatch batch = batchOf(venue, followed, request, fixture);
        EXPECT_TRUE(batch.issues.isEmpty())
            << fixture.toStdString() << ": " << batch.issues.value(0).describe().toStdString();
        for (const MarketQuote &quote : batch.quotes) {
            MarketQuote &into = merged[quote.coin];
            into.coin = quote.coin;
            into.last = quote.last ? quote.last : into.last;
            into.book = quote.book ? quote.book : into.book;
            into.volume24h = quote.volume24h ? quote.volume24h : into.volume24h;
        }
    }
    return merged;
}

} // namespace

TEST(KoreanSpotInputs, EveryCoinOnEveryKoreanVenueAsTheTableSays)
{
    const QList<Expected> expected = expectedInputs();
    ASSERT_EQ(expected.size(), 21); // seven coins on three venues

    const BithumbVenue bithumb;
    const UpbitVenue upbit;
    const CoinoneVenue coinone;
    QHash<QString, QHash<QString, MarketQuote>> quotes;
    quotes[bithumb.id()] = quotesOf(bithumb, QStringLiteral("bithumb/v1-market-all.json"),
                                    { { QStringLiteral("ticker"), QStringLiteral("bithumb/v1-ticker-many.json") },
                                      { QStringLiteral("book"), QStringLiteral("bithumb/v1-orderbook-many.json") } });
    quotes[upbit.id()] = quotesOf(upbit, QStringLiteral("upbit/v1-market-all-details.json"),
                                  { { QStringLiteral("ticker"), QStringLiteral("upbit/v1-ticker-all-krw.json") },
                                    { QStringLiteral("book"), QStringLiteral("upbit/v1-orderbook-many.json") } });
    quotes[coinone.id()]
        = quotesOf(coinone, QStringLiteral("coinone/public-v2-ticker-new-krw.json"),
                   { { QStringLiteral("ticker"), QStringLiteral("coinone/public-v2-ticker-new-krw.json") } });

    for (const Expected &row : expected) {
        SCOPED_TRACE(row.coin.toStdString() + " on " + row.venue.toStdString());
        ASSERT_TRUE(quotes.value(row.venue).contains(row.coin));
        const MarketQuote quote = quotes.value(row.venue).value(row.coin);
        ASSERT_TRUE(quote.last && quote.book && quote.volume24h);
        // Exact decimals: the same digits, not merely the same value.
        EXPECT_EQ(quote.last->toString(), row.last.normalized().toString());
        EXPECT_EQ(quote.book->bid.toString(), row.bid.normalized().toString());
        EXPECT_EQ(quote.book->ask.toString(), row.ask.normalized().toString());
        EXPECT_EQ(quote.volume24h->toString(), row.volume.normalized().toString());
    }
}

TEST(KoreanSpotInputs, TheDirectoryListsTheKoreanVenuesInOrder)
{
    const VenueDirectory &directory = VenueDirectory::standard();
    EXPECT_EQ(directory.ids(VenueSide::KoreanSpot),
              (QStringList { QStringLiteral("bithumb"), QStringLiteral("upbit"), QStringLiteral("coinone") }));
    for (const QString &id : directory.ids(VenueSide::KoreanSpot)) {
        ASSERT_NE(directory.find(id), nullptr);
        EXPECT_EQ(directory.find(id)->id(), id);
        EXPECT_EQ(directory.find(id)->side(), VenueSide::KoreanSpot);
    }
}
