#include "exchanges/throttlehints.h"

#include "../../common/fixturefile.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace {
// Sun, 06 Nov 1994 08:49:37 GMT
constexpr qint64 kRfcExampleMs = 784'111'777'000;
} // namespace

TEST(ThrottleHints, RetryAfterInSeconds)
{
    EXPECT_EQ(ThrottleHints::retryAfterMs("3", 0), 3000);
    EXPECT_EQ(ThrottleHints::retryAfterMs(" 120 ", 0), 120'000);
    EXPECT_EQ(ThrottleHints::retryAfterMs("0", 0), 0);
    EXPECT_EQ(ThrottleHints::retryAfterMs("999999999", 0), ThrottleHints::MaxHoldMs);
    for (const char *bad : { "", "-1", "1.5", "soon", "3s", "1e3", "99999999999999999999" })
        EXPECT_FALSE(ThrottleHints::retryAfterMs(bad, 0)) << bad;
}

TEST(ThrottleHints, RetryAfterAsAnHttpDateInAllThreeFormats)
{
    EXPECT_EQ(ThrottleHints::httpDateMs("Sun, 06 Nov 1994 08:49:37 GMT"), kRfcExampleMs);
    EXPECT_EQ(ThrottleHints::httpDateMs("Sunday, 06-Nov-94 08:49:37 GMT"), kRfcExampleMs);
    EXPECT_EQ(ThrottleHints::httpDateMs("Sun Nov  6 08:49:37 1994"), kRfcExampleMs);
    EXPECT_EQ(ThrottleHints::retryAfterMs("Sun, 06 Nov 1994 08:49:37 GMT", kRfcExampleMs - 5000), 5000);
    EXPECT_EQ(ThrottleHints::retryAfterMs("Sun, 06 Nov 1994 08:49:37 GMT", kRfcExampleMs + 5000), 0);
    for (const char *bad :
         { "Sun, 06 Nov 1994 08:49:37 PST", "Sun, 31 Feb 1994 08:49:37 GMT", "Sun, 06 Nov 1994 25:49:37 GMT",
           "Sun, 06 Foo 1994 08:49:37 GMT", "06 Nov 1994", "Sun, 06 Nov 1994 08:49 GMT" })
        EXPECT_FALSE(ThrottleHints::httpDateMs(bad)) << bad;
}

TEST(ThrottleHints, BanEndFromTheBinanceMessage)
{
    const QJsonObject reply
        = QJsonDocument::fromJson(fixtureFile(QStringLiteral("binance/fapi-error-ip-banned.json"))).object();
    EXPECT_EQ(ThrottleHints::bannedUntilMs(reply.value(u"msg").toString()), 1'795'600'540'000);
    EXPECT_FALSE(ThrottleHints::bannedUntilMs(u"Too many requests; current limit is 2400 requests per minute."));
    EXPECT_FALSE(ThrottleHints::bannedUntilMs(u"IP banned until ."));
}

TEST(ThrottleHints, UsedWeight)
{
    EXPECT_EQ(ThrottleHints::usedWeight("17"), 17);
    EXPECT_EQ(ThrottleHints::usedWeight(" 2399 "), 2399);
    EXPECT_FALSE(ThrottleHints::usedWeight(""));
    EXPECT_FALSE(ThrottleHints::usedWeight("-3"));
    EXPECT_FALSE(ThrottleHints::usedWeight("12a"));
}
