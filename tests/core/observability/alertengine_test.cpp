#include "observability/alertengine.h"
#include "observability/healthboard.h"

#include "premium/premiumsample.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

namespace {

Decimal dec(const char *text)
{
    return *Decimal::fromString(QString::fromLatin1(text));
}

PremiumSample sample(const char *rate, const QString &korea = QStringLiteral("bithumb"), bool stale = false)
{
    PremiumSample sample;
    sample.symbol = QStringLiteral("BTC");
    sample.rate = dec(rate);
    sample.preciseRate = dec(rate);
    sample.korea.venue = korea;
    sample.foreign.venue = QStringLiteral("binance");
    sample.stale = stale;
    return sample;
}

UserAlertRule btcRule(const QString &korea)
{
    UserAlertRule rule;
    rule.id = QStringLiteral("r1");
    rule.symbol = QStringLiteral("BTC");
    rule.koreaVenue = korea;
    rule.foreignVenue = QStringLiteral("binance");
    return rule;
}

// An engine on a board whose clock the test moves; every emitted event is kept in order.
class AlertEngineTest : public ::testing::Test
{
protected:
    AlertEngineTest()
        : board([this](const QString &job) { return settings.staleAfterMs(job); })
    {
        board.setClock([this] { return now; });
        engine = std::make_unique<AlertEngine>(&board, settings);
        QObject::connect(engine.get(), &AlertEngine::alertRaised, engine.get(),
                         [this](const AlertEvent &event) { events.append(event); });
    }

    void reconfigure() { engine->setSettings(settings); }

    // Advances the clock and evaluates once a second, as the app's timer does.
    void runUntil(qint64 untilMs)
    {
        while (now < untilMs) {
            now = std::min(untilMs, now + 1'000);
            engine->evaluate();
        }
    }

    // The events so far (of one rule only, when given), forgetting them all.
    QList<AlertEvent> take(std::optional<AlertRule> rule = std::nullopt)
    {
        QList<AlertEvent> out;
        for (const AlertEvent &event : std::as_const(events)) {
            if (!rule || event.rule == *rule)
                out.append(event);
        }
        events.clear();
        return out;
    }

    qint64 now = 1'000'000;
    AlertSettings settings;
    HealthBoard board;
    std::unique_ptr<AlertEngine> engine;
    QList<AlertEvent> events;
};

} // namespace

TEST_F(AlertEngineTest, AStaleTickerFiresOncePastFiveSecondsAndClearsOnItsNextSuccess)
{
    const QString job = QStringLiteral("ticker:bithumb");
    board.recordSuccess(job);
    runUntil(now + 5'000);
    EXPECT_TRUE(take().isEmpty()) << "five seconds old is not stale yet";
    now += 1;
    engine->evaluate();
    QList<AlertEvent> fired = take();
    ASSERT_EQ(fired.size(), 1);
    EXPECT_EQ(fired.at(0).rule, AlertRule::BatchJobStale);
    EXPECT_EQ(fired.at(0).kind, AlertEvent::Kind::Fired);
    EXPECT_EQ(fired.at(0).subject, job);
    EXPECT_EQ(fired.at(0).value, dec("5.001"));
    EXPECT_EQ(fired.at(0).threshold, dec("5"));
    EXPECT_TRUE(fired.at(0).notify);
    EXPECT_EQ(engine->activeAlerts().size(), 1);

    runUntil(now + 60'000);
    EXPECT_TRUE(take().isEmpty()) << "a rule that keeps firing says so once";

    board.recordSuccess(job);
    engine->evaluate();
    const QList<AlertEvent> cleared = take();
    ASSERT_EQ(cleared.size(), 1);
    EXPECT_EQ(cleared.at(0).kind, AlertEvent::Kind::Cleared);
    EXPECT_FALSE(cleared.at(0).notify);
    EXPECT_TRUE(engine->activeAlerts().isEmpty());
}

TEST_F(AlertEngineTest, AStaleJobThatIsNoLongerRunClears)
{
    board.watch(QStringLiteral("ticker:upbit"));
    runUntil(now + 6'000);
    ASSERT_EQ(take().size(), 1);
    board.forget(QStringLiteral("ticker:upbit"));
    engine->evaluate();
    const QList<AlertEvent> cleared = take();
    ASSERT_EQ(cleared.size(), 1);
    EXPECT_EQ(cleared.at(0).kind, AlertEvent::Kind::Cleared);
    EXPECT_TRUE(engine->activeAlerts().isEmpty());
}

TEST_F(AlertEngineTest, FxAndPremiumHaveTheirOwnLimits)
{
    board.recordSuccess(QStringLiteral("fx"));
    board.recordSuccess(QStringLiteral("premium"));
    runUntil(now + 5'001);
    QList<AlertEvent> fired = take();
    ASSERT_EQ(fired.size(), 1);
    EXPECT_EQ(fired.at(0).subject, QStringLiteral("premium"));
    runUntil(now - 5'001 + 15 * 60'000);
    EXPECT_TRUE(take().isEmpty());
    now += 1;
    engine->evaluate();
    fired = take();
    ASSERT_EQ(fired.size(), 1);
    EXPECT_EQ(fired.at(0).subject, QStringLiteral("fx"));
}

TEST_F(AlertEngineTest, AFeedFailingFromItsStartTurnsStale)
{
    board.watch(QStringLiteral("ticker:binance"));
    for (int i = 0; i < 5; ++i) {
        board.recordAttempt(QStringLiteral("ticker:binance"), true);
        runUntil(now + 1'000);
    }
    EXPECT_TRUE(take().isEmpty());
    runUntil(now + 1'000);
    const QList<AlertEvent> fired = take();
    ASSERT_EQ(fired.size(), 1);
    EXPECT_EQ(fired.at(0).subject, QStringLiteral("ticker:binance"));
}

TEST_F(AlertEngineTest, ApiErrorRateFiresAboveTenPercentAndClearsWithHysteresis)
{
    const QString venue = QStringLiteral("binance");
    // 20 requests, 2 failed: exactly 10 %, not above.
    for (int i = 0; i < 20; ++i) {
        now += 1'000;
        engine->recordRequest(venue, i < 2);
    }
    engine->evaluate();
    EXPECT_TRUE(take().isEmpty());
    now += 1'000;
    engine->recordRequest(venue, true); // 3 of 21: 14.29 %
    engine->evaluate();
    QList<AlertEvent> fired = take();
    ASSERT_EQ(fired.size(), 1);
    EXPECT_EQ(fired.at(0).rule, AlertRule::ExternalApiHighErrorRate);
    EXPECT_EQ(fired.at(0).subject, venue);
    EXPECT_EQ(fired.at(0).value, dec("14.29"));
    EXPECT_EQ(fired.at(0).threshold, dec("10"));

    // 3 of 30 = 10 %: below the threshold but above its clear level (8 %): still firing.
    for (int i = 0; i < 9; ++i) {
        now += 1'000;
        engine->recordRequest(venue, false);
    }
    engine->evaluate();
    EXPECT_TRUE(take().isEmpty());
    // 3 of 38 = 7.9 %: clears.
    for (int i = 0; i < 8; ++i) {
        now += 1'000;
        engine->recordRequest(venue, false);
    }
    engine->evaluate();
    const QList<AlertEvent> cleared = take();
    ASSERT_EQ(cleared.size(), 1);
    EXPECT_EQ(cleared.at(0).kind, AlertEvent::Kind::Cleared);
}

TEST_F(AlertEngineTest, FailuresOlderThanTheWindowNoLongerCount)
{
    const QString venue = QStringLiteral("bithumb");
    for (int i = 0; i < 10; ++i)
        engine->recordRequest(venue, true);
    engine->evaluate();
    ASSERT_EQ(take().size(), 1);
    // The failures leave the five-minute window; too few requests remain to be a rate.
    now += 5 * 60'000;
    engine->recordRequest(venue, false);
    engine->evaluate();
    const QList<AlertEvent> cleared = take();
    ASSERT_EQ(cleared.size(), 1);
    EXPECT_EQ(cleared.at(0).kind, AlertEvent::Kind::Cleared);
}

TEST_F(AlertEngineTest, TooFewRequestsAreNoRate)
{
    for (int i = 0; i < settings.minSamples - 1; ++i)
        engine->recordRequest(QStringLiteral("dunamu"), true);
    engine->evaluate();
    EXPECT_TRUE(take().isEmpty());
}

TEST_F(AlertEngineTest, CacheMissRateAboveThirtyPercent)
{
    for (int i = 0; i < 10; ++i)
        engine->recordCacheRead(QStringLiteral("ticker"), i < 3); // 7 misses of 10
    engine->evaluate();
    QList<AlertEvent> fired = take();
    ASSERT_EQ(fired.size(), 1);
    EXPECT_EQ(fired.at(0).rule, AlertRule::HighCacheMissRate);
    EXPECT_EQ(fired.at(0).subject, QStringLiteral("ticker"));
    EXPECT_EQ(fired.at(0).value, dec("70"));
    for (int i = 0; i < 80; ++i)
        engine->recordCacheRead(QStringLiteral("ticker"), true); // 7 of 90: 7.8 %
    engine->evaluate();
    ASSERT_EQ(take().size(), 1);
}

TEST_F(AlertEngineTest, APremiumMoveOfMoreThanTwoPointsWithinFiveMinutes)
{
    engine->recordPremium(sample("1.00"));
    now += 60'000;
    engine->recordPremium(sample("2.50"));
    now += 60'000;
    engine->recordPremium(sample("3.00"));
    EXPECT_TRUE(take().isEmpty()) << "exactly 2 points is not more than 2";
    now += 1'000;
    engine->recordPremium(sample("3.01"));
    QList<AlertEvent> fired = take();
    ASSERT_EQ(fired.size(), 1);
    EXPECT_EQ(fired.at(0).rule, AlertRule::PremiumRateSpike);
    EXPECT_EQ(fired.at(0).subject, QStringLiteral("BTC"));
    EXPECT_EQ(fired.at(0).value, dec("2.01"));
    // Once the 1.00 is five minutes old, the move is 0.51: cleared by the timer alone.
    runUntil(now + 178'000);
    EXPECT_TRUE(take().isEmpty());
    runUntil(now + 1'000);
    const QList<AlertEvent> cleared = take();
    ASSERT_EQ(cleared.size(), 1);
    EXPECT_EQ(cleared.at(0).kind, AlertEvent::Kind::Cleared);
}

TEST_F(AlertEngineTest, AFallIsAMoveTooAndStaleSamplesAreIgnored)
{
    engine->recordPremium(sample("1.00"));
    now += 1'000;
    engine->recordPremium(sample("-5.00", QStringLiteral("bithumb"), true));
    EXPECT_TRUE(take().isEmpty()) << "a stale premium is no move";
    engine->recordPremium(sample("-1.50"));
    ASSERT_EQ(take().size(), 1);
}

TEST_F(AlertEngineTest, ARuleThatFlapsNotifiesAgainOnlyAfterTheCooldown)
{
    settings.cooldownMs = 10 * 60'000;
    reconfigure();
    engine->setRedisReachable(false);
    engine->setRedisReachable(true);
    now += 60'000;
    engine->setRedisReachable(false);
    QList<AlertEvent> flapping = take();
    ASSERT_EQ(flapping.size(), 3);
    EXPECT_TRUE(flapping.at(0).notify);
    EXPECT_EQ(flapping.at(1).kind, AlertEvent::Kind::Cleared);
    EXPECT_EQ(flapping.at(2).kind, AlertEvent::Kind::Fired);
    EXPECT_FALSE(flapping.at(2).notify) << "within the cooldown: logged, not notified";
    engine->setRedisReachable(true);
    now += 10 * 60'000;
    engine->setRedisReachable(false);
    const QList<AlertEvent> later = take();
    ASSERT_EQ(later.size(), 2);
    EXPECT_TRUE(later.at(1).notify);
}

TEST_F(AlertEngineTest, AMutedRuleIsLoggedButNeverNotified)
{
    settings.muted.insert(AlertRule::RedisConnectionFailed);
    reconfigure();
    engine->setRedisReachable(false);
    const QList<AlertEvent> fired = take();
    ASSERT_EQ(fired.size(), 1);
    EXPECT_EQ(fired.at(0).rule, AlertRule::RedisConnectionFailed);
    EXPECT_FALSE(fired.at(0).notify);
}

TEST_F(AlertEngineTest, AKeyIsDueForRotationFromItsEightyFifthDay)
{
    const QString key = QStringLiteral("exchangerate-api-key");
    engine->setKeyAge(key, 84);
    EXPECT_TRUE(take().isEmpty());
    engine->setKeyAge(key, 85);
    QList<AlertEvent> fired = take();
    ASSERT_EQ(fired.size(), 1);
    EXPECT_EQ(fired.at(0).rule, AlertRule::KeyRotationDue);
    EXPECT_EQ(fired.at(0).subject, key);
    EXPECT_EQ(fired.at(0).value, dec("85"));
    engine->setKeyAge(key, 90);
    EXPECT_TRUE(take().isEmpty());
    engine->setKeyAge(key, std::nullopt);
    ASSERT_EQ(take().size(), 1) << "a replaced or deleted key clears";
}

TEST_F(AlertEngineTest, AUserAlertFiresOncePerCrossingWithHysteresis)
{
    UserAlertRule rule = btcRule(QStringLiteral("bithumb"));
    rule.above = dec("3.00");
    rule.below = dec("-1.00");
    rule.hysteresis = dec("0.20");
    engine->setUserRules({ rule });

    engine->recordPremium(sample("3.00"));
    EXPECT_TRUE(take(AlertRule::UserPremiumThreshold).isEmpty()) << "at X is not above X";
    engine->recordPremium(sample("3.01"));
    QList<AlertEvent> fired = take(AlertRule::UserPremiumThreshold);
    ASSERT_EQ(fired.size(), 1);
    EXPECT_EQ(fired.at(0).rule, AlertRule::UserPremiumThreshold);
    EXPECT_EQ(fired.at(0).subject, QStringLiteral("BTC bithumb/binance"));
    EXPECT_EQ(fired.at(0).direction, QStringLiteral("above"));
    EXPECT_EQ(fired.at(0).value, dec("3.01"));
    EXPECT_EQ(fired.at(0).threshold, dec("3.00"));
    EXPECT_TRUE(fired.at(0).notify);

    // Dipping under X but not under X − 0.20 and back does not fire again.
    engine->recordPremium(sample("2.85"));
    engine->recordPremium(sample("3.10"));
    EXPECT_TRUE(take(AlertRule::UserPremiumThreshold).isEmpty());
    engine->recordPremium(sample("2.80"));
    ASSERT_EQ(take(AlertRule::UserPremiumThreshold).size(), 1) << "re-armed at X − hysteresis";
    // Cooldown 0: the next crossing notifies again.
    settings.cooldownMs = 0;
    reconfigure();
    engine->recordPremium(sample("3.05"));
    fired = take(AlertRule::UserPremiumThreshold);
    ASSERT_EQ(fired.size(), 1);
    EXPECT_TRUE(fired.at(0).notify);

    engine->recordPremium(sample("-1.01"));
    fired = take(AlertRule::UserPremiumThreshold);
    ASSERT_EQ(fired.size(), 2) << "above clears, below fires";
    EXPECT_EQ(fired.at(1).direction, QStringLiteral("below"));
}

TEST_F(AlertEngineTest, AUserAlertWatchesOnlyItsPairAndForgetsStateWhenEdited)
{
    UserAlertRule rule = btcRule(QStringLiteral("upbit"));
    rule.above = dec("1");
    engine->setUserRules({ rule });
    engine->recordPremium(sample("1.10", QStringLiteral("bithumb")));
    EXPECT_TRUE(take(AlertRule::UserPremiumThreshold).isEmpty()) << "another Korean venue";
    engine->recordPremium(sample("1.50", QStringLiteral("upbit")));
    ASSERT_EQ(take(AlertRule::UserPremiumThreshold).size(), 1);
    EXPECT_EQ(engine->activeAlerts().size(), 1);

    rule.above = dec("1.2");
    engine->setUserRules({ rule });
    EXPECT_TRUE(engine->activeAlerts().isEmpty());
    engine->recordPremium(sample("1.50", QStringLiteral("upbit")));
    ASSERT_EQ(take(AlertRule::UserPremiumThreshold).size(), 1) << "an edited rule starts armed";
}

TEST(AlertEvent, JsonHasTheSeedNameAndExactValues)
{
    AlertEvent event;
    event.rule = AlertRule::PremiumRateSpike;
    event.kind = AlertEvent::Kind::Fired;
    event.subject = QStringLiteral("BTC");
    event.value = dec("2.01");
    event.threshold = dec("2");
    event.atMs = 1'795'600'000'000;
    event.notify = true;
    const QJsonObject json = event.toJson();
    EXPECT_EQ(json.value(u"event").toString(), QStringLiteral("alert"));
    EXPECT_EQ(json.value(u"rule").toString(), QStringLiteral("PremiumRateSpike"));
    EXPECT_EQ(json.value(u"state").toString(), QStringLiteral("fired"));
    EXPECT_EQ(json.value(u"value").toString(), QStringLiteral("2.01"));
    EXPECT_EQ(json.value(u"threshold").toString(), QStringLiteral("2"));
    EXPECT_EQ(json.value(u"at").toString(), QStringLiteral("2026-11-25T09:46:40.000Z"));
    EXPECT_FALSE(json.contains(u"direction"));
}
