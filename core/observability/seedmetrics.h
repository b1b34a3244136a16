#pragma once

#include <QString>

class MetricsRegistry;

// The metric names of the seed design (section 6.2), with dots; the Prometheus writer turns them
// into underscores. Latencies and durations are in seconds, Prometheus's base unit.
namespace SeedMetrics {

inline const QString TickerFetchTotal = QStringLiteral("ticker.fetch.total"); // exchange
inline const QString TickerFetchLatency = QStringLiteral("ticker.fetch.latency"); // exchange
inline const QString TickerFetchErrorTotal = QStringLiteral("ticker.fetch.error.total"); // exchange, error_type
inline const QString PremiumRateCurrent = QStringLiteral("premium.rate.current"); // symbol
inline const QString PremiumCalculationTotal = QStringLiteral("premium.calculation.total");
inline const QString FxRateCurrent = QStringLiteral("fx.rate.current"); // pair
inline const QString CacheHitTotal = QStringLiteral("cache.hit.total"); // cache
inline const QString CacheMissTotal = QStringLiteral("cache.miss.total"); // cache
inline const QString ExternalApiTotal = QStringLiteral("external.api.total"); // api
inline const QString ExternalApiLatency = QStringLiteral("external.api.latency"); // api
inline const QString ExternalApiErrorTotal = QStringLiteral("external.api.error.total"); // api, error_type
inline const QString BatchLastRun = QStringLiteral("batch.last_run.epoch_seconds"); // job
inline const QString PositionOpenCount = QStringLiteral("position.open.count");
inline const QString TickProcessing = QStringLiteral("tick.processing.seconds");

// Declares every family above with its type, help text and buckets.
void declare(MetricsRegistry &registry);

} // namespace SeedMetrics
