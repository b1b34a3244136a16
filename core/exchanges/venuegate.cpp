#include "venuegate.h"

#include "observability/logevent.h"
#include "throttlehints.h"
#include "venuecatalog.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QSettings>

Q_LOGGING_CATEGORY(lcGate, "ps.gate", QtInfoMsg)

namespace {

QString isoUtc(qint64 epochMs)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC).toString(Qt::ISODateWithMs);
}

constexpr const char *HoldKeys[] = { "bannedUntil", "retryAfterUntil" };

} // namespace

QString VenueGate::serverId(const QUrl &baseUrl)
{
    const int port = baseUrl.port(baseUrl.scheme() == u"https" ? 443 : 80);
    return baseUrl.scheme() + u'_' + baseUrl.host() + u'_' + QString::number(port);
}

VenueGate::VenueGate(QString venue, VenueLimits limits, QSettings *state, const QUrl &baseUrl, QObject *parent)
    : QObject(parent)
    , m_venue(std::move(venue))
    , m_server(serverId(baseUrl.isEmpty() ? VenueCatalog::defaultBaseUrl(m_venue) : baseUrl))
    , m_limits(std::move(limits))
    , m_state(state)
    , m_perSecond(m_limits.requestsPerSecond, 1000)
    , m_weight(m_limits.weightPerMinute, 60'000)
    , m_daily(QStringLiteral("quota/") + m_venue, m_limits.requestsPerDay, state)
    , m_backoff(m_limits.backoffBaseMs, m_limits.backoffCapMs)
    , m_breaker(m_limits.breaker)
{
    if (m_state)
        restoreHolds();
}

QString VenueGate::stateKey(const char *name) const
{
    return QStringLiteral("gate/") + m_venue + u'/' + m_server + u'/' + QLatin1StringView(name);
}

void VenueGate::restoreHolds()
{
    // Earlier versions kept one hold per venue ("gate/binance/bannedUntil"), whatever server had
    // asked for it. Nearly always that was the real venue, and holding it for a test server's
    // ban errs on the polite side, so the real venue's gate takes such a hold over; a gate for
    // another server ignores it.
    if (m_server == serverId(VenueCatalog::defaultBaseUrl(m_venue))) {
        for (const char *name : HoldKeys) {
            const QString legacy = QStringLiteral("gate/") + m_venue + u'/' + QLatin1StringView(name);
            if (!m_state->contains(legacy))
                continue;
            const qint64 until = m_state->value(legacy).toLongLong();
            m_state->remove(legacy);
            if (until > m_state->value(stateKey(name), 0).toLongLong())
                m_state->setValue(stateKey(name), until);
            m_state->sync();
        }
    }
    m_bannedUntilMs = m_state->value(stateKey(HoldKeys[0]), 0).toLongLong();
    m_retryAfterUntilMs = m_state->value(stateKey(HoldKeys[1]), 0).toLongLong();
}

FetchError VenueGate::holdError(FetchError::Kind kind, qint64 untilMs, qint64 nowMs, const QString &why) const
{
    const bool venueAsked = kind == FetchError::Kind::Banned || kind == FetchError::Kind::RateLimited;
    FetchError error;
    // Held back by the breaker or the backoff, the reason the user needs is still the venue's last answer.
    if (m_lastError && !venueAsked) {
        error = *m_lastError;
        error.retryAfterMs.reset();
    } else {
        error.kind = kind;
    }
    if (!why.isEmpty())
        error.detail = why;
    if (venueAsked)
        error.retryAfterMs = std::max<qint64>(0, untilMs - nowMs);
    return error;
}

VenueGate::Admission VenueGate::admit(int weight, qint64 nowMs)
{
    if (nowMs < m_bannedUntilMs)
        return { 0,
                 holdError(FetchError::Kind::Banned, m_bannedUntilMs, nowMs,
                           QStringLiteral("banned until ") + isoUtc(m_bannedUntilMs)) };
    if (nowMs < m_retryAfterUntilMs)
        return { 0,
                 holdError(FetchError::Kind::RateLimited, m_retryAfterUntilMs, nowMs,
                           QStringLiteral("asked to wait until ") + isoUtc(m_retryAfterUntilMs)) };
    if (m_daily.isExhausted(nowMs)) {
        return { 0,
                 holdError(FetchError::Kind::RateLimited, nowMs + m_daily.msUntilReset(nowMs), nowMs,
                           QStringLiteral("daily budget of %1 requests used").arg(m_daily.limit())) };
    }
    const CircuitBreaker::State before = m_breaker.state();
    const bool breakerAllows = m_breaker.canSend(nowMs);
    if (m_breaker.state() != before) {
        LogEvent::info(
            lcGate(), "circuit_half_open",
            { { QStringLiteral("venue"), m_venue }, { QStringLiteral("probes"), m_breaker.policy().probes } });
        publish(nowMs);
    }
    if (!breakerAllows)
        return { 0, holdError(FetchError::Kind::Network, m_breaker.openUntilMs(), nowMs, QString()) };
    if (nowMs < m_backoffUntilMs)
        return { 0, holdError(FetchError::Kind::Network, m_backoffUntilMs, nowMs, QString()) };
    return { std::max(m_perSecond.waitMs(nowMs), m_weight.waitMs(weight, nowMs)), std::nullopt };
}

void VenueGate::onSent(int weight, qint64 nowMs)
{
    m_perSecond.spend(nowMs);
    m_weight.spend(weight, nowMs);
    m_daily.spend(nowMs);
    m_breaker.onSent();
}

void VenueGate::noteUsedWeight(const ReplyFacts &facts, qint64 nowMs)
{
    if (const auto used = ThrottleHints::usedWeight(facts.usedWeight))
        m_weight.observeUsed(*used, nowMs);
}

std::optional<qint64> VenueGate::onReply(const ReplyFacts &facts, const FetchError *error, qint64 nowMs)
{
    noteUsedWeight(facts, nowMs);
    // The venue answering "nothing published yet" is a venue that works.
    if (!error || error->kind == FetchError::Kind::NoData) {
        m_backoff.reset();
        m_backoffUntilMs = 0;
        m_lastError.reset();
        if (m_breaker.recordSuccess())
            LogEvent::info(lcGate(), "circuit_closed", { { QStringLiteral("venue"), m_venue } });
        publish(nowMs);
        return std::nullopt;
    }
    onFailure(facts, *error, nowMs);
    const qint64 until = std::max(m_bannedUntilMs, m_retryAfterUntilMs);
    return until > nowMs ? std::optional<qint64>(until - nowMs) : std::nullopt;
}

void VenueGate::onFailure(const ReplyFacts &facts, const FetchError &error, qint64 nowMs)
{
    m_lastError = error;
    const std::optional<qint64> retryAfter = ThrottleHints::retryAfterMs(facts.retryAfter, nowMs);
    if (facts.httpStatus == 418) {
        // Retry-After first, then the end the message names; a ban with neither lasts at least minBanMs.
        qint64 until = nowMs + m_limits.minBanMs;
        const std::optional<qint64> stated = ThrottleHints::bannedUntilMs(error.detail);
        if (retryAfter)
            until = nowMs + *retryAfter;
        else if (stated && *stated > nowMs && *stated - nowMs <= ThrottleHints::MaxHoldMs)
            until = *stated;
        hold(m_bannedUntilMs, "bannedUntil", until);
        LogEvent::warning(
            lcGate(), "venue_banned",
            { { QStringLiteral("venue"), m_venue }, { QStringLiteral("until"), isoUtc(m_bannedUntilMs) } });
    } else if (retryAfter) {
        hold(m_retryAfterUntilMs, "retryAfterUntil", nowMs + *retryAfter);
        LogEvent::warning(lcGate(), "retry_after",
                          { { QStringLiteral("venue"), m_venue },
                            { QStringLiteral("status"), facts.httpStatus },
                            { QStringLiteral("until"), isoUtc(m_retryAfterUntilMs) } });
    }
    // A venue that says we ask too much gets the long backoff; one that is down is asked again
    // soon enough to notice its return.
    const bool refused = facts.httpStatus == 429 || facts.httpStatus == 418;
    m_backoffUntilMs = nowMs + m_backoff.nextDelayMs(refused ? m_limits.backoffCapMs : m_limits.outageBackoffCapMs);
    if (m_breaker.recordFailure(nowMs)) {
        LogEvent::warning(lcGate(), "circuit_open",
                          { { QStringLiteral("venue"), m_venue },
                            { QStringLiteral("until"), isoUtc(m_breaker.openUntilMs()) },
                            { QStringLiteral("reason"), error.describe() } });
    }
    publish(nowMs);
}

void VenueGate::hold(qint64 &untilField, const char *key, qint64 untilMs)
{
    untilField = std::max(untilField, untilMs);
    if (m_state) {
        m_state->setValue(stateKey(key), untilField);
        m_state->sync();
    }
}

void VenueGate::setWeightLimit(int limit, qint64 windowMs)
{
    m_weight.setLimit(limit, windowMs);
    LogEvent::info(lcGate(), "weight_limit",
                   { { QStringLiteral("venue"), m_venue },
                     { QStringLiteral("limit"), limit },
                     { QStringLiteral("window_ms"), windowMs } });
}

VenueHealth VenueGate::health(qint64 nowMs) const
{
    VenueHealth health;
    health.venue = m_venue;
    health.breaker = m_breaker.state();
    health.breakerOpenUntilMs = m_breaker.state() == CircuitBreaker::State::Open ? m_breaker.openUntilMs() : 0;
    health.bannedUntilMs = m_bannedUntilMs > nowMs ? m_bannedUntilMs : 0;
    health.retryAfterUntilMs = m_retryAfterUntilMs > nowMs ? m_retryAfterUntilMs : 0;
    health.backoffUntilMs = m_backoffUntilMs > nowMs ? m_backoffUntilMs : 0;
    health.consecutiveFailures = m_backoff.failures();
    health.failuresInWindow = m_breaker.failuresInWindow();
    health.usedWeight = m_weight.used(nowMs);
    health.weightLimit = m_weight.limit();
    health.requestsToday = m_daily.used(nowMs);
    health.dailyLimit = m_daily.limit();
    health.lastError = m_lastError;
    return health;
}

void VenueGate::publish(qint64 nowMs)
{
    Q_EMIT healthChanged(health(nowMs));
}
