#include "fx/fxparsers.h"

#include "../../common/fixturefile.h"

#include <gtest/gtest.h>

namespace {

ReplyContext exchangeRateApi(int status = 200)
{
    return ReplyContext { QStringLiteral("exchangerate-api"), QStringLiteral("KRW"), QStringLiteral("USD/KRW"), status,
                          7'000 };
}

ReplyContext koreaExim(const char *currency = "USD", int status = 200)
{
    return ReplyContext { QStringLiteral("koreaexim"), QString::fromLatin1(currency), QStringLiteral("USD/KRW"), status,
                          8'000 };
}

FetchError errorOf(const QuoteResult &result)
{
    return std::holds_alternative<FetchError>(result) ? std::get<FetchError>(result)
                                                      : FetchError { FetchError::Kind::Network, -1, {}, {} };
}

} // namespace

TEST(ExchangeRateApiPair, ReadsTheConversionRate)
{
    const auto result = FxParsers::parseExchangeRateApiPair(
        fixtureFile(QStringLiteral("fx/exchangerate-api-v6-pair-usd-krw.json")), exchangeRateApi());
    ASSERT_TRUE(std::holds_alternative<Quote>(result));
    const Quote quote = std::get<Quote>(result);
    EXPECT_EQ(quote.price.toString(), QStringLiteral("1419.8712"));
    EXPECT_EQ(quote.venue, QStringLiteral("exchangerate-api"));
    EXPECT_EQ(quote.receivedAtMs, 7'000);
    EXPECT_EQ(quote.venueTimeMs, 1'795'564'801'000);
}

TEST(ExchangeRateApiPair, Failures)
{
    const FetchError invalidKey = errorOf(FxParsers::parseExchangeRateApiPair(
        fixtureFile(QStringLiteral("fx/exchangerate-api-v6-error-invalid-key.json")), exchangeRateApi(403)));
    EXPECT_EQ(invalidKey.kind, FetchError::Kind::ApiError);
    EXPECT_EQ(invalidKey.detail, QStringLiteral("invalid-key"));
    const FetchError quota = errorOf(FxParsers::parseExchangeRateApiPair(
        fixtureFile(QStringLiteral("fx/exchangerate-api-v6-error-quota-reached.json")), exchangeRateApi()));
    EXPECT_EQ(quota.kind, FetchError::Kind::RateLimited);
    EXPECT_EQ(errorOf(FxParsers::parseExchangeRateApiPair(
                          R"({"result":"success","target_code":"JPY","conversion_rate":155.4})", exchangeRateApi()))
                  .kind,
              FetchError::Kind::Malformed);
    EXPECT_EQ(errorOf(FxParsers::parseExchangeRateApiPair(
                          R"({"result":"success","target_code":"KRW","conversion_rate":"NaN"})", exchangeRateApi()))
                  .kind,
              FetchError::Kind::Absurd);
    EXPECT_EQ(errorOf(FxParsers::parseExchangeRateApiPair(fixtureFile(QStringLiteral("errors/cloudflare-502.html")),
                                                          exchangeRateApi(502)))
                  .kind,
              FetchError::Kind::HttpStatus);
    EXPECT_EQ(errorOf(FxParsers::parseExchangeRateApiPair(fixtureFile(QStringLiteral("errors/truncated.json")),
                                                          exchangeRateApi()))
                  .kind,
              FetchError::Kind::Malformed);
}

TEST(KoreaEximDaily, ReadsTheUsdRateWithThousandsCommas)
{
    const auto result
        = FxParsers::parseKoreaEximDaily(fixtureFile(QStringLiteral("fx/koreaexim-exchangejson.json")), koreaExim());
    ASSERT_TRUE(std::holds_alternative<Quote>(result));
    EXPECT_EQ(std::get<Quote>(result).price.toString(), QStringLiteral("1432.6"));
    EXPECT_EQ(std::get<Quote>(result).venue, QStringLiteral("koreaexim"));
}

TEST(KoreaEximDaily, DividesByTheUnitInTheCurrencyName)
{
    // "JPY(100)": 921.35 KRW per 100 yen.
    const auto result = FxParsers::parseKoreaEximDaily(fixtureFile(QStringLiteral("fx/koreaexim-exchangejson.json")),
                                                       koreaExim("JPY"));
    ASSERT_TRUE(std::holds_alternative<Quote>(result));
    EXPECT_EQ(std::get<Quote>(result).price.toString(), QStringLiteral("9.2135"));
}

TEST(KoreaEximDaily, AnEmptyAnswerBeforePublicationIsNoDataNotAnError)
{
    const FetchError empty = errorOf(FxParsers::parseKoreaEximDaily(
        fixtureFile(QStringLiteral("fx/koreaexim-empty-before-publication.json")), koreaExim()));
    EXPECT_EQ(empty.kind, FetchError::Kind::NoData);
}

TEST(KoreaEximDaily, ResultCodes)
{
    const FetchError auth = errorOf(
        FxParsers::parseKoreaEximDaily(fixtureFile(QStringLiteral("fx/koreaexim-error-auth.json")), koreaExim()));
    EXPECT_EQ(auth.kind, FetchError::Kind::ApiError);
    EXPECT_EQ(auth.detail, QStringLiteral("invalid authkey"));
    EXPECT_EQ(errorOf(FxParsers::parseKoreaEximDaily(R"([{"result":4}])", koreaExim())).kind,
              FetchError::Kind::RateLimited);
    EXPECT_EQ(errorOf(FxParsers::parseKoreaEximDaily(R"([{"result":2}])", koreaExim())).kind,
              FetchError::Kind::ApiError);
    EXPECT_EQ(errorOf(FxParsers::parseKoreaEximDaily(R"([{"result":1,"cur_unit":"EUR","deal_bas_r":"1,600.1"}])",
                                                     koreaExim()))
                  .kind,
              FetchError::Kind::Malformed);
    EXPECT_EQ(
        errorOf(FxParsers::parseKoreaEximDaily(R"([{"result":1,"cur_unit":"USD","deal_bas_r":"-1"}])", koreaExim()))
            .kind,
        FetchError::Kind::Absurd);
    EXPECT_EQ(errorOf(FxParsers::parseKoreaEximDaily(R"({"result":1})", koreaExim())).kind,
              FetchError::Kind::Malformed);
    EXPECT_EQ(
        errorOf(FxParsers::parseKoreaEximDaily(fixtureFile(QStringLiteral("errors/empty.json")), koreaExim())).kind,
        FetchError::Kind::Empty);
}

TEST(ExchangeRateApiPair, TinyRatesAndHugeTimes)
{
    EXPECT_EQ(errorOf(FxParsers::parseExchangeRateApiPair(
                          R"({"result":"success","target_code":"KRW","conversion_rate":"0.0000000000000000015"})",
                          exchangeRateApi()))
                  .kind,
              FetchError::Kind::Absurd);
    const auto late = FxParsers::parseExchangeRateApiPair(
        R"({"result":"success","time_last_update_unix":92233720368547760,"conversion_rate":1419.8712})",
        exchangeRateApi());
    ASSERT_TRUE(std::holds_alternative<Quote>(late));
    EXPECT_EQ(std::get<Quote>(late).venueTimeMs, 0);
}

TEST(KoreaEximDaily, ARateThatRoundsToZeroPerUnitIsAbsurd)
{
    // Found by fuzz_fxparsers (tests/fuzz/corpus/fuzz_fxparsers/crash-koreaexim-zero-rate.json):
    // 0.000000000000985 KRW per 101 yen became a quote of price 0.
    const QByteArray fuzzed = R"json([
 { 
 "result": 1,
  "cur_unit": "JPY(101)",
  "ttb": "912.13",
  "deal_bas_r": "00.000000000000985475890",
  "bkbn__dfdeee_ar_nm": "x"
 }
]
)json";
    EXPECT_EQ(errorOf(FxParsers::parseKoreaEximDaily(fuzzed, koreaExim("JPY"))).kind, FetchError::Kind::Absurd);
    // Exactly what Decimal keeps, but zero per yen at 8 places.
    EXPECT_EQ(
        errorOf(FxParsers::parseKoreaEximDaily(
                    R"json([{"result":1,"cur_unit":"JPY(100)","deal_bas_r":"0.000000001"}])json", koreaExim("JPY")))
            .kind,
        FetchError::Kind::Absurd);
}
