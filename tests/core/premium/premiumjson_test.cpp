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

TEST(PremiumJson, ALineWithoutAPremiumKeepsEveryFieldAndSaysWhy)
{
    PremiumSample sample;
    sample.symbol = QStringLiteral("BTC");
    sample.korea = quote("bithumb", "129555000");
    sample.foreign = quote("binance", "89277.1");
    sample.fx = quote("dunamu", "1432.6");
    const QJsonObject fresh = QJsonDocument::fromJson(PremiumJson::line(sample)).object();
    EXPECT_TRUE(fresh.value(u"reason").isNull());

    FeedStatus korea;
    korea.role = FeedRole::KoreanSpot;
    korea.state = FeedStatus::State::Failing;
    korea.error = FetchError { FetchError::Kind::Malformed, 502, QString(), std::nullopt };
    FeedStatus foreign;
    foreign.role = FeedRole::ForeignPerp;
    foreign.state = FeedStatus::State::Live;
    foreign.lastQuote = quote("binance", "89277.1");
    FeedStatus fx;
    fx.role = FeedRole::Fx;
    const QByteArray line = PremiumJson::unavailableLine(QStringLiteral("BTC"), PremiumBasis::Seed,
                                                         { korea, foreign, fx }, 1795602820123);
    const QJsonObject none = QJsonDocument::fromJson(line).object();
    ASSERT_FALSE(none.isEmpty()) << line.constData();
    EXPECT_EQ(none.keys(), fresh.keys()) << "a field name differs from the premium line's";
    EXPECT_TRUE(none.value(u"rate").isNull());
    EXPECT_TRUE(none.value(u"stale").toBool());
    EXPECT_TRUE(none.value(u"korea_price").isNull());
    EXPECT_TRUE(none.value(u"korea_venue").isNull());
    EXPECT_EQ(none.value(u"foreign_price").toString(), QStringLiteral("89277.1"));
    EXPECT_EQ(none.value(u"foreign_venue").toString(), QStringLiteral("binance"));
    EXPECT_TRUE(none.value(u"fx_rate").isNull());
    EXPECT_TRUE(none.value(u"fx_observed_at").isNull());
    EXPECT_EQ(none.value(u"observed_at").toString(), QStringLiteral("2026-11-25T10:33:40.123Z"));
    EXPECT_EQ(none.value(u"reason").toString(), QStringLiteral("korea: malformed reply (HTTP 502); fx: no answer yet"));
}

TEST(PremiumJson, TheReasonNamesStaleFeedsAndMasksKeys)
{
    FeedStatus fx;
    fx.role = FeedRole::Fx;
    fx.state = FeedStatus::State::Stale;
    fx.ageMs = 1'200'400;
    FeedStatus korea;
    korea.role = FeedRole::KoreanSpot;
    korea.state = FeedStatus::State::Failing;
    korea.error
        = FetchError { FetchError::Kind::ApiError, 401, QStringLiteral("bad api_key=abcdef123456"), std::nullopt };
    const QString reason = PremiumJson::reason({ korea, fx });
    EXPECT_TRUE(reason.startsWith(u"korea: API error (HTTP 401): bad api_key=")) << reason.toStdString();
    EXPECT_FALSE(reason.contains(u"abcdef123456")) << reason.toStdString();
    EXPECT_TRUE(reason.endsWith(u"; fx: last value 1200 s old")) << reason.toStdString();
}

namespace {

CoinPremium priced(QuoteOrigin korea, QuoteOrigin foreign)
{
    CoinPremium premium;
    premium.coin = QStringLiteral("BTC");
    premium.pair = {QStringLiteral("bithumb"), QStringLiteral("binance")};
    premium.koreaPrice = Decimal::fromInteger(129555000);
    premium.foreignPrice = Decimal::fromString(u"89277.1");
    premium.koreaOrigin = korea;
    premium.foreignOrigin = foreign;
    premium.observedAtMs = 1795602820123;
    premium.koreaReceivedAtMs = premium.observedAtMs - 3;
    premium.foreignReceivedAtMs = premium.observedAtMs - 850;
    return premium;
}

QJsonObject lineOf(const CoinPremium &premium)
{
    return QJsonDocument::fromJson(PremiumJson::line(premium)).object();
}

} // namespace

// "stream" needs both prices pushed; a price read from the shared cache makes the line "cache".
TEST(PremiumJson, TheSourceSaysStreamOnlyWhenBothPricesWerePushed)
{
    using O = QuoteOrigin;
    EXPECT_EQ(lineOf(priced(O::Stream, O::Stream)).value(u"source").toString(), QStringLiteral("stream"));
    EXPECT_EQ(lineOf(priced(O::Stream, O::Poll)).value(u"source").toString(), QStringLiteral("exchange"));
    EXPECT_EQ(lineOf(priced(O::Poll, O::Stream)).value(u"source").toString(), QStringLiteral("exchange"));
    EXPECT_EQ(lineOf(priced(O::Poll, O::Poll)).value(u"source").toString(), QStringLiteral("exchange"));
    EXPECT_EQ(lineOf(priced(O::Stream, O::Cache)).value(u"source").toString(), QStringLiteral("cache"));
    CoinPremium oneSided = priced(O::Stream, O::Stream);
    oneSided.foreignPrice.reset();
    EXPECT_EQ(PremiumJson::source(oneSided), QStringLiteral("exchange")) << "a missing price was not pushed";
}

TEST(PremiumJson, EachPriceSaysHowItCameAndItsAge)
{
    const QByteArray line = PremiumJson::line(priced(QuoteOrigin::Stream, QuoteOrigin::Poll));
    // Added after the fields scripts already read, never between them.
    EXPECT_TRUE(line.endsWith(
        R"("caution":null,"korea_origin":"stream","foreign_origin":"poll","korea_age_ms":3,"foreign_age_ms":850})"))
        << line.constData();
    CoinPremium missing = priced(QuoteOrigin::Poll, QuoteOrigin::Poll);
    missing.koreaPrice.reset();
    const QJsonObject object = lineOf(missing);
    EXPECT_TRUE(object.value(u"korea_origin").isNull());
    EXPECT_TRUE(object.value(u"korea_age_ms").isNull());
    EXPECT_EQ(object.value(u"foreign_origin").toString(), QStringLiteral("poll"));
}
