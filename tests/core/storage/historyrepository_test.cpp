#include "storagetestcase.h"

#include "storage/historyrepository.h"
#include "storage/minuterollup.h"

#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

#include <tuple>

namespace {

constexpr qint64 Start = 1'764'000'000'000; // a whole minute

const HistoryKey Btc; // BTC, Bithumb against Binance, seed basis

class HistoryRepositoryTest : public StorageTestCase
{
protected:
    // Writes the samples and their minutes, as the worker does.
    static std::optional<StorageError> insertRolledUp(HistoryRepository &repository,
                                                      const std::vector<PremiumSample> &samples)
    {
        MinuteRollup rollup;
        for (const PremiumSample &s : samples)
            rollup.add(s);
        return repository.insert(samples, rollup.takeAll());
    }
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
    ASSERT_FALSE(repository.insert({ written }).has_value());

    std::optional<PremiumSample> read;
    ASSERT_FALSE(repository.loadSample(Btc, Start + 1400, 1000, &read).has_value());
    ASSERT_TRUE(read.has_value());
    EXPECT_EQ(read->observedAtMs, Start + 1000);
    EXPECT_EQ(read->preciseRate, written.preciseRate);
    EXPECT_EQ(read->rate.toString(), QStringLiteral("-0.12"));
    EXPECT_EQ(read->korea.price.toString(), QStringLiteral("129555000"));
    EXPECT_EQ(read->foreign.price.toString(), QStringLiteral("89277.12345678"));
    EXPECT_EQ(read->fx.price.toString(), QStringLiteral("1432.6"));
    EXPECT_TRUE(read->stale);
    EXPECT_EQ(read->source, QStringLiteral("cache"));

    ASSERT_FALSE(
        repository.loadSample(HistoryKey { QStringLiteral("BTC"), {}, PremiumBasis::Global }, Start + 1000, 1000, &read)
            .has_value());
    EXPECT_FALSE(read.has_value()) << "another basis is another series";
}

TEST_P(HistoryRepositoryTest, WritesEachInputQuoteOnceAndIgnoresRepeats)
{
    const auto db = openDatabase();
    HistoryRepository repository(*db);
    std::vector<PremiumSample> batch;
    for (int i = 0; i < 5; ++i) {
        PremiumSample s = sample(Start + i * 1000);
        s.fx.receivedAtMs = Start - 60'000; // one FX quote under all five samples
        batch.push_back(s);
    }
    ASSERT_FALSE(repository.insert(batch).has_value());
    ASSERT_FALSE(repository.insert(batch).has_value()) << "a batch sent twice";
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM premium")).toInt(), 5);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM ticker WHERE venue = 'dunamu'")).toInt(), 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM ticker WHERE venue = 'bithumb'")).toInt(), 5);
    EXPECT_EQ(scalar(QStringLiteral("SELECT price FROM ticker WHERE venue = 'binance' ORDER BY observed_at LIMIT 1"))
                  .toString(),
              QStringLiteral("89277.1"));
    if (!isMySql()) {
        EXPECT_EQ(scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }
}

TEST_P(HistoryRepositoryTest, MinuteRollupsFollowTheRawRows)
{
    const auto db = openDatabase();
    HistoryRepository repository(*db);
    MinuteRollup rollup;
    const char *rates[] = { "1.10", "1.50", "0.90", "1.20" };
    std::vector<PremiumSample> first;
    for (int i = 0; i < 2; ++i)
        first.push_back(sample(Start + i * 15'000, rates[i], i == 1));
    for (const PremiumSample &s : first)
        rollup.add(s);
    ASSERT_FALSE(repository.insert(first, rollup.takeClosed(first.back().observedAtMs)).has_value());
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM premium_minute")).toInt(), 0) << "the minute is not over";
    std::vector<PremiumSample> second; // the same minute, a later batch, plus the next minute
    for (int i = 2; i < 4; ++i)
        second.push_back(sample(Start + i * 15'000, rates[i]));
    second.back().korea.price = *Decimal::fromString(u"130000000");
    second.push_back(sample(Start + 60'000, "2.00"));
    for (const PremiumSample &s : second)
        rollup.add(s);
    ASSERT_FALSE(repository.insert(second, rollup.takeClosed(second.back().observedAtMs)).has_value());
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM premium_minute")).toInt(), 1);
    ASSERT_FALSE(repository.insert({}, rollup.takeAll()).has_value());

    QSqlQuery query(db->connection());
    ASSERT_TRUE(
        query.exec(QStringLiteral("SELECT minute_start, rate_open, rate_high, rate_low, rate_close, korea_price, "
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
    ASSERT_FALSE(insertRolledUp(repository, batch).has_value());

    PremiumSeries raw;
    ASSERT_FALSE(repository.loadRaw(Btc, Start + 10'000, Start + 20'000, &raw).has_value());
    ASSERT_EQ(raw.size(), 10u);
    EXPECT_EQ(raw.firstTimeMs(), Start + 10'000);
    EXPECT_FLOAT_EQ(raw.rateAt(0), 1.25f);

    PremiumSeries minutes;
    ASSERT_FALSE(repository.loadMinutes(Btc, Start, Start + 180'000, &minutes).has_value());
    EXPECT_EQ(minutes.size(), 12u) << "open, two extremes and close per minute";
    float high = 0;
    for (std::size_t i = 0; i < minutes.size(); ++i)
        high = std::max(high, minutes.rateAt(i));
    EXPECT_FLOAT_EQ(high, 9.5f) << "the spike is in the rollup";

    qint64 first = 0, last = 0;
    ASSERT_FALSE(repository.timeSpan(Btc, &first, &last).has_value());
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
    ASSERT_FALSE(insertRolledUp(repository, batch).has_value());
    qint64 deleted = 0;
    ASSERT_FALSE(repository.pruneRawBefore(Start + 60'000, &deleted).has_value());
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM premium")).toInt(), 60);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM premium_minute")).toInt(), 2);
    EXPECT_GE(deleted, 60);

    std::optional<PremiumSample> old;
    ASSERT_FALSE(repository.loadSample(Btc, Start + 30'000, 1000, &old).has_value());
    ASSERT_TRUE(old.has_value()) << "an hour past retention still reads from its minute";
    EXPECT_EQ(old->observedAtMs, Start + 59'000);
    EXPECT_EQ(old->korea.price.toString(), QStringLiteral("129555000"));
}

TEST_P(HistoryRepositoryTest, EachCoinAndPairIsItsOwnSeries)
{
    const auto db = openDatabase();
    HistoryRepository repository(*db);
    const HistoryKey upbitOkx { QStringLiteral("BTC"), VenuePair { QStringLiteral("upbit"), QStringLiteral("okx") } };
    const HistoryKey eth { QStringLiteral("ETH") };
    std::vector<PremiumSample> batch;
    for (int i = 0; i < 10; ++i) {
        batch.push_back(sample(Start + i * 1000, "1.00"));
        PremiumSample other = sample(Start + i * 1000, "2.00");
        other.pair = upbitOkx.pair;
        other.entryRate = Decimal::fromString(u"2.1");
        other.exitRate = Decimal::fromString(u"-1.95");
        batch.push_back(other);
        if (i >= 5) {
            PremiumSample ether = sample(Start + i * 1000, "3.00");
            ether.symbol = eth.coin;
            batch.push_back(ether);
        }
    }
    ASSERT_FALSE(insertRolledUp(repository, batch).has_value());

    for (const auto &[key, count, rate] :
         { std::tuple { Btc, 10u, 1.0f }, std::tuple { upbitOkx, 10u, 2.0f }, std::tuple { eth, 5u, 3.0f } }) {
        PremiumSeries raw;
        ASSERT_FALSE(repository.loadRaw(key, Start, Start + 60'000, &raw).has_value());
        ASSERT_EQ(raw.size(), count) << qPrintable(key.coin + key.pair.id());
        EXPECT_FLOAT_EQ(raw.rateAt(0), rate);
        PremiumSeries minutes;
        ASSERT_FALSE(repository.loadMinutes(key, Start, Start + 60'000, &minutes).has_value());
        ASSERT_EQ(minutes.size(), 4u);
        EXPECT_FLOAT_EQ(minutes.rateAt(3), rate);
    }
    qint64 first = 0, last = 0;
    ASSERT_FALSE(repository.timeSpan(eth, &first, &last).has_value());
    EXPECT_EQ(first, Start + 5000);
    EXPECT_EQ(last, Start + 9000);

    std::optional<PremiumSample> read;
    ASSERT_FALSE(repository.loadSample(upbitOkx, Start + 3000, 0, &read).has_value());
    ASSERT_TRUE(read.has_value());
    EXPECT_EQ(read->pair, upbitOkx.pair);
    EXPECT_EQ(read->entryRate->toString(), QStringLiteral("2.1"));
    EXPECT_EQ(read->exitRate->toString(), QStringLiteral("-1.95"));
    ASSERT_FALSE(repository.loadSample(Btc, Start + 3000, 0, &read).has_value());
    ASSERT_TRUE(read.has_value());
    EXPECT_FALSE(read->entryRate.has_value()) << "no books, no entry rate";
}

TEST_P(HistoryRepositoryTest, ACoinWithRollupsOnlyHasItsMinutesAsHistory)
{
    const auto db = openDatabase();
    HistoryRepository repository(*db);
    MinuteRollup rollup;
    for (int i = 0; i < 180; ++i) {
        PremiumSample s = sample(Start + i * 1000, i % 60 == 59 ? "2.50" : "1.25");
        s.symbol = QStringLiteral("XRP");
        rollup.add(s);
    }
    ASSERT_FALSE(repository.insert({}, rollup.takeAll()).has_value());
    const HistoryKey xrp { QStringLiteral("XRP") };

    qint64 first = 0, last = 0;
    ASSERT_FALSE(repository.timeSpan(xrp, &first, &last).has_value());
    EXPECT_EQ(first, Start);
    EXPECT_EQ(last, Start + 179'000);

    std::vector<PremiumSample> closes;
    ASSERT_FALSE(repository.loadMinuteCloses(xrp, Start + 30'000, Start + 180'000, &closes).has_value());
    ASSERT_EQ(closes.size(), 3u);
    EXPECT_EQ(closes[0].observedAtMs, Start + 59'000);
    EXPECT_EQ(closes[0].preciseRate.toString(), QStringLiteral("2.5"));
    EXPECT_EQ(closes[0].korea.price.toString(), QStringLiteral("129555000"));
    EXPECT_EQ(closes[0].symbol, QStringLiteral("XRP"));
}

INSTANTIATE_TEST_SUITE_P(Backends, HistoryRepositoryTest, ::testing::ValuesIn(StorageTestCase::backends()),
                         StorageTestCase::backendName);

namespace {

// What SQLite did to answer the statements run while it is alive: rows stepped through, and of
// those how many by a full scan of a table.
class StatementCounter
{
public:
    explicit StatementCounter(Database &db)
        : m_handle(*static_cast<sqlite3 *const *>(db.connection().driver()->handle().data()))
    {
        sqlite3_trace_v2(m_handle, SQLITE_TRACE_PROFILE, &StatementCounter::onProfile, this);
    }
    ~StatementCounter() { sqlite3_trace_v2(m_handle, 0, nullptr, nullptr); }

    int vmSteps = 0;
    int fullScanSteps = 0;

private:
    static int onProfile(unsigned, void *context, void *statement, void *)
    {
        auto *self = static_cast<StatementCounter *>(context);
        auto *stmt = static_cast<sqlite3_stmt *>(statement);
        self->vmSteps += sqlite3_stmt_status(stmt, SQLITE_STMTSTATUS_VM_STEP, 0);
        self->fullScanSteps += sqlite3_stmt_status(stmt, SQLITE_STMTSTATUS_FULLSCAN_STEP, 0);
        return 0;
    }

    sqlite3 *m_handle;
};

} // namespace

TEST(HistoryRepositoryIndexes, TimeSpanReadsTheEndsOfTheSeriesNotItsRows)
{
    QTemporaryDir dir;
    Database db(DatabaseLocation::sqlite(dir.filePath(QStringLiteral("span.sqlite"))));
    ASSERT_FALSE(db.openAndMigrate().has_value());
    HistoryRepository repository(db);
    MinuteRollup rollup;
    std::vector<PremiumSample> batch;
    for (int i = 0; i < 3000; ++i) {
        for (const char *coin : { "BTC", "ETH" }) {
            PremiumSample s = StorageTestCase::sample(Start + i * 1000);
            s.symbol = QLatin1StringView(coin);
            batch.push_back(s);
            rollup.add(s);
        }
    }
    ASSERT_FALSE(repository.insert(batch, rollup.takeAll()).has_value());

    StatementCounter counter(db);
    qint64 first = 0, last = 0;
    ASSERT_FALSE(repository.timeSpan(Btc, &first, &last).has_value());
    EXPECT_EQ(first, Start);
    EXPECT_EQ(last, Start + 2'999'000);
    EXPECT_EQ(counter.fullScanSteps, 0);
    // A handful of steps per end of each index; visiting the 3,000 rows (or 6,000) would be tens
    // of thousands.
    EXPECT_LT(counter.vmSteps, 300);
}
