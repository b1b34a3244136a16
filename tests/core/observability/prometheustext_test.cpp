#include "observability/prometheustext.h"

#include "prometheusparser.h"

#include <cmath>
#include <limits>

#include <gtest/gtest.h>

// The writer's output is read back by an independent strict parser of the text format
// (tests/support/prometheusparser), so a test checks what a Prometheus server would read.
namespace {

MetricFamily counter(const QString &name, double value, QList<std::pair<QString, QString>> labels = {})
{
    MetricFamily family;
    family.name = name;
    family.help = QStringLiteral("A counter.");
    family.type = MetricFamily::Type::Counter;
    family.samples.append(MetricSample { std::move(labels), value, {}, 0, 0 });
    return family;
}

MetricFamily fetchLatency()
{
    MetricFamily family;
    family.name = QStringLiteral("ticker.fetch.duration.seconds");
    family.help = QStringLiteral("Ticker request latency.");
    family.type = MetricFamily::Type::Histogram;
    MetricSample bithumb;
    bithumb.labels = { { QStringLiteral("venue"), QStringLiteral("bithumb") } };
    bithumb.buckets = { { 0.05, 3 }, { 0.1, 7 }, { 0.25, 9 }, { 1, 9 } };
    bithumb.count = 10;
    bithumb.sum = 1.75;
    family.samples.append(bithumb);
    MetricSample binance;
    binance.labels = { { QStringLiteral("venue"), QStringLiteral("binance") } };
    binance.buckets = { { 0.05, 0 }, { 0.1, 0 }, { 0.25, 0 }, { 1, 0 } };
    family.samples.append(binance);
    return family;
}

PrometheusExposition parsed(const QByteArray &text)
{
    QString error;
    const auto exposition = PrometheusExposition::parse(text, &error);
    EXPECT_TRUE(exposition.has_value()) << error.toStdString() << "\n" << text.constData();
    return exposition.value_or(PrometheusExposition());
}

using Labels = QMap<QString, QString>;

} // namespace

TEST(PrometheusText, DotsBecomeUnderscoresAndCountersEndInTotalOnce)
{
    EXPECT_EQ(PrometheusText::familyName(counter(QStringLiteral("ticker.fetch.total"), 1)), "ticker_fetch_total");
    EXPECT_EQ(PrometheusText::familyName(counter(QStringLiteral("fx.refresh"), 1)), "fx_refresh_total");
    MetricFamily gauge = counter(QStringLiteral("premium.rate"), 1);
    gauge.type = MetricFamily::Type::Gauge;
    EXPECT_EQ(PrometheusText::familyName(gauge), "premium_rate");
    EXPECT_EQ(PrometheusText::metricName(QStringLiteral("9lives-x.y:z")), "_9lives_x_y:z");
}

TEST(PrometheusText, HelpAndTypeLinesComeBeforeTheSamples)
{
    const QByteArray text = PrometheusText::write({ counter(
        QStringLiteral("ticker.fetch.total"), 42, { { QStringLiteral("venue"), QStringLiteral("bithumb") } }) });
    EXPECT_EQ(text,
              "# HELP ticker_fetch_total A counter.\n"
              "# TYPE ticker_fetch_total counter\n"
              "ticker_fetch_total{venue=\"bithumb\"} 42\n");
}

TEST(PrometheusText, NumbersReadBackExactlyAndSpecialValuesUseTheFormatsSpelling)
{
    EXPECT_EQ(PrometheusText::number(0.1), "0.1");
    EXPECT_EQ(PrometheusText::number(1), "1");
    EXPECT_EQ(PrometheusText::number(-2.5), "-2.5");
    EXPECT_EQ(PrometheusText::number(std::numeric_limits<double>::quiet_NaN()), "NaN");
    EXPECT_EQ(PrometheusText::number(std::numeric_limits<double>::infinity()), "+Inf");
    EXPECT_EQ(PrometheusText::number(-std::numeric_limits<double>::infinity()), "-Inf");

    MetricFamily gauge;
    gauge.name = QStringLiteral("values");
    gauge.type = MetricFamily::Type::Gauge;
    const QList<double> values = { 1.0 / 3, 1e-300, 1.7976931348623157e308, 123456789012345678.0, -0.0, 1.28 };
    for (qsizetype i = 0; i < values.size(); ++i)
        gauge.samples.append(MetricSample { { { QStringLiteral("i"), QString::number(i) } }, values[i], {}, 0, 0 });
    gauge.samples.append(MetricSample {
        { { QStringLiteral("i"), QStringLiteral("nan") } }, std::numeric_limits<double>::quiet_NaN(), {}, 0, 0 });
    const PrometheusExposition exposition = parsed(PrometheusText::write({ gauge }));
    for (qsizetype i = 0; i < values.size(); ++i)
        EXPECT_EQ(exposition.value(QStringLiteral("values"), { { QStringLiteral("i"), QString::number(i) } }),
                  values[i]);
    EXPECT_TRUE(std::isnan(
        exposition.value(QStringLiteral("values"), { { QStringLiteral("i"), QStringLiteral("nan") } }).value_or(0)));
}

TEST(PrometheusText, LabelValuesAreEscapedAndReadBackUnchanged)
{
    const QString nasty = QStringLiteral("back\\slash \"quoted\"\nnew line, {braces}=Ünïcode 김치");
    MetricFamily family
        = counter(QStringLiteral("odd.labels.total"), 1,
                  { { QStringLiteral("reason"), nasty }, { QStringLiteral("bad-name"), QStringLiteral("x") } });
    family.help = QStringLiteral("Help with a \\ backslash\nand a newline.");
    const QByteArray text = PrometheusText::write({ family });
    EXPECT_TRUE(text.contains(R"(reason="back\\slash \"quoted\"\nnew line, {braces}=)")) << text.constData();
    EXPECT_EQ(text.count('\n'), 3) << "a raw newline leaked out of a label or the help";
    const PrometheusExposition exposition = parsed(text);
    EXPECT_EQ(
        exposition.value(QStringLiteral("odd_labels_total"),
                         { { QStringLiteral("reason"), nasty }, { QStringLiteral("bad_name"), QStringLiteral("x") } }),
        1.0);
    EXPECT_EQ(exposition.family(QStringLiteral("odd_labels_total")).help, family.help);
}

TEST(PrometheusText, HistogramsHaveCumulativeBucketsEndingInInfThenSumAndCount)
{
    const QByteArray text = PrometheusText::write({ fetchLatency() });
    EXPECT_TRUE(text.contains("# TYPE ticker_fetch_duration_seconds histogram\n"));
    EXPECT_TRUE(text.contains("ticker_fetch_duration_seconds_bucket{venue=\"bithumb\",le=\"0.05\"} 3\n"));
    EXPECT_TRUE(text.contains("ticker_fetch_duration_seconds_bucket{venue=\"bithumb\",le=\"+Inf\"} 10\n"));
    EXPECT_TRUE(text.contains("ticker_fetch_duration_seconds_sum{venue=\"bithumb\"} 1.75\n"));
    EXPECT_TRUE(text.contains("ticker_fetch_duration_seconds_count{venue=\"bithumb\"} 10\n"));

    const PrometheusExposition exposition = parsed(text);
    const PrometheusFamily family = exposition.family(QStringLiteral("ticker_fetch_duration_seconds"));
    EXPECT_EQ(family.type, QStringLiteral("histogram"));
    // Per venue: four bounds, +Inf, _sum, _count.
    EXPECT_EQ(family.samples.size(), 14);
    const Labels bithumb { { QStringLiteral("venue"), QStringLiteral("bithumb") } };
    const auto bucket = [&](const QString &le) {
        return exposition.value(
            QStringLiteral("ticker_fetch_duration_seconds_bucket"),
            Labels { { QStringLiteral("venue"), QStringLiteral("bithumb") }, { QStringLiteral("le"), le } });
    };
    EXPECT_EQ(bucket(QStringLiteral("0.1")), 7.0);
    EXPECT_EQ(bucket(QStringLiteral("1")), 9.0);
    EXPECT_EQ(bucket(QStringLiteral("+Inf")), 10.0);
    EXPECT_EQ(exposition.value(QStringLiteral("ticker_fetch_duration_seconds_sum"), bithumb), 1.75);
    EXPECT_EQ(exposition.value(QStringLiteral("ticker_fetch_duration_seconds_count"),
                               { { QStringLiteral("venue"), QStringLiteral("binance") } }),
              0.0);
}

TEST(PrometheusText, AnInfBoundInTheSnapshotIsWrittenOnce)
{
    MetricFamily family = fetchLatency();
    family.samples.removeLast();
    family.samples[0].buckets.append({ std::numeric_limits<double>::infinity(), 10 });
    const QByteArray text = PrometheusText::write({ family });
    EXPECT_EQ(text.count("le=\"+Inf\""), 1);
    parsed(text);
}

TEST(PrometheusText, ManyFamiliesParseBackWithEveryValue)
{
    MetricFamily gauge;
    gauge.name = QStringLiteral("premium.rate.percent");
    gauge.help = QStringLiteral("The latest premium.");
    gauge.samples.append(MetricSample {
        { { QStringLiteral("symbol"), QStringLiteral("BTC") }, { QStringLiteral("basis"), QStringLiteral("seed") } },
        1.28,
        {},
        0,
        0 });
    gauge.samples.append(MetricSample {
        { { QStringLiteral("symbol"), QStringLiteral("ETH") }, { QStringLiteral("basis"), QStringLiteral("seed") } },
        -0.5,
        {},
        0,
        0 });
    MetricFamily empty;
    empty.name = QStringLiteral("nothing.yet");
    empty.type = MetricFamily::Type::Gauge;
    const QByteArray text
        = PrometheusText::write({ counter(QStringLiteral("ticker.fetch.total"), 7), gauge, fetchLatency(), empty });
    const PrometheusExposition exposition = parsed(text);
    EXPECT_EQ(exposition.families().size(), 4);
    EXPECT_EQ(exposition.value(QStringLiteral("ticker_fetch_total")), 7.0);
    EXPECT_EQ(exposition.value(QStringLiteral("premium_rate_percent"),
                               { { QStringLiteral("symbol"), QStringLiteral("ETH") },
                                 { QStringLiteral("basis"), QStringLiteral("seed") } }),
              -0.5);
    EXPECT_EQ(exposition.family(QStringLiteral("premium_rate_percent")).type, QStringLiteral("gauge"));
}

// The parser must be able to say no, or the round trips above prove nothing.
TEST(PrometheusParser, RejectsWhatPrometheusRejects)
{
    const QList<QByteArray> bad = {
        "x 1", // no final newline
        "x{a=\"b\\q\"} 1\n", // unknown escape
        "x{a=\"b\n", // unterminated value
        "x{1a=\"b\"} 1\n", // bad label name
        "x{a=\"b\",a=\"c\"} 1\n", // label twice
        "x one\n", // bad value
        "x 1\n# TYPE x counter\n", // TYPE after samples
        "# TYPE x gauge\n# TYPE x gauge\nx 1\n", // TYPE twice
        "# TYPE x gauge\nx 1\n# TYPE y gauge\ny 1\nx 2\n", // family split
        "# TYPE x thing\n", // unknown type
        "# TYPE h histogram\nh_bucket{le=\"1\"} 2\nh_bucket{le=\"+Inf\"} 1\nh_sum 1\nh_count 1\n", // not cumulative
        "# TYPE h histogram\nh_bucket{le=\"1\"} 1\nh_sum 1\nh_count 1\n", // no +Inf
        "# TYPE h histogram\nh_bucket{le=\"+Inf\"} 2\nh_sum 1\nh_count 1\n", // +Inf != count
        "x 1 2 3\n", // junk after the timestamp
    };
    for (const QByteArray &text : bad) {
        QString error;
        EXPECT_FALSE(PrometheusExposition::parse(text, &error).has_value()) << "accepted: " << text.constData();
    }
    QString error;
    EXPECT_TRUE(PrometheusExposition::parse("# a comment\nx{a=\"\\\\\"} +Inf 1700000000000\n\n", &error).has_value())
        << error.toStdString();
}
