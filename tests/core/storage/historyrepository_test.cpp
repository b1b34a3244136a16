#include "storagetestcase.h"

#include "storage/historyrepository.h"

#include <QSqlQuery>

namespace {

constexpr qint64 Start = 1'764'000'000'000;  // a whole minute

class HistoryRepositoryTest : public StorageTestCase
{
};

} // namespace

TEST(HistoryRepositoryRates, ScaledRateIsExact)
{
    EXPECT_EQ(HistoryRepository::scaledRate(*Decimal::fromString(u"1.27911370")), 127911370);
    EXPECT_EQ(HistoryRepository::scaledRate(*Decimal::fromString(u"-0.5")), -50000000);
    EXPECT_EQ(HistoryRepository::scaledRate(*Decimal::fromString(u"1.123456789")), 112345679);
    EXPECT_EQ(HistoryRepository::rateFromScaled(127911370).toString(), QStringLiteral("1.2791137"));
    EXPECT_EQ(HistoryRepository::minuteOf(Start + 59'999), Start);
}

TEST_P(HistoryRepositoryTest, SamplesRoundTripExactly)
{
    const auto db = openDatabase();
    HistoryRepository repository(*db);
    PremiumSample written = sample(Start + 1000, "-0.12345678", true);
    written.foreign.price = *Decimal::fromString(u"89277.12345678");
    written.source = QStringLiteral("cache");
    ASSERT_FALSE(repository.insert({written}).has_value());

    std::optional<PremiumSample> read;
    ASSERT_FALSE(repository.loadSample(QStringLiteral("BTC"), PremiumBasis::Seed, Start + 1400, 1000, &read).has_value());
    ASSERT_TRUE(read.has_value());
    EXPECT_EQ(read->observedAtMs, Start + 1000);
    EXPECT_EQ(read->preciseRate, written.preciseRate);
    EXPECT_EQ(read->rate.toString(), QStringLiteral("-0.12"));
    EXPECT_EQ(read->korea.price.toString(), QStringLiteral("129555000"));
    EXPECT_EQ(read->foreign.price.toString(), QStringLiteral("89277.12345678"));
    EXPECT_EQ(read->fx.price.toString(), QStringLiteral("1432.6"));
    EXPECT_TRUE(read->stale);
    EXPECT_EQ(read->source, QStringLiteral("cache"));

    ASSERT_FALSE(repository.loadSample(QStringLiteral("BTC"), PremiumBasis::Global, Start + 1000, 1000, &read).has_value());
    EXPECT_FALSE(read.has_value()) << "another basis is another series";
}

TEST_P(HistoryRepositoryTest, WritesEachInputQuoteOnceAndIgnoresRepeats)
{
    const auto db = openDatabase();
    HistoryRepository repository(*db);
    std::vector<PremiumSample> batch;
    for (int i = 0; i < 5; ++i) {
        PremiumSample s = sample(Start + i * 1000);
        s.fx.receivedAtMs = Start - 60'000;  // one FX quote under all five samples
        batch.push_back(s);
    }
    ASSERT_FALSE(repository.insert(batch).has_value());
    ASSERT_FALSE(repository.insert(batch).has_value()) << "a batch sent twice";
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM premium")).toInt(), 5);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM ticker WHERE venue = 'dunamu'")).toInt(), 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM ticker WHERE venue = 'bithumb'")).toInt(), 5);
    EXPECT_EQ(scalar(QStringLiteral("SELECT price FROM ticker WHERE venue = 'binance' ORDER BY observed_at LIMIT 1")).toString(),
              QStringLiteral("89277.1"));
    if (!isMySql()) {
        EXPECT_EQ(scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }
}

TEST_P(HistoryRepositoryTest, MinuteRollupsFollowTheRawRows)
{
    const auto db = openDatabase();
    HistoryRepository repository(*db);
    const char *rates[] = {"1.10", "1.50", "0.90", "1.20"};
    std::vector<PremiumSample> first;
    for (int i = 0; i < 2; ++i)
        first.push_back(sample(Start + i * 15'000, rates[i], i == 1));
    ASSERT_FALSE(repository.insert(first).has_value());
    std::vector<PremiumSample> second;  // the same minute, a later batch, plus the next minute
    for (int i = 2; i < 4; ++i)
        second.push_back(sample(Start + i * 15'000, rates[i]));
    second.back().korea.price = *Decimal::fromString(u"130000000");
    second.push_back(sample(Start + 60'000, "2.00"));
    ASSERT_FALSE(repository.insert(second).has_value());

    QSqlQuery query(db->connection());
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT minute_start, rate_open, rate_high, rate_low, rate_close, korea_price, "
                                          "samples, stale_samples, first_observed_at, last_observed_at "
                                          "FROM premium_minute ORDER BY minute_start")));
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.value(0).toLongLong(), Start);
    EXPECT_EQ(query.value(1).toLongLong(), 110000000);
    EXPECT_EQ(query.value(2).toLongLong(), 150000000);
    EXPECT_EQ(query.value(3).toLongLong(), 90000000);
    EXPECT_EQ(query.value(4).toLongLong(), 120000000);
    EXPECT_EQ(query.value(5).toString(), QStringLiteral("130000000"));
    EXPECT_EQ(query.value(6).toInt(), 4);
    EXPECT_EQ(query.value(7).toInt(), 1);
    EXPECT_EQ(query.value(8).toLongLong(), Start);
    EXPECT_EQ(query.value(9).toLongLong(), Start + 45'000);
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.value(0).toLongLong(), Start + 60'000);
    EXPECT_EQ(query.value(6).toInt(), 1);
}

TEST_P(HistoryRepositoryTest, LoadsRawAndMinuteSeries)
{
    const auto db = openDatabase();
    HistoryRepository repository(*db);
    std::vector<PremiumSample> batch;
    for (int i = 0; i < 180; ++i)
        batch.push_back(sample(Start + i * 1000, i == 70 ? "9.5" : "1.25"));
    ASSERT_FALSE(repository.insert(batch).has_value());

    PremiumSeries raw;
    ASSERT_FALSE(repository.loadRaw(QStringLiteral("BTC"), PremiumBasis::Seed, Start + 10'000, Start + 20'000, &raw).has_value());
    ASSERT_EQ(raw.size(), 10u);
    EXPECT_EQ(raw.firstTimeMs(), Start + 10'000);
    EXPECT_FLOAT_EQ(raw.rateAt(0), 1.25f);

    PremiumSeries minutes;
    ASSERT_FALSE(repository.loadMinutes(QStringLiteral("BTC"), PremiumBasis::Seed, Start, Start + 180'000, &minutes).has_value());
    EXPECT_EQ(minutes.size(), 12u) << "open, two extremes and close per minute";
    float high = 0;
    for (std::size_t i = 0; i < minutes.size(); ++i)
        high = std::max(high, minutes.rateAt(i));
    EXPECT_FLOAT_EQ(high, 9.5f) << "the spike is in the rollup";

    qint64 first = 0, last = 0;
    ASSERT_FALSE(repository.timeSpan(QStringLiteral("BTC"), PremiumBasis::Seed, &first, &last).has_value());
    EXPECT_EQ(first, Start);
    EXPECT_EQ(last, Start + 179'000);
}

TEST_P(HistoryRepositoryTest, RetentionDropsOldRawRowsButKeepsRollups)
{
    const auto db = openDatabase();
    HistoryRepository repository(*db);
    std::vector<PremiumSample> batch;
    for (int i = 0; i < 120; ++i)
        batch.push_back(sample(Start + i * 1000));
    ASSERT_FALSE(repository.insert(batch).has_value());
    qint64 deleted = 0;
    ASSERT_FALSE(repository.pruneRawBefore(Start + 60'000, &deleted).has_value());
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM premium")).toInt(), 60);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM premium_minute")).toInt(), 2);
    EXPECT_GE(deleted, 60);

    std::optional<PremiumSample> old;
    ASSERT_FALSE(repository.loadSample(QStringLiteral("BTC"), PremiumBasis::Seed, Start + 30'000, 1000, &old).has_value());
    ASSERT_TRUE(old.has_value()) << "an hour past retention still reads from its minute";
    EXPECT_EQ(old->observedAtMs, Start + 59'000);
    EXPECT_EQ(old->korea.price.toString(), QStringLiteral("129555000"));
}

INSTANTIATE_TEST_SUITE_P(Backends, HistoryRepositoryTest, ::testing::ValuesIn(StorageTestCase::backends()),
                         StorageTestCase::backendName);
