#pragma once

#include "marketquotes.h"

#include "expectedpremiums.h"
#include "premium/marketboard.h"

#include <gtest/gtest.h>

// The assertions of tests/data/expected-premiums.md on a board that holds the inputs of its moment:
// every coin on every venue pair, both bases, last, entry and exit, and no premium for the coins
// listed on one side only.
namespace MarketQuotes {

inline Quote fxQuote(const QString &price, qint64 receivedAtMs)
{
    Quote fx;
    fx.venue = QStringLiteral("dunamu");
    fx.symbol = QStringLiteral("USDKRW");
    fx.price = d(price);
    fx.receivedAtMs = receivedAtMs;
    return fx;
}

inline Quote fxQuote(const char *price, qint64 receivedAtMs)
{
    return fxQuote(QString::fromLatin1(price), receivedAtMs);
}

inline QString text(const std::optional<Decimal> &value)
{
    return value ? value->toFixed(2) : QStringLiteral("none");
}

inline void expectTheTable(const MarketBoard &board, const ExpectedPremiums &table)
{
    ASSERT_EQ(table.premiums().size(), 54);
    const std::optional<Quote> fx = fxQuote(table.fx(), table.momentMs() - 60'000);

    QHash<QString, QString> instruments; // "okx:SHIB" -> "SHIB-USDT-SWAP"
    QStringList perpVenues;
    for (const ExpectedPremiums::PerpInput &input : table.perps()) {
        instruments.insert(input.venue + QLatin1Char(':') + input.coin, input.instrument);
        if (!perpVenues.contains(input.venue))
            perpVenues.append(input.venue);
    }
    QStringList koreanVenues;
    for (const ExpectedPremiums::KoreanInput &input : table.korean()) {
        if (!koreanVenues.contains(input.venue))
            koreanVenues.append(input.venue);
    }

    int checked = 0;
    for (const ExpectedPremiums::Premium &row : table.premiums()) {
        const VenuePair pair { row.korea, row.foreign };
        const CoinPremium seed = board.premium(row.coin, pair, fx, PremiumBasis::Seed, table.momentMs());
        const CoinPremium global = board.premium(row.coin, pair, fx, PremiumBasis::Global, table.momentMs());
        const QString where = row.coin + QLatin1Char(' ') + pair.id();
        EXPECT_EQ(seed.foreignInstrument, instruments.value(row.foreign + QLatin1Char(':') + row.coin))
            << qPrintable(where);
        EXPECT_EQ(text(seed.rate), row.lastSeed) << qPrintable(where);
        EXPECT_EQ(text(global.rate), row.lastGlobal) << qPrintable(where);
        EXPECT_EQ(text(seed.entryRate), row.entrySeed) << qPrintable(where);
        EXPECT_EQ(text(global.entryRate), row.entryGlobal) << qPrintable(where);
        EXPECT_EQ(text(seed.exitRate), row.exitSeed) << qPrintable(where);
        EXPECT_EQ(text(global.exitRate), row.exitGlobal) << qPrintable(where);
        EXPECT_FALSE(seed.stale) << qPrintable(where + QStringLiteral(": ") + seed.reason);
        EXPECT_FALSE(seed.bookStale) << qPrintable(where);
        EXPECT_TRUE(seed.reason.isEmpty()) << qPrintable(where);
        ASSERT_TRUE(seed.preciseRate);
        EXPECT_EQ(seed.preciseRate->roundedHalfUp(2), *seed.rate) << qPrintable(where);
        EXPECT_LE(seed.preciseRate->scale(), 8);
        checked += 6;
    }
    EXPECT_EQ(checked, 54 * 2 * 3);

    // Listed on one side only: no premium on any pair, and the reason says which side is missing.
    EXPECT_EQ(table.unpaired(), (QStringList { QStringLiteral("BORA"), QStringLiteral("ORDI") }));
    ASSERT_EQ(koreanVenues.size() * perpVenues.size(), 9);
    for (const QString &korea : koreanVenues) {
        for (const QString &foreign : perpVenues) {
            const VenuePair pair { korea, foreign };
            const CoinPremium bora
                = board.premium(QStringLiteral("BORA"), pair, fx, PremiumBasis::Seed, table.momentMs());
            const CoinPremium ordi
                = board.premium(QStringLiteral("ORDI"), pair, fx, PremiumBasis::Seed, table.momentMs());
            EXPECT_FALSE(bora.rate || bora.entryRate || bora.exitRate);
            EXPECT_FALSE(ordi.rate || ordi.entryRate || ordi.exitRate);
            EXPECT_EQ(bora.reason, QStringLiteral("foreign missing, foreign book missing"));
            EXPECT_EQ(ordi.reason, QStringLiteral("korea missing, korea book missing"));
            EXPECT_TRUE(bora.stale && ordi.stale);
        }
    }
}

} // namespace MarketQuotes
