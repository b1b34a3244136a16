#include "alertengine.h"

#include "healthboard.h"

#include "premium/premiumsample.h"

#include <algorithm>

namespace {

Decimal seconds(qint64 ms)
{
    return Decimal::fromParts(ms, 3).normalized();
}

Decimal percent(int part, int whole)
{
    return Decimal::fromInteger(100LL * part)
        .dividedBy(Decimal::fromInteger(whole), 2)
        .value_or(Decimal())
        .normalized();
}

TimedWindow<bool> &windowFor(std::map<QString, TimedWindow<bool>> &windows, const QString &key, qint64 spanMs)
{
    return windows.try_emplace(key, spanMs).first->second;
}

} // namespace

AlertEngine::AlertEngine(const HealthBoard *board, const AlertSettings &settings, QObject *parent)
    : QObject(parent)
    , m_board(board)
    , m_settings(settings)
{
}

qint64 AlertEngine::now() const
{
    return m_board->now();
}

void AlertEngine::setSettings(const AlertSettings &settings)
{
    m_settings = settings;
    for (auto *windows : { &m_requests, &m_cacheReads }) {
        for (auto &[key, window] : *windows)
            window.setSpanMs(settings.windowMs);
    }
    for (auto &[key, window] : m_premiums)
        window.setSpanMs(settings.windowMs);
}

void AlertEngine::setUserRules(const QList<UserAlertRule> &rules)
{
    for (const UserAlertRule &old : std::as_const(m_userRules)) {
        if (rules.contains(old))
            continue;
        for (const QString &direction : { QStringLiteral("above"), QStringLiteral("below") }) {
            const std::pair<AlertRule, QString> key { AlertRule::UserPremiumThreshold, old.id + u':' + direction };
            m_latches.erase(key);
            m_active.erase(key);
        }
    }
    m_userRules = rules;
}

QList<AlertEvent> AlertEngine::activeAlerts() const
{
    QList<AlertEvent> events;
    for (const auto &[key, event] : m_active)
        events.append(event);
    std::stable_sort(events.begin(), events.end(),
                     [](const AlertEvent &a, const AlertEvent &b) { return a.atMs < b.atMs; });
    return events;
}

void AlertEngine::apply(AlertRule rule, const QString &key, const QString &subject, const Check &check,
                        const QString &direction)
{
    const std::pair id { rule, key };
    AlertLatch &latch = m_latches[id];
    const AlertLatch::Change change = latch.update(check.firing, check.clearing);
    if (change == AlertLatch::Change::None)
        return;
    AlertEvent event;
    event.rule = rule;
    event.kind = change == AlertLatch::Change::Fired ? AlertEvent::Kind::Fired : AlertEvent::Kind::Cleared;
    event.subject = subject;
    event.value = check.value;
    event.threshold = check.threshold;
    event.direction = direction;
    event.atMs = now();
    if (event.kind == AlertEvent::Kind::Fired) {
        event.notify = !m_settings.isMuted(rule) && latch.takeNotification(event.atMs, m_settings.cooldownMs);
        m_active[id] = event;
    } else {
        m_active.erase(id);
    }
    Q_EMIT alertRaised(event);
}

void AlertEngine::recordRequest(const QString &api, bool failed)
{
    windowFor(m_requests, api, m_settings.windowMs).add(now(), failed);
}

void AlertEngine::recordCacheRead(const QString &cache, bool hit)
{
    windowFor(m_cacheReads, cache, m_settings.windowMs).add(now(), !hit);
}

void AlertEngine::recordPremium(const PremiumSample &sample)
{
    // A stale premium repeats old inputs: neither a move nor a crossing.
    if (sample.stale)
        return;
    m_premiums.try_emplace(sample.symbol, m_settings.windowMs).first->second.add(now(), sample.preciseRate);
    checkSpike(sample.symbol);
    checkUserRules(sample);
}

void AlertEngine::setRedisReachable(bool reachable)
{
    apply(AlertRule::RedisConnectionFailed, QStringLiteral("redis"), QStringLiteral("redis"),
          Check { !reachable, reachable, std::nullopt, std::nullopt });
}

void AlertEngine::setKeyAge(const QString &keyId, std::optional<int> ageDays)
{
    const bool due = ageDays && *ageDays >= m_settings.keyRotationDays;
    apply(AlertRule::KeyRotationDue, keyId, keyId,
          Check { due, !due, ageDays ? std::optional(Decimal::fromInteger(*ageDays)) : std::nullopt,
                  Decimal::fromInteger(m_settings.keyRotationDays) });
}

void AlertEngine::evaluate()
{
    checkStaleJobs();
    checkRates(AlertRule::ExternalApiHighErrorRate, m_requests, m_settings.apiErrorRatePercent);
    checkRates(AlertRule::HighCacheMissRate, m_cacheReads, m_settings.cacheMissRatePercent);
    for (const auto &[symbol, window] : m_premiums)
        checkSpike(symbol);
}

void AlertEngine::checkStaleJobs()
{
    const qint64 at = now();
    QStringList gone;
    for (const auto &[key, event] : m_active) {
        if (key.first == AlertRule::BatchJobStale && !m_board->job(key.second))
            gone.append(key.second);
    }
    for (const QString &name : std::as_const(gone))
        apply(AlertRule::BatchJobStale, name, name, Check{false, true, std::nullopt, std::nullopt});
    for (const QString &name : m_board->jobs()) {
        const JobHealth *job = m_board->job(name);
        const JobHealth::State state = job->state(at);
        apply(AlertRule::BatchJobStale, name, name,
              Check { state == JobHealth::State::Stale, state == JobHealth::State::Healthy, seconds(job->ageMs(at)),
                      seconds(job->staleAfterMs()) });
    }
}

AlertEngine::Check AlertEngine::rateCheck(const TimedWindow<bool> &window, int thresholdPercent) const
{
    int total = 0;
    int bad = 0;
    window.forEach(now(), [&](const auto &entry) {
        ++total;
        bad += entry.value ? 1 : 0;
    });
    Check check;
    check.threshold = Decimal::fromInteger(thresholdPercent);
    if (total < m_settings.minSamples) {
        // Too few to call it a rate: an active alert clears, none fires.
        check.clearing = true;
        return check;
    }
    check.value = percent(bad, total);
    // In integers: bad / total > threshold %, and clear at or below (100 − hysteresis) % of it.
    check.firing = 100LL * bad > static_cast<qint64>(thresholdPercent) * total;
    check.clearing
        = 100LL * 100 * bad <= static_cast<qint64>(thresholdPercent) * (100 - m_settings.hysteresisPercent) * total;
    return check;
}

void AlertEngine::checkRates(AlertRule rule, const std::map<QString, TimedWindow<bool>> &windows, int thresholdPercent)
{
    for (const auto &[key, window] : windows)
        apply(rule, key, key, rateCheck(window, thresholdPercent));
}

void AlertEngine::checkSpike(const QString &symbol)
{
    const TimedWindow<Decimal> &window = m_premiums.at(symbol);
    std::optional<Decimal> latest;
    Decimal move;
    window.forEach(now(), [&latest](const auto &entry) { latest = entry.value; });
    if (latest) {
        window.forEach(now(), [&](const auto &entry) { move = std::max(move, (*latest - entry.value).abs()); });
    }
    const Decimal &threshold = m_settings.premiumSpikePoints;
    const Decimal clearBelow = (threshold * Decimal::fromInteger(100 - m_settings.hysteresisPercent))
                                   .dividedBy(Decimal::fromInteger(100))
                                   .value_or(threshold);
    apply(AlertRule::PremiumRateSpike, symbol, symbol,
          Check { move > threshold, move <= clearBelow, move.roundedHalfUp(2).normalized(), threshold });
}

void AlertEngine::checkUserRules(const PremiumSample &sample)
{
    for (const UserAlertRule &rule : std::as_const(m_userRules)) {
        if (!rule.matches(sample))
            continue;
        if (rule.above) {
            apply(AlertRule::UserPremiumThreshold, rule.id + QStringLiteral(":above"), rule.subject(),
                  Check { sample.rate > *rule.above, sample.rate <= *rule.above - rule.hysteresis, sample.rate,
                          *rule.above },
                  QStringLiteral("above"));
        }
        if (rule.below) {
            apply(AlertRule::UserPremiumThreshold, rule.id + QStringLiteral(":below"), rule.subject(),
                  Check { sample.rate < *rule.below, sample.rate >= *rule.below + rule.hysteresis, sample.rate,
                          *rule.below },
                  QStringLiteral("below"));
        }
    }
}
