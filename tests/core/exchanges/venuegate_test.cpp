#include "exchanges/venuecatalog.h"
#include "exchanges/venuegate.h"
#include "exchanges/venuegates.h"
#include "settings/appsettings.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

constexpr qint64 kNow = 1'795'600'000'000;

FetchError failure(FetchError::Kind kind, int status, const QString &detail = QString())
{
    return FetchError { kind, status, detail, std::nullopt };
}

VenueLimits noJitter(const QString &venue)
{
    VenueLimits limits = VenueLimits::defaults(venue);
    limits.backoffBaseMs = 1;
    limits.backoffCapMs = 1;
    return limits;
}

} // namespace

TEST(VenueLimits, TheSeedsBudgetsAreTheDefaults)
{
    EXPECT_EQ(VenueLimits::defaults(QStringLiteral("bithumb")).requestsPerSecond, 15);
    EXPECT_EQ(VenueLimits::defaults(QStringLiteral("binance")).requestsPerSecond, 20);
    EXPECT_EQ(VenueLimits::defaults(QStringLiteral("binance")).weightPerMinute, 2400);
    EXPECT_EQ(VenueLimits::defaults(QStringLiteral("binance")).usedWeightHeader, QByteArray("X-MBX-USED-WEIGHT-1M"));
    for (const char *fx : { "dunamu", "open-er-api", "exchangerate-api", "koreaexim" })
        EXPECT_EQ(VenueLimits::defaults(QString::fromLatin1(fx)).requestsPerDay, 1000) << fx;
    const VenueLimits any = VenueLimits::defaults(QStringLiteral("bithumb"));
    EXPECT_EQ(any.backoffBaseMs, 250);
    EXPECT_EQ(any.backoffCapMs, 30'000);
    EXPECT_EQ(any.minBanMs, 120'000);
}

TEST(VenueLimits, BudgetsAreSettings)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    VenueLimits limits = VenueLimits::defaults(QStringLiteral("bithumb"));
    limits.requestsPerSecond = 5;
    limits.writeBudgets(settings, QStringLiteral("bithumb"));
    EXPECT_EQ(VenueLimits::read(settings, QStringLiteral("bithumb")).requestsPerSecond, 5);
    EXPECT_EQ(VenueLimits::read(settings, QStringLiteral("binance")).requestsPerSecond, 20);
    // Back to the default removes the key rather than freezing today's default.
    VenueLimits::defaults(QStringLiteral("bithumb")).writeBudgets(settings, QStringLiteral("bithumb"));
    EXPECT_FALSE(settings.contains(QStringLiteral("limits/bithumb/perSecond")));
}

TEST(VenueGate, RetryAfterBlocksUntilItEnds)
{
    VenueGate gate(QStringLiteral("binance"), noJitter(QStringLiteral("binance")), nullptr);
    const FetchError limited = failure(FetchError::Kind::RateLimited, 429);
    EXPECT_EQ(gate.onReply(ReplyFacts { 429, "3", {} }, &limited, kNow), 3000);
    const auto during = gate.admit(1, kNow + 2999);
    ASSERT_TRUE(during.blocked);
    EXPECT_EQ(during.blocked->kind, FetchError::Kind::RateLimited);
    EXPECT_EQ(during.blocked->retryAfterMs, 1);
    EXPECT_EQ(gate.health(kNow + 10).retryAfterUntilMs, kNow + 3000);
    EXPECT_FALSE(gate.admit(1, kNow + 3000).blocked);
}

TEST(VenueGate, RateLimitWithoutRetryAfterBacksOff)
{
    VenueLimits limits = VenueLimits::defaults(QStringLiteral("binance"));
    VenueGate gate(QStringLiteral("binance"), limits, nullptr);
    gate.seedBackoff(1);
    const FetchError limited = failure(FetchError::Kind::RateLimited, 429);
    qint64 now = kNow;
    for (int i = 0; i < 6; ++i) {
        EXPECT_FALSE(gate.onReply(ReplyFacts { 429, {}, {} }, &limited, now));
        now += 1;
    }
    const VenueHealth health = gate.health(now);
    EXPECT_EQ(health.consecutiveFailures, 6);
    // The sixth failure drew from [0, 8 s].
    EXPECT_LE(health.backoffUntilMs - (now - 1), 8000);
    if (health.backoffUntilMs > now) {
        EXPECT_TRUE(gate.admit(1, now).blocked);
    }
    EXPECT_FALSE(gate.admit(1, health.backoffUntilMs).blocked);
}

TEST(VenueGate, BanFromRetryAfterFromTheMessageOrTwoMinutes)
{
    const QString venue = QStringLiteral("binance");
    {
        VenueGate gate(venue, noJitter(venue), nullptr);
        const FetchError banned
            = failure(FetchError::Kind::Banned, 418, QStringLiteral("-1003: IP banned until 1795600540000."));
        EXPECT_EQ(gate.onReply(ReplyFacts { 418, "60", {} }, &banned, kNow), 60'000);
    }
    {
        VenueGate gate(venue, noJitter(venue), nullptr);
        const FetchError banned
            = failure(FetchError::Kind::Banned, 418, QStringLiteral("-1003: IP banned until 1795600540000."));
        EXPECT_EQ(gate.onReply(ReplyFacts { 418, {}, {} }, &banned, kNow), 540'000);
        const auto admission = gate.admit(1, kNow + 539'999);
        ASSERT_TRUE(admission.blocked);
        EXPECT_EQ(admission.blocked->kind, FetchError::Kind::Banned);
        EXPECT_TRUE(admission.blocked->detail.contains(QStringLiteral("2026-11-25T")));
        EXPECT_TRUE(gate.health(kNow).isBanned(kNow + 1));
    }
    {
        // A time in the past (or none) is no end: at least two minutes.
        VenueGate gate(venue, noJitter(venue), nullptr);
        const FetchError banned = failure(FetchError::Kind::Banned, 418, QStringLiteral("IP banned until 1000."));
        EXPECT_EQ(gate.onReply(ReplyFacts { 418, {}, {} }, &banned, kNow), 120'000);
    }
}

TEST(VenueGate, ABanSurvivesARestart)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("state.ini"));
    const QString venue = QStringLiteral("binance");
    {
        QSettings state(path, QSettings::IniFormat);
        VenueGate gate(venue, noJitter(venue), &state);
        const FetchError banned = failure(FetchError::Kind::Banned, 418);
        gate.onReply(ReplyFacts { 418, "600", {} }, &banned, kNow);
    }
    QSettings state(path, QSettings::IniFormat);
    VenueGate restarted(venue, noJitter(venue), &state);
    EXPECT_TRUE(restarted.admit(1, kNow + 1000).blocked);
    EXPECT_FALSE(restarted.admit(1, kNow + 600'000).blocked);
}

TEST(VenueGate, BansAreKeptPerServer)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("state.ini"));
    const QString venue = QStringLiteral("binance");
    const QUrl loopback(QStringLiteral("http://127.0.0.1:8080"));
    const FetchError banned = failure(FetchError::Kind::Banned, 418);
    {
        // A test server given with --binance-url bans us.
        QSettings state(path, QSettings::IniFormat);
        VenueGate test(venue, noJitter(venue), &state, loopback);
        test.onReply(ReplyFacts { 418, "600", {} }, &banned, kNow);
    }
    {
        QSettings state(path, QSettings::IniFormat);
        VenueGate real(venue, noJitter(venue), &state);
        EXPECT_FALSE(real.admit(1, kNow + 1000).blocked) << "the test server's ban held the real venue";
        VenueGate sameTestServer(venue, noJitter(venue), &state, loopback);
        EXPECT_TRUE(sameTestServer.admit(1, kNow + 1000).blocked);
        VenueGate otherPort(venue, noJitter(venue), &state, QUrl(QStringLiteral("http://127.0.0.1:8081")));
        EXPECT_FALSE(otherPort.admit(1, kNow + 1000).blocked);
        // And the other way round: the real venue asks for a wait.
        const FetchError limited = failure(FetchError::Kind::RateLimited, 429);
        real.onReply(ReplyFacts { 429, "300", {} }, &limited, kNow);
    }
    QSettings state(path, QSettings::IniFormat);
    VenueGate real(venue, noJitter(venue), &state, QUrl(QStringLiteral("https://fapi.binance.com")));
    EXPECT_TRUE(real.admit(1, kNow + 1000).blocked)
        << "the real venue's default address is https://fapi.binance.com:443";
    VenueGate otherServer(venue, noJitter(venue), &state, QUrl(QStringLiteral("http://127.0.0.1:8081")));
    EXPECT_FALSE(otherServer.admit(1, kNow + 1000).blocked) << "the real venue's Retry-After held a test server";
}

TEST(VenueGate, AHoldSavedUnderTheVenueAloneGoesToTheRealVenue)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("state.ini"));
    const QString venue = QStringLiteral("binance");
    {
        // What earlier versions wrote, whatever server the ban came from.
        QSettings state(path, QSettings::IniFormat);
        state.setValue(QStringLiteral("gate/binance/bannedUntil"), kNow + 600'000);
        state.setValue(QStringLiteral("gate/binance/retryAfterUntil"), kNow + 900'000);
    }
    QSettings state(path, QSettings::IniFormat);
    VenueGate test(venue, noJitter(venue), &state, QUrl(QStringLiteral("http://127.0.0.1:8080")));
    EXPECT_FALSE(test.admit(1, kNow + 1000).blocked);
    EXPECT_TRUE(state.contains(QStringLiteral("gate/binance/bannedUntil"))) << "left for the real venue's gate";
    {
        VenueGate real(venue, noJitter(venue), &state);
        const auto admission = real.admit(1, kNow + 1000);
        ASSERT_TRUE(admission.blocked);
        EXPECT_EQ(admission.blocked->kind, FetchError::Kind::Banned);
        EXPECT_TRUE(real.admit(1, kNow + 700'000).blocked) << "the Retry-After was not taken over";
        EXPECT_FALSE(real.admit(1, kNow + 900'000).blocked);
    }
    EXPECT_FALSE(state.contains(QStringLiteral("gate/binance/bannedUntil")));
    EXPECT_FALSE(state.contains(QStringLiteral("gate/binance/retryAfterUntil")));
    // Taken over for good: the next start still holds the real venue.
    VenueGate restarted(venue, noJitter(venue), &state);
    EXPECT_TRUE(restarted.admit(1, kNow + 1000).blocked);
}

TEST(VenueGates, AVenueAtAnotherAddressHasItsOwnGate)
{
    VenueGates gates;
    const QUrl loopback(QStringLiteral("http://127.0.0.1:8080"));
    VenueGate *test = gates.gate(QStringLiteral("binance"), loopback);
    EXPECT_EQ(gates.gate(QStringLiteral("binance"), loopback), test);
    EXPECT_EQ(gates.gate(QStringLiteral("binance")), test) << "the venue alone names the gate asked first";
    VenueGate *real = gates.gate(QStringLiteral("binance"), VenueCatalog::defaultBaseUrl(QStringLiteral("binance")));
    EXPECT_NE(real, test);
    EXPECT_EQ(real->server(), QStringLiteral("https_fapi.binance.com_443"));
    EXPECT_EQ(test->server(), QStringLiteral("http_127.0.0.1_8080"));
}

TEST(VenueGate, DailyQuotaBlocksUntilMidnightUtc)
{
    VenueLimits limits = VenueLimits::defaults(QStringLiteral("dunamu"));
    limits.requestsPerDay = 2;
    VenueGate gate(QStringLiteral("dunamu"), limits, nullptr);
    gate.onSent(1, kNow);
    gate.onSent(1, kNow);
    const auto admission = gate.admit(1, kNow);
    ASSERT_TRUE(admission.blocked);
    EXPECT_EQ(admission.blocked->kind, FetchError::Kind::RateLimited);
    EXPECT_TRUE(admission.blocked->detail.contains(QStringLiteral("daily budget of 2")));
    EXPECT_EQ(gate.health(kNow).requestsToday, 2);
}

TEST(VenueGate, TheBreakerOpensAndItsStateIsPublished)
{
    VenueLimits limits = noJitter(QStringLiteral("bithumb"));
    limits.breaker.openMs = 1000;
    VenueGate gate(QStringLiteral("bithumb"), limits, nullptr);
    QSignalSpy health(&gate, &VenueGate::healthChanged);
    const FetchError bad = failure(FetchError::Kind::HttpStatus, 502);
    for (int i = 0; i < 10; ++i) {
        gate.onSent(1, kNow + i * 10);
        gate.onReply(ReplyFacts { 502, {}, {} }, &bad, kNow + i * 10 + 5);
    }
    EXPECT_EQ(health.last().at(0).value<VenueHealth>().breaker, CircuitBreaker::State::Open);
    const auto held = gate.admit(1, kNow + 500);
    ASSERT_TRUE(held.blocked);
    // The reason shown stays the venue's own.
    EXPECT_EQ(held.blocked->kind, FetchError::Kind::HttpStatus);
    EXPECT_EQ(held.blocked->httpStatus, 502);
    EXPECT_FALSE(held.blocked->retryAfterMs);

    EXPECT_FALSE(gate.admit(1, kNow + 1100).blocked);
    EXPECT_EQ(health.last().at(0).value<VenueHealth>().breaker, CircuitBreaker::State::HalfOpen);
}

TEST(VenueGate, NoDataIsNotAFailure)
{
    VenueGate gate(QStringLiteral("koreaexim"), VenueLimits::defaults(QStringLiteral("koreaexim")), nullptr);
    const FetchError nothing = failure(FetchError::Kind::NoData, 0, QStringLiteral("no rates published yet"));
    for (int i = 0; i < 30; ++i)
        gate.onReply(ReplyFacts { 200, {}, {} }, &nothing, kNow + i);
    EXPECT_EQ(gate.health(kNow + 30).consecutiveFailures, 0);
    EXPECT_EQ(gate.health(kNow + 30).breaker, CircuitBreaker::State::Closed);
    EXPECT_FALSE(gate.admit(1, kNow + 30).blocked);
}

TEST(VenueGate, UsedWeightHeaderSlowsDownBeforeTheLimit)
{
    VenueGate gate(QStringLiteral("binance"), VenueLimits::defaults(QStringLiteral("binance")), nullptr);
    const qint64 minute = 1'795'600'380'000;
    gate.onReply(ReplyFacts { 200, {}, "2300" }, nullptr, minute + 1000);
    EXPECT_EQ(gate.health(minute + 1000).usedWeight, 2300);
    EXPECT_EQ(gate.admit(1, minute + 1000).waitMs, 59'000 + WeightBudget::WindowMarginMs);
    gate.setWeightLimit(6000, 60'000);
    EXPECT_EQ(gate.admit(1, minute + 1000).waitMs, 0);
}

TEST(VenueLimits, SettingsOutOfRangeFallBackToTheDefaults)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    {
        QSettings settings(path, QSettings::IniFormat);
        settings.setValue(QStringLiteral("feeds/tickerPeriodMs"), 0);
        settings.setValue(QStringLiteral("feeds/fxPeriodMs"), QStringLiteral("soon"));
        settings.setValue(QStringLiteral("feeds/koreanFailoverMs"), -5);
        settings.setValue(QStringLiteral("feeds/outlierShare"), QStringLiteral("3"));
    }
    const FeedConfig defaults;
    const FeedConfig config = AppSettings(path).feedConfig();
    EXPECT_EQ(config.tickerPeriodMs, defaults.tickerPeriodMs);
    EXPECT_EQ(config.fxPeriodMs, defaults.fxPeriodMs);
    EXPECT_EQ(config.koreanFailoverMs, defaults.koreanFailoverMs);
    EXPECT_EQ(config.outlierShare, defaults.outlierShare);
}

TEST(VenueLimits, TheFeedConfigCarriesTheResilienceSettings)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    {
        QSettings settings(path, QSettings::IniFormat);
        settings.setValue(QStringLiteral("limits/bithumb/perSecond"), 5);
        settings.setValue(QStringLiteral("limits/dunamu/perDay"), 200);
        settings.setValue(QStringLiteral("feeds/koreanFailoverMs"), 20'000);
        settings.setValue(QStringLiteral("feeds/outlierShare"), QStringLiteral("0.05"));
    }
    AppSettings settings(path);
    FeedConfig config = settings.feedConfig();
    EXPECT_EQ(config.limits.value(QStringLiteral("bithumb")).requestsPerSecond, 5);
    EXPECT_EQ(config.limits.value(QStringLiteral("dunamu")).requestsPerDay, 200);
    EXPECT_EQ(config.limits.value(QStringLiteral("binance")).weightPerMinute, 2400);
    EXPECT_EQ(config.limits.value(QStringLiteral("upbit")).requestsPerSecond, 10);
    EXPECT_EQ(config.koreanFailoverMs, 20'000);
    EXPECT_EQ(config.outlierShare.toString(), QStringLiteral("0.05"));

    config.limits[QStringLiteral("binance")].requestsPerSecond = 12;
    config.koreanFailoverMs = 15'000;
    settings.setFeedConfig(config);
    const FeedConfig saved = AppSettings(path).feedConfig();
    EXPECT_EQ(saved.limits.value(QStringLiteral("binance")).requestsPerSecond, 12);
    EXPECT_EQ(saved.limits.value(QStringLiteral("bithumb")).requestsPerSecond, 5);
    EXPECT_EQ(saved.koreanFailoverMs, 15'000);
}
