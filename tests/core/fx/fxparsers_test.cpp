#include "fx/fxparsers.h"

#include "../../common/fixturefile.h"

#include <gtest/gtest.h>

namespace {

ReplyContext dunamu(const char *code = "FRX.KRWUSD", int status = 200)
{
    return ReplyContext{QStringLiteral("dunamu"), QString::fromLatin1(code), QStringLiteral("USD/KRW"), status, 5'000};
}

ReplyContext openEr(int status = 200)
{
    return ReplyContext{QStringLiteral("open-er-api"), QStringLiteral("KRW"), QStringLiteral("USD/KRW"), status, 6'000};
}

FetchError::Kind dunamuErrorKind(const QByteArray &body, const ReplyContext &context)
{
    const auto result = FxParsers::parseDunamuRecent(body, context);
    EXPECT_TRUE(std::holds_alternative<FetchError>(result)) << body.constData();
    return std::holds_alternative<FetchError>(result) ? std::get<FetchError>(result).kind : FetchError::Kind::Network;
}

} // namespace

TEST(DunamuRecent, ReadsTheBankRate)
{
    const auto result = FxParsers::parseDunamuRecent(fixtureFile(QStringLiteral("fx/dunamu-forex-recent-usd.json")), dunamu());
    ASSERT_TRUE(std::holds_alternative<Quote>(result));
    const Quote quote = std::get<Quote>(result);
    EXPECT_EQ(quote.price.toString(), QStringLiteral("1432.6"));
    EXPECT_EQ(quote.venue, QStringLiteral("dunamu"));
    EXPECT_EQ(quote.receivedAtMs, 5'000);
}

TEST(DunamuRecent, DividesByTheCurrencyUnit)
{
    // JPY is quoted per 100 yen: 921.35 KRW per 100 JPY is 9.2135 KRW per yen.
    const auto result = FxParsers::parseDunamuRecent(fixtureFile(QStringLiteral("fx/dunamu-forex-recent-jpy.json")), dunamu("FRX.KRWJPY"));
    ASSERT_TRUE(std::holds_alternative<Quote>(result));
    EXPECT_EQ(std::get<Quote>(result).price.toString(), QStringLiteral("9.2135"));
}

TEST(DunamuRecent, Failures)
{
    const auto kindOf = dunamuErrorKind;
    EXPECT_EQ(kindOf(fixtureFile(QStringLiteral("fx/dunamu-forex-recent-usd.json")), dunamu("FRX.KRWEUR")), FetchError::Kind::Malformed);
    EXPECT_EQ(kindOf("[]", dunamu()), FetchError::Kind::Empty);
    EXPECT_EQ(kindOf(fixtureFile(QStringLiteral("errors/empty.json")), dunamu()), FetchError::Kind::Empty);
    EXPECT_EQ(kindOf(fixtureFile(QStringLiteral("errors/truncated.json")), dunamu()), FetchError::Kind::Malformed);
    EXPECT_EQ(kindOf(fixtureFile(QStringLiteral("errors/cloudflare-502.html")), dunamu("FRX.KRWUSD", 502)), FetchError::Kind::HttpStatus);
    EXPECT_EQ(kindOf(R"([{"code":"FRX.KRWUSD","basePrice":-3,"currencyUnit":1}])", dunamu()), FetchError::Kind::Absurd);
    EXPECT_EQ(kindOf(R"([{"code":"FRX.KRWUSD","basePrice":1432.6,"currencyUnit":0}])", dunamu()), FetchError::Kind::Malformed);
    EXPECT_EQ(kindOf(R"({"code":"FRX.KRWUSD"})", dunamu()), FetchError::Kind::Malformed);
}

TEST(OpenErApiLatest, ReadsKrwPerDollar)
{
    const auto result = FxParsers::parseOpenErApiLatest(fixtureFile(QStringLiteral("fx/open-er-api-latest-usd.json")), openEr());
    ASSERT_TRUE(std::holds_alternative<Quote>(result));
    EXPECT_EQ(std::get<Quote>(result).price.toString(), QStringLiteral("1419.87"));
    EXPECT_EQ(std::get<Quote>(result).venueTimeMs, 1795564952000LL);
}

TEST(OpenErApiLatest, Failures)
{
    const auto kindOf = [](const QByteArray &body, int status = 200) {
        const auto result = FxParsers::parseOpenErApiLatest(body, openEr(status));
        EXPECT_TRUE(std::holds_alternative<FetchError>(result)) << body.constData();
        return std::holds_alternative<FetchError>(result) ? std::get<FetchError>(result).kind : FetchError::Kind::Network;
    };
    EXPECT_EQ(kindOf(R"({"result":"error","error-type":"unsupported-code"})"), FetchError::Kind::ApiError);
    EXPECT_EQ(kindOf(R"({"result":"success","rates":{"USD":1}})"), FetchError::Kind::Malformed);
    EXPECT_EQ(kindOf(R"({"result":"success","rates":{"KRW":"NaN"}})"), FetchError::Kind::Absurd);
    EXPECT_EQ(kindOf(fixtureFile(QStringLiteral("errors/cloudflare-502.html")), 502), FetchError::Kind::HttpStatus);
    EXPECT_EQ(kindOf(fixtureFile(QStringLiteral("errors/truncated.json"))), FetchError::Kind::Malformed);
    // The keyed sources' error replies share the envelope and must not pass as rates.
    EXPECT_EQ(kindOf(fixtureFile(QStringLiteral("fx/exchangerate-api-v6-error-invalid-key.json"))), FetchError::Kind::ApiError);
    // A spent quota is a rate limit: the source must be left alone until it resets.
    EXPECT_EQ(kindOf(fixtureFile(QStringLiteral("fx/exchangerate-api-v6-error-quota-reached.json"))), FetchError::Kind::RateLimited);
}

TEST(DunamuRecent, ARateThatRoundsToZeroPerUnitIsAbsurd)
{
    const auto kindOf = [](const QByteArray &body) {
        return dunamuErrorKind(body, dunamu());
    };
    // 0.000000001 KRW per 100 is 0 KRW per unit at 8 places: it was a quote of price 0.
    EXPECT_EQ(kindOf(R"([{"code":"FRX.KRWUSD","basePrice":0.000000001,"currencyUnit":100}])"),
              FetchError::Kind::Absurd);
    EXPECT_EQ(kindOf(R"([{"code":"FRX.KRWUSD","basePrice":1432.6,"currencyUnit":1e17}])"), FetchError::Kind::Absurd);
    EXPECT_EQ(kindOf(R"([{"code":"FRX.KRWUSD","basePrice":"0.0000000000000000015","currencyUnit":1}])"),
              FetchError::Kind::Absurd);
}

TEST(OpenErApiLatest, TinyRatesAndHugeTimes)
{
    const auto result = [](const QByteArray &body) {
        return FxParsers::parseOpenErApiLatest(body, openEr());
    };
    // 1.5e-18 was read as 0.000000000000000002.
    EXPECT_EQ(std::get<FetchError>(result(R"({"result":"success","rates":{"KRW":1.5e-18}})")).kind,
              FetchError::Kind::Absurd);
    // A time in seconds too large for milliseconds is unknown (0), not a wrapped negative time.
    const auto late
        = result(R"({"result":"success","time_last_update_unix":92233720368547760,"rates":{"KRW":1419.87}})");
    ASSERT_TRUE(std::holds_alternative<Quote>(late));
    EXPECT_EQ(std::get<Quote>(late).venueTimeMs, 0);
}
