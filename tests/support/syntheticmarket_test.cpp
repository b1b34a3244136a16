#include "syntheticmarket.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace {

QJsonArray rowsOf(const QByteArray &body, const QStringList &rowsAt)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (rowsAt.isEmpty())
        return document.array();
    QJsonValue value = document.object();
    for (const QString &key : rowsAt)
        value = value.toObject().value(key);
    return value.toArray();
}

} // namespace

TEST(SyntheticMarket, EveryVenuePlaysEveryCoinInItsOwnFormat)
{
    const SyntheticMarket market(250);
    EXPECT_EQ(market.coins().size(), 250);
    EXPECT_EQ(market.coins().constFirst(), QStringLiteral("COIN001"));
    EXPECT_EQ(market.coins().constLast(), QStringLiteral("COIN250"));
    EXPECT_EQ(market.venues().size(), 6);

    const QJsonArray coinone
        = rowsOf(market.reply(QStringLiteral("coinone"), QStringLiteral("/public/v2/ticker_new/KRW")),
                 { QStringLiteral("tickers") });
    ASSERT_EQ(coinone.size(), 250);
    EXPECT_EQ(coinone[6].toObject().value(QStringLiteral("target_currency")).toString(), QStringLiteral("coin007"));

    const QByteArray bybitBody = market.reply(QStringLiteral("bybit"), QStringLiteral("/v5/market/tickers"));
    const QJsonArray bybit = rowsOf(bybitBody, { QStringLiteral("result"), QStringLiteral("list") });
    ASSERT_EQ(bybit.size(), 250);
    // The envelope of the real reply is kept around the rows.
    EXPECT_EQ(QJsonDocument::fromJson(bybitBody).object().value(QStringLiteral("retCode")).toInt(-1), 0);
    const QJsonObject row = bybit[9].toObject();
    EXPECT_EQ(row.value(QStringLiteral("symbol")).toString(), QStringLiteral("COIN010USDT"));
    // Strings stay strings; prices scaled by 1.10 (within the drift), the book still the right way round.
    const double last = row.value(QStringLiteral("lastPrice")).toString().toDouble();
    EXPECT_NEAR(last, 89213.8 * 1.10, 89213.8 * 1.10 * 0.0011);
    EXPECT_LT(row.value(QStringLiteral("bid1Price")).toString().toDouble(),
              row.value(QStringLiteral("ask1Price")).toString().toDouble());
    EXPECT_EQ(row.value(QStringLiteral("fundingRate")).toString(), QStringLiteral("0.00005"));

    // JSON numbers stay numbers.
    const QJsonArray upbit = rowsOf(market.reply(QStringLiteral("upbit"), QStringLiteral("/v1/ticker/all")), {});
    ASSERT_EQ(upbit.size(), 250);
    EXPECT_TRUE(upbit[0].toObject().value(QStringLiteral("trade_price")).isDouble());

    EXPECT_TRUE(market.reply(QStringLiteral("okx"), QStringLiteral("/nope")).isEmpty());
}

TEST(SyntheticMarket, AMarketsQueryGetsTheMarketsItNamesInItsOrder)
{
    const SyntheticMarket market(20);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("markets"), QStringLiteral("KRW-COIN012,KRW-COIN003,KRW-COIN999,KRW-BTC"));
    const QJsonArray rows = rowsOf(market.reply(QStringLiteral("bithumb"), QStringLiteral("/v1/orderbook"), query), {});
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[0].toObject().value(QStringLiteral("market")).toString(), QStringLiteral("KRW-COIN012"));
    EXPECT_EQ(rows[1].toObject().value(QStringLiteral("market")).toString(), QStringLiteral("KRW-COIN003"));
}

TEST(SyntheticMarket, PricesDriftFromCycleToCycleButStayNearTheirBase)
{
    const SyntheticMarket market(3);
    const auto price = [&](int cycle) {
        const QJsonArray rows
            = rowsOf(market.reply(QStringLiteral("okx"), QStringLiteral("/api/v5/public/mark-price"), {}, cycle),
                     { QStringLiteral("data") });
        return rows[1].toObject().value(QStringLiteral("markPx")).toString().toDouble();
    };
    EXPECT_NE(price(0), price(1));
    for (int cycle = 0; cycle < 50; ++cycle)
        EXPECT_NEAR(price(cycle), 89312.9 * 1.02, 89312.9 * 1.02 * 0.0011);
}
