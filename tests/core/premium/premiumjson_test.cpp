#include "premium/premiumjson.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace {

Quote quote(const char *venue, const char *price)
{
    Quote q;
    q.venue = QString::fromLatin1(venue);
    q.price = Decimal::fromString(QString::fromLatin1(price)).value();
    return q;
}

} // namespace

TEST(PremiumJson, TheDocumentedLine)
{
    PremiumSample sample;
    sample.symbol = QStringLiteral("BTC");
    sample.rate = Decimal::fromString(u"1.28").value();
    sample.korea = quote("bithumb", "129555000");
    sample.foreign = quote("binance", "89277.1");
    sample.fx = quote("dunamu", "1432.6");
    sample.observedAtMs = 1795602820123;  // 2026-11-25T10:33:40.123Z

    const QByteArray line = PremiumJson::line(sample);
    EXPECT_TRUE(line.startsWith(
        R"({"symbol":"BTC","rate":"1.28","basis":"seed","korea_price":"129555000","foreign_price":"89277.1",)"
        R"("fx_rate":"1432.6","stale":false,"observed_at":"2026-11-25T10:33:40.123Z","source":"exchange")"))
        << line.constData();
    EXPECT_FALSE(line.contains('\n'));
    const QJsonObject object = QJsonDocument::fromJson(line).object();
    EXPECT_EQ(object.value(u"korea_venue").toString(), QStringLiteral("bithumb"));
    EXPECT_EQ(object.value(u"fx_source").toString(), QStringLiteral("dunamu"));
}

TEST(PremiumJson, RateAlwaysHasTwoDecimalsAndStaleIsABoolean)
{
    PremiumSample sample;
    sample.symbol = QStringLiteral("BTC");
    sample.basis = PremiumBasis::Global;
    sample.rate = Decimal::fromString(u"-3").value();
    sample.stale = true;
    const QJsonObject object = QJsonDocument::fromJson(PremiumJson::line(sample)).object();
    EXPECT_EQ(object.value(u"rate").toString(), QStringLiteral("-3.00"));
    EXPECT_EQ(object.value(u"basis").toString(), QStringLiteral("global"));
    EXPECT_TRUE(object.value(u"stale").isBool());
    EXPECT_TRUE(object.value(u"stale").toBool());
}

TEST(PremiumJson, EscapesText)
{
    PremiumSample sample;
    sample.symbol = QStringLiteral("B\"T\\C");
    const QJsonObject object = QJsonDocument::fromJson(PremiumJson::line(sample)).object();
    EXPECT_EQ(object.value(u"symbol").toString(), QStringLiteral("B\"T\\C"));
}
