#include "observability/metriccounter.h"
#include "observability/metricgauge.h"
#include "observability/metrichistogram.h"
#include "observability/metricsregistry.h"
#include "observability/seedmetrics.h"

#include <gtest/gtest.h>

#include <thread>

namespace {

const MetricFamily *family(const QList<MetricFamily> &families, const QString &name)
{
    for (const MetricFamily &family : families) {
        if (family.name == name)
            return &family;
    }
    return nullptr;
}

const MetricLabels bithumb { { QStringLiteral("exchange"), QStringLiteral("bithumb") } };
const MetricLabels binance { { QStringLiteral("exchange"), QStringLiteral("binance") } };

} // namespace

TEST(MetricsRegistry, CountersPerLabelSetAreSeparateAndStable)
{
    MetricsRegistry registry;
    SeedMetrics::declare(registry);
    MetricCounter *first = registry.counter(SeedMetrics::TickerFetchTotal, bithumb);
    first->increment();
    first->increment();
    registry.counter(SeedMetrics::TickerFetchTotal, binance)->increment(5);
    EXPECT_EQ(registry.counter(SeedMetrics::TickerFetchTotal, bithumb), first) << "one series per label set";

    const QList<MetricFamily> snapshot = registry.snapshot();
    const MetricFamily *fetches = family(snapshot, SeedMetrics::TickerFetchTotal);
    ASSERT_NE(fetches, nullptr);
    EXPECT_EQ(fetches->type, MetricFamily::Type::Counter);
    EXPECT_FALSE(fetches->help.isEmpty());
    ASSERT_EQ(fetches->samples.size(), 2);
    // Ordered by label values, whatever the order of first use.
    EXPECT_EQ(fetches->samples.at(0).labels, binance);
    EXPECT_EQ(fetches->samples.at(0).value, 5);
    EXPECT_EQ(fetches->samples.at(1).labels, bithumb);
    EXPECT_EQ(fetches->samples.at(1).value, 2);
}

TEST(MetricsRegistry, GaugesKeepTheLastValue)
{
    MetricsRegistry registry;
    SeedMetrics::declare(registry);
    MetricGauge *gauge
        = registry.gauge(SeedMetrics::PremiumRateCurrent, { { QStringLiteral("symbol"), QStringLiteral("BTC") } });
    gauge->set(1.28);
    gauge->set(-0.5);
    const QList<MetricFamily> snapshot = registry.snapshot();
    const MetricFamily *premium = family(snapshot, SeedMetrics::PremiumRateCurrent);
    ASSERT_NE(premium, nullptr);
    ASSERT_EQ(premium->samples.size(), 1);
    EXPECT_EQ(premium->samples.at(0).value, -0.5);
}

TEST(MetricsRegistry, HistogramBucketsAreCumulativeWithCountAndSum)
{
    MetricsRegistry registry;
    registry.declare(QStringLiteral("t.latency"), MetricFamily::Type::Histogram, QStringLiteral("help"),
                     { 0.1, 0.5, 1 });
    MetricHistogram *histogram = registry.histogram(QStringLiteral("t.latency"));
    for (const double value : { 0.05, 0.1, 0.3, 0.7, 3.0 })
        histogram->observe(value);
    const QList<MetricFamily> snapshot = registry.snapshot();
    const MetricFamily *latency = family(snapshot, QStringLiteral("t.latency"));
    ASSERT_NE(latency, nullptr);
    const MetricSample &sample = latency->samples.at(0);
    const QList<std::pair<double, quint64>> expected { { 0.1, 2 }, { 0.5, 3 }, { 1, 4 } };
    EXPECT_EQ(sample.buckets, expected) << "a bound counts what is at or below it; 3.0 only in +Inf";
    EXPECT_EQ(sample.count, 5u);
    EXPECT_DOUBLE_EQ(sample.sum, 4.15);
}

TEST(MetricsRegistry, EverySeedNameIsDeclaredUnlabelledFamiliesIncluded)
{
    MetricsRegistry registry;
    SeedMetrics::declare(registry);
    const QStringList names { SeedMetrics::TickerFetchTotal,
                              SeedMetrics::TickerFetchLatency,
                              SeedMetrics::TickerFetchErrorTotal,
                              SeedMetrics::PremiumRateCurrent,
                              SeedMetrics::PremiumCalculationTotal,
                              SeedMetrics::FxRateCurrent,
                              SeedMetrics::CacheHitTotal,
                              SeedMetrics::CacheMissTotal,
                              SeedMetrics::ExternalApiLatency,
                              SeedMetrics::ExternalApiErrorTotal,
                              SeedMetrics::BatchLastRun,
                              SeedMetrics::PositionOpenCount,
                              SeedMetrics::TickProcessing };
    const QList<MetricFamily> snapshot = registry.snapshot();
    for (const QString &name : names)
        EXPECT_NE(family(snapshot, name), nullptr) << qPrintable(name);
    EXPECT_EQ(family(snapshot, SeedMetrics::TickerFetchLatency)->type, MetricFamily::Type::Histogram);
}

TEST(MetricsRegistry, UpdatesFromSeveralThreadsAreAllCounted)
{
    MetricsRegistry registry;
    SeedMetrics::declare(registry);
    MetricCounter *counter = registry.counter(SeedMetrics::PremiumCalculationTotal);
    const auto work = [&] {
        for (int i = 0; i < 10'000; ++i) {
            counter->increment();
            registry.histogram(SeedMetrics::TickProcessing)->observe(0.001);
        }
    };
    std::thread other(work);
    work();
    other.join();
    EXPECT_EQ(counter->value(), 20'000);
    EXPECT_EQ(family(registry.snapshot(), SeedMetrics::TickProcessing)->samples.at(0).count, 20'000u);
}

TEST(MetricsRegistryDeathTest, UsingAFamilyAsAnotherTypeIsABug)
{
    MetricsRegistry registry;
    SeedMetrics::declare(registry);
    EXPECT_DEATH(registry.gauge(SeedMetrics::TickerFetchTotal), "is a counter, used as a gauge");
    EXPECT_DEATH(registry.counter(QStringLiteral("never.declared")), "before it was declared");
}
