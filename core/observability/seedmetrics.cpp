#include "seedmetrics.h"

#include "metricsregistry.h"

void SeedMetrics::declare(MetricsRegistry &registry)
{
    using Type = MetricFamily::Type;
    // A venue answers in tens to hundreds of milliseconds; a timeout is under a second.
    const QList<double> latency { 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5 };
    // Computing and handing out one premium takes microseconds to a few milliseconds.
    const QList<double> processing { 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1 };

    registry.declare(TickerFetchTotal, Type::Counter, QStringLiteral("Ticker requests sent, per exchange."));
    registry.declare(TickerFetchLatency, Type::Histogram, QStringLiteral("Ticker request latency in seconds."),
                     latency);
    registry.declare(TickerFetchErrorTotal, Type::Counter,
                     QStringLiteral("Ticker requests that failed, by error type."));
    registry.declare(PremiumRateCurrent, Type::Gauge, QStringLiteral("The latest premium in percent."));
    registry.declare(PremiumCalculationTotal, Type::Counter, QStringLiteral("Premiums computed."));
    registry.declare(FxRateCurrent, Type::Gauge, QStringLiteral("The USD/KRW rate the premium uses."));
    registry.declare(CacheHitTotal, Type::Counter, QStringLiteral("Shared cache reads that found a fresh value."));
    registry.declare(CacheMissTotal, Type::Counter, QStringLiteral("Shared cache reads that found nothing fresh."));
    registry.declare(ExternalApiTotal, Type::Counter, QStringLiteral("Requests to external APIs (FX), per API."));
    registry.declare(ExternalApiLatency, Type::Histogram, QStringLiteral("External API latency in seconds."), latency);
    registry.declare(ExternalApiErrorTotal, Type::Counter,
                     QStringLiteral("External API requests that failed, by error type."));
    registry.declare(BatchLastRun, Type::Gauge, QStringLiteral("When each job last succeeded, in Unix seconds."));
    registry.declare(PositionOpenCount, Type::Gauge, QStringLiteral("Open positions."));
    registry.declare(TickProcessing, Type::Histogram,
                     QStringLiteral("Time to compute a premium and hand it to every consumer, in seconds."),
                     processing);
}
