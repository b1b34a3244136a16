#include "feedobserver.h"

#include "alertengine.h"
#include "healthboard.h"
#include "metriccounter.h"
#include "metricgauge.h"
#include "metrichistogram.h"
#include "metricsregistry.h"
#include "seedmetrics.h"

#include "coordination/sharedfeedstatus.h"
#include "exchanges/requestoutcome.h"
#include "premium/feedstatus.h"
#include "premium/premiumsample.h"

namespace {

// Label values stay machine-readable ids: the prose of FetchError::kindName is for people.
QString errorType(FetchError::Kind kind)
{
    switch (kind) {
    case FetchError::Kind::ConnectionRefused:
        return QStringLiteral("connection_refused");
    case FetchError::Kind::Timeout:
        return QStringLiteral("timeout");
    case FetchError::Kind::Network:
        return QStringLiteral("network");
    case FetchError::Kind::HttpStatus:
        return QStringLiteral("http_status");
    case FetchError::Kind::RateLimited:
        return QStringLiteral("rate_limited");
    case FetchError::Kind::Banned:
        return QStringLiteral("banned");
    case FetchError::Kind::ApiError:
        return QStringLiteral("api_error");
    case FetchError::Kind::Malformed:
        return QStringLiteral("malformed");
    case FetchError::Kind::Empty:
        return QStringLiteral("empty");
    case FetchError::Kind::Absurd:
        return QStringLiteral("absurd");
    case FetchError::Kind::NoData:
        return QStringLiteral("no_data");
    }
    return QStringLiteral("unknown");
}

} // namespace

FeedObserver::FeedObserver(MetricsRegistry *registry, HealthBoard *health, AlertEngine *alerts, QObject *parent)
    : QObject(parent)
    , m_registry(registry)
    , m_health(health)
    , m_alerts(alerts)
{
}

QString FeedObserver::jobName(FeedRole role, const QString &venue)
{
    return role == FeedRole::Fx ? QStringLiteral("fx") : QStringLiteral("ticker:") + venue;
}

void FeedObserver::onRequest(FeedRole role, const RequestOutcome &outcome)
{
    // The seed counts exchange tickers and external APIs (the FX sources) apart.
    const bool fx = role == FeedRole::Fx;
    const QString label = fx ? QStringLiteral("api") : QStringLiteral("exchange");
    const MetricLabels venue { { label, outcome.venue } };
    m_registry->counter(fx ? SeedMetrics::ExternalApiTotal : SeedMetrics::TickerFetchTotal, venue)->increment();
    m_registry->histogram(fx ? SeedMetrics::ExternalApiLatency : SeedMetrics::TickerFetchLatency, venue)
        ->observe(static_cast<double>(outcome.latencyMs) / 1000.0);
    // "No data yet" (Korea Eximbank before its publication) is a correct answer, not a failure.
    const bool failed = outcome.error && outcome.error->kind != FetchError::Kind::NoData;
    if (failed) {
        m_registry
            ->counter(fx ? SeedMetrics::ExternalApiErrorTotal : SeedMetrics::TickerFetchErrorTotal,
                      { { label, outcome.venue }, { QStringLiteral("error_type"), errorType(outcome.error->kind) } })
            ->increment();
    }
    m_health->recordAttempt(jobName(role, outcome.venue), failed, outcome.latencyMs);
    m_alerts->recordRequest(outcome.venue, failed);
}

void FeedObserver::onFeedStatus(const FeedStatus &status)
{
    // The monitor repeats every status each second: only a value newer than the last one seen
    // is a success.
    if (!status.lastQuote || status.error)
        return;
    qint64 &lastFresh = m_lastFreshMs[static_cast<int>(status.role)];
    if (status.lastQuote->receivedAtMs <= lastFresh)
        return;
    lastFresh = status.lastQuote->receivedAtMs;
    succeeded(jobName(status.role, status.lastQuote->venue), lastFresh);
    if (status.role == FeedRole::Fx) {
        m_registry->gauge(SeedMetrics::FxRateCurrent, { { QStringLiteral("pair"), status.lastQuote->symbol } })
            ->set(status.lastQuote->price.toDouble());
    }
}

void FeedObserver::onSample(const PremiumSample &sample)
{
    m_registry->counter(SeedMetrics::PremiumCalculationTotal)->increment();
    m_registry->gauge(SeedMetrics::PremiumRateCurrent, { { QStringLiteral("symbol"), sample.symbol } })
        ->set(sample.preciseRate.toDouble());
    const QString job = QStringLiteral("premium");
    m_health->recordAttempt(job, sample.stale);
    if (!sample.stale)
        succeeded(job, sample.observedAtMs);
    m_alerts->recordPremium(sample);
}

void FeedObserver::succeeded(const QString &job, qint64 atMs)
{
    m_health->recordSuccess(job, atMs);
    qint64 &last = m_lastRunMs[job];
    last = std::max(last, atMs);
    m_registry->gauge(SeedMetrics::BatchLastRun, { { QStringLiteral("job"), job } })
        ->set(static_cast<double>(last) / 1000.0);
}

void FeedObserver::onTickProcessed(qint64 nanoseconds)
{
    m_registry->histogram(SeedMetrics::TickProcessing)->observe(static_cast<double>(nanoseconds) / 1e9);
}

void FeedObserver::onCacheRead(const QString &cache, bool hit)
{
    m_registry
        ->counter(hit ? SeedMetrics::CacheHitTotal : SeedMetrics::CacheMissTotal,
                  { { QStringLiteral("cache"), cache } })
        ->increment();
    m_alerts->recordCacheRead(cache, hit);
}

void FeedObserver::onSharedFeedStatus(const SharedFeedStatus &status)
{
    // Connecting says nothing yet; Off (no Redis, or switched off) clears an alert.
    if (status.redis == SharedFeedStatus::RedisState::Connecting)
        return;
    m_alerts->setRedisReachable(status.redis != SharedFeedStatus::RedisState::Unreachable);
}

void FeedObserver::onOpenPositions(int count)
{
    m_registry->gauge(SeedMetrics::PositionOpenCount)->set(count);
}
