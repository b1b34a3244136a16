#include "observability/logmasker.h"

#include <gtest/gtest.h>

namespace {
const QString kSecret = QStringLiteral("S3cr3tV4lue9");
}

TEST(LogMasker, ValuesOfSensitiveNamesInEveryShape)
{
    const QStringList shapes = {
        QStringLiteral(R"({"api_key":"S3cr3tV4lue9"})"),
        QStringLiteral(R"({"apiKey": "S3cr3tV4lue9", "n": 1})"),
        QStringLiteral(R"({'secret_key': 'S3cr3tV4lue9'})"),
        QStringLiteral(R"({"SECRET-KEY":"S3cr3tV4lue9"})"),
        QStringLiteral(R"({\"password\":\"S3cr3tV4lue9\"})"),
        QStringLiteral(R"({"Password":12345678})"),
        QStringLiteral("https://x.test/path?api_key=S3cr3tV4lue9&symbol=BTC"),
        QStringLiteral("https://x.test/path?symbol=BTC&API_KEY=S3cr3tV4lue9"),
        QStringLiteral(
            "https://oapi.koreaexim.go.kr/site/program/financial/exchangeJSON?authkey=S3cr3tV4lue9&data=AP01"),
        QStringLiteral("password=S3cr3tV4lue9"),
        QStringLiteral("db password: S3cr3tV4lue9"),
        QStringLiteral("Authorization: Bearer S3cr3tV4lue9"),
        QStringLiteral("authorization: Basic S3cr3tV4lue9"),
        QStringLiteral(R"({"Authorization":"Bearer S3cr3tV4lue9"})"),
        QStringLiteral("X-MBX-APIKEY: S3cr3tV4lue9"),
        QStringLiteral("redis AUTH token=S3cr3tV4lue9"),
    };
    for (const QString &shape : shapes) {
        const QString masked = LogMasker::mask(shape);
        EXPECT_FALSE(masked.contains(u"S3cr3tV4lue9")) << qPrintable(shape) << " -> " << qPrintable(masked);
        EXPECT_TRUE(masked.contains(LogMasker::Mask)) << qPrintable(masked);
    }
    EXPECT_FALSE(LogMasker::mask(u"{\"Password\":12345678}").contains(u"12345678"));
}

TEST(LogMasker, KeepsTheShapeAroundTheValue)
{
    EXPECT_EQ(LogMasker::mask(u"{\"api_key\":\"abc12345\",\"symbol\":\"BTC\"}"),
              QStringLiteral("{\"api_key\":\"***\",\"symbol\":\"BTC\"}"));
    EXPECT_EQ(LogMasker::mask(u"/p?a=1&api_key=abc12345&b=2"), QStringLiteral("/p?a=1&api_key=***&b=2"));
    EXPECT_EQ(LogMasker::mask(u"Authorization: Bearer abc.def"), QStringLiteral("Authorization: Bearer ***"));
}

TEST(LogMasker, KeysInUrlPaths)
{
    const QUrl v6(QStringLiteral("https://v6.exchangerate-api.com/v6/0123456789abcdef01234567/pair/USD/KRW"));
    EXPECT_EQ(LogMasker::maskedUrl(v6), QStringLiteral("https://v6.exchangerate-api.com/v6/***/pair/USD/KRW"));
    // A short key after /v6/ too.
    EXPECT_EQ(LogMasker::mask(u"http://127.0.0.1:4000/v6/abcd1234/pair/USD/KRW"),
              QStringLiteral("http://127.0.0.1:4000/v6/***/pair/USD/KRW"));
    // Any key-like segment elsewhere.
    EXPECT_EQ(LogMasker::mask(u"https://api.test/keys/Zx9Qw8Er7Ty6Ui5Op4As3/ticker"),
              QStringLiteral("https://api.test/keys/***/ticker"));
    // Ordinary paths stay readable.
    for (const char *path :
         { "https://api.bithumb.com/v1/ticker?markets=KRW-BTC",
           "https://fapi.binance.com/fapi/v2/ticker/price?symbol=BTCUSDT", "https://open.er-api.com/v6/latest/USD" })
        EXPECT_EQ(LogMasker::mask(QString::fromLatin1(path)), QString::fromLatin1(path));
    // User info never shows.
    EXPECT_FALSE(LogMasker::maskedUrl(QUrl(QStringLiteral("redis://me:hunter2@localhost:6379"))).contains(u"hunter2"));
}

TEST(LogMasker, RegisteredSecretsAreMaskedWherever)
{
    LogMasker::registerSecret(kSecret);
    EXPECT_EQ(LogMasker::mask(u"the venue said: bad key S3cr3tV4lue9 (expired)"),
              QStringLiteral("the venue said: bad key *** (expired)"));
    const QString odd = QStringLiteral("p@ss w/rd+1");
    LogMasker::registerSecret(odd);
    EXPECT_FALSE(LogMasker::mask(u"url?x=p%40ss%20w%2Frd%2B1").contains(u"p%40ss"));
    LogMasker::forgetSecret(kSecret);
    LogMasker::forgetSecret(odd);
    EXPECT_EQ(LogMasker::mask(u"plain S3cr3tV4lue9"), QStringLiteral("plain S3cr3tV4lue9"));
    // Short values would eat ordinary words.
    LogMasker::registerSecret(QStringLiteral("BTC"));
    EXPECT_EQ(LogMasker::mask(u"BTC"), QStringLiteral("BTC"));
}

TEST(LogMasker, SensitiveNames)
{
    for (const char *name :
         { "api_key", "apiKey", "API-KEY", "secret_key", "password", "Authorization", "authkey", "token" })
        EXPECT_TRUE(LogMasker::isSensitiveName(QString::fromLatin1(name))) << name;
    for (const char *name : { "venue", "price", "keyboard", "passwords_count" })
        EXPECT_FALSE(LogMasker::isSensitiveName(QString::fromLatin1(name))) << name;
}
