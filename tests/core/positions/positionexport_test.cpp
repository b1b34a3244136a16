#include "positions/pnlcalculator.h"
#include "positions/positionexport.h"

#include "positiontestdata.h"

#include <gtest/gtest.h>

namespace {

PositionExport::Row closedRow()
{
    Position position = samplePosition(4);
    position.exit = LegPrices{dec("130000000"), dec("89500.0"), dec("1432.6")};
    position.closedAtMs = 4'000'000;
    position.note = QStringLiteral("said \"hi\", then left");
    PositionValuation valuation;
    valuation.entryPremium = dec("1.28");
    valuation.exitPremium = dec("1.37");
    valuation.pnl = PnlCalculator::realised(position, {});
    return {position, valuation};
}

} // namespace

TEST(PositionExport, JsonOfAClosedPosition)
{
    const QJsonObject object = PositionExport::json(closedRow(), PremiumBasis::Seed);
    EXPECT_EQ(object.value(u"id").toInteger(), 4);
    EXPECT_EQ(object.value(u"symbol").toString(), QStringLiteral("BTC"));
    EXPECT_EQ(object.value(u"status").toString(), QStringLiteral("closed"));
    EXPECT_EQ(object.value(u"quantity").toString(), QStringLiteral("0.01"));
    EXPECT_EQ(object.value(u"korea_entry_price").toString(), QStringLiteral("129560000"));
    EXPECT_EQ(object.value(u"foreign_entry_price").toString(), QStringLiteral("89277"));
    EXPECT_EQ(object.value(u"entry_fx").toString(), QStringLiteral("1432.6"));
    EXPECT_EQ(object.value(u"korea_fee_rate").toString(), QStringLiteral("0.0004"));
    EXPECT_EQ(object.value(u"foreign_fee_rate").toString(), QStringLiteral("0.0005"));
    EXPECT_EQ(object.value(u"opened_at").toString(), QStringLiteral("1970-01-01T00:16:40.000Z"));
    EXPECT_EQ(object.value(u"closed_at").toString(), QStringLiteral("1970-01-01T01:06:40.000Z"));
    EXPECT_EQ(object.value(u"entry_premium").toString(), QStringLiteral("1.28"));
    EXPECT_EQ(object.value(u"exit_premium").toString(), QStringLiteral("1.37"));
    EXPECT_EQ(object.value(u"korea_exit_price").toString(), QStringLiteral("130000000"));
    EXPECT_EQ(object.value(u"foreign_exit_price").toString(), QStringLiteral("89500"));
    EXPECT_EQ(object.value(u"exit_fx").toString(), QStringLiteral("1432.6"));
    EXPECT_EQ(object.value(u"realised_pnl_krw").toString(), QStringLiteral("-1113.5177"));
    EXPECT_EQ(object.value(u"fees_krw").toString(), QStringLiteral("2318.8197"));
    EXPECT_EQ(object.value(u"basis").toString(), QStringLiteral("seed"));
}

TEST(PositionExport, AnOpenPositionHasNoRealisedFigures)
{
    PositionExport::Row row = closedRow();
    row.position.exit.reset();
    row.valuation.pnl = PnlCalculator::evaluate(row.position, LegPrices{dec("1"), dec("1"), dec("1")}, Decimal());
    const QJsonObject object = PositionExport::json(row, PremiumBasis::Global);
    EXPECT_EQ(object.value(u"status").toString(), QStringLiteral("open"));
    for (const char *key : {"closed_at", "korea_exit_price", "exit_fx", "exit_premium", "realised_pnl_krw", "fees_krw"})
        EXPECT_TRUE(object.value(QString::fromLatin1(key)).isNull()) << key;
    EXPECT_EQ(object.value(u"basis").toString(), QStringLiteral("global"));
}

TEST(PositionExport, CsvHasTheSameColumnsAndQuotesText)
{
    const QByteArray csv = PositionExport::csv({closedRow()}, PremiumBasis::Seed);
    const QList<QByteArray> lines = csv.split('\n');
    ASSERT_EQ(lines.size(), 3);  // header, row, empty after the last CRLF
    EXPECT_TRUE(lines[0].startsWith("id,symbol,status,quantity,"));
    EXPECT_EQ(QString::fromUtf8(lines[0].trimmed()).split(u','), PositionExport::columns());
    EXPECT_TRUE(lines[1].startsWith("4,BTC,closed,0.01,bithumb,binance,129560000,89277,1432.6,"));
    EXPECT_TRUE(lines[1].endsWith(",\"said \"\"hi\"\", then left\"\r")) << lines[1].constData();
    EXPECT_TRUE(csv.endsWith("\r\n"));
}
