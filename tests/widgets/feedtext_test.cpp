#include "feedtext.h"

#include <gtest/gtest.h>

namespace {

FetchError error(FetchError::Kind kind, int httpStatus = 0, const QString &detail = QString())
{
    FetchError e;
    e.kind = kind;
    e.httpStatus = httpStatus;
    e.detail = detail;
    return e;
}

} // namespace

TEST(FeedTextTest, EveryErrorKindHasReadableText)
{
    EXPECT_EQ(FeedText::errorText(error(FetchError::Kind::ConnectionRefused)), QStringLiteral("connection refused"));
    EXPECT_EQ(FeedText::errorText(error(FetchError::Kind::Timeout)), QStringLiteral("timed out"));
    EXPECT_EQ(FeedText::errorText(error(FetchError::Kind::HttpStatus, 502)), QStringLiteral("HTTP 502"));
    EXPECT_EQ(FeedText::errorText(error(FetchError::Kind::RateLimited, 429)), QStringLiteral("rate limited"));
    EXPECT_EQ(FeedText::errorText(error(FetchError::Kind::Banned, 418)), QStringLiteral("banned"));
    // With the time the venue asked for, what is left of it (rounded up).
    FetchError ban = error(FetchError::Kind::Banned, 418);
    ban.retryAfterMs = 119'000;
    EXPECT_EQ(FeedText::errorText(ban), QStringLiteral("banned, 2 min left"));
    FetchError wait = error(FetchError::Kind::RateLimited, 429);
    wait.retryAfterMs = 4'200;
    EXPECT_EQ(FeedText::errorText(wait), QStringLiteral("rate limited, 5 s left"));
    EXPECT_EQ(FeedText::errorText(error(FetchError::Kind::ApiError, 400, QStringLiteral("Invalid symbol."))),
              QStringLiteral("API error: Invalid symbol."));
    EXPECT_EQ(FeedText::errorText(error(FetchError::Kind::Malformed)), QStringLiteral("malformed reply"));
    EXPECT_EQ(FeedText::errorText(error(FetchError::Kind::Empty)), QStringLiteral("empty reply"));
    EXPECT_EQ(FeedText::errorText(error(FetchError::Kind::Absurd)), QStringLiteral("absurd value"));
    EXPECT_EQ(FeedText::errorText(error(FetchError::Kind::Network)), QStringLiteral("network error"));
    EXPECT_EQ(FeedText::errorText(error(FetchError::Kind::NoData)), QStringLiteral("no data published yet"));
    // Every kind has words of its own; none falls through to the fallback.
    for (int kind = static_cast<int>(FetchError::Kind::ConnectionRefused);
         kind <= static_cast<int>(FetchError::Kind::NoData); ++kind) {
        const QString text = FeedText::errorText(error(static_cast<FetchError::Kind>(kind)));
        EXPECT_FALSE(text.isEmpty()) << kind;
        EXPECT_NE(text, QStringLiteral("unknown error")) << kind;
    }
}

TEST(FeedTextTest, StateTextSaysHowLongAFeedHasBeenStale)
{
    FeedStatus status;
    EXPECT_EQ(FeedText::stateText(status), QStringLiteral("Waiting…"));
    status.state = FeedStatus::State::Live;
    EXPECT_EQ(FeedText::stateText(status), QStringLiteral("Live"));
    status.state = FeedStatus::State::Stale;
    status.ageMs = 12'400;
    EXPECT_EQ(FeedText::stateText(status), QStringLiteral("Stale for 12 s"));
    status.state = FeedStatus::State::Failing;
    status.error = error(FetchError::Kind::HttpStatus, 502);
    EXPECT_EQ(FeedText::stateText(status), QStringLiteral("Error: HTTP 502"));
}

TEST(FeedTextTest, DurationsAndAges)
{
    EXPECT_EQ(FeedText::durationText(59'999), QStringLiteral("59 s"));
    EXPECT_EQ(FeedText::durationText(3 * 60'000 + 5'000), QStringLiteral("3 min"));
    EXPECT_EQ(FeedText::durationText(65 * 60'000), QStringLiteral("1 h 5 min"));
    EXPECT_EQ(FeedText::durationText(26 * 3'600'000LL), QStringLiteral("1 d 2 h"));
    EXPECT_EQ(FeedText::ageText(400), QStringLiteral("just now"));
    EXPECT_EQ(FeedText::ageText(3 * 60'000), QStringLiteral("3 min ago"));
}

TEST(FeedTextTest, VenuesAndBasis)
{
    EXPECT_EQ(FeedText::venueName(QStringLiteral("dunamu")), QStringLiteral("Dunamu"));
    EXPECT_EQ(FeedText::venueName(QStringLiteral("open-er-api")), QStringLiteral("open.er-api"));
    EXPECT_EQ(FeedText::venueName(QStringLiteral("somewhere")), QStringLiteral("somewhere"));
    EXPECT_EQ(FeedText::basisText(PremiumBasis::Seed), QStringLiteral("vs Korean price"));
    EXPECT_EQ(FeedText::basisText(PremiumBasis::Global), QStringLiteral("vs global price"));
}
