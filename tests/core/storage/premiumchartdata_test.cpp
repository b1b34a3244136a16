#include "storagetestcase.h"

#include "storage/historyrepository.h"
#include "storage/historystore.h"
#include "storage/premiumchartdata.h"

#include <QDateTime>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

constexpr int WaitMs = 20'000;
constexpr qint64 Start = 1'764'000'000'000;

PremiumSample coinSample(const QString &coin, qint64 timeMs, const char *rate, PremiumBasis basis = PremiumBasis::Seed)
{
    PremiumSample s = StorageTestCase::sample(timeMs, rate);
    s.symbol = coin;
    s.basis = basis;
    return s;
}

// The chart's data on a real SQLite history, filled with a few coins' recent seconds.
class PremiumChartDataTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_location = DatabaseLocation::sqlite(m_dir.filePath(QStringLiteral("history.sqlite")));
        m_now = QDateTime::currentMSecsSinceEpoch();
    }

    // `seconds` one-second rows of `coin` ending a minute before now, every one at `rate`.
    void store(const QString &coin, int seconds, const char *rate)
    {
        Database db(m_location);
        ASSERT_FALSE(db.openAndMigrate().has_value());
        HistoryRepository repository(db);
        std::vector<PremiumSample> batch;
        for (int i = seconds; i > 0; --i)
            batch.push_back(coinSample(coin, m_now - 60'000 - i * 1000LL, rate));
        ASSERT_FALSE(repository.insert(batch).has_value());
    }

    std::unique_ptr<HistoryStore> startStore()
    {
        HistoryOptions options;
        options.location = m_location;
        options.flushIntervalMs = 100;
        auto store = std::make_unique<HistoryStore>(options);
        store->start();
        return store;
    }

    // Every point held, as the rate it was drawn at.
    static QList<float> rates(const PremiumChartData &data)
    {
        QList<float> rates;
        for (std::size_t i = 0; i < data.series().size(); ++i)
            rates.append(data.series().rateAt(i));
        return rates;
    }

    static bool allNear(const QList<float> &values, double expected)
    {
        return std::all_of(values.begin(), values.end(), [expected](float v) { return std::abs(v - expected) < 1e-3; });
    }

    QTemporaryDir m_dir;
    DatabaseLocation m_location;
    qint64 m_now = 0;
};

} // namespace

TEST(PremiumChartDataMemoryTest, KeepsSamplesInOrderAndStartsANewSeriesForAnotherBasisOrCoin)
{
    PremiumChartData data;
    QSignalSpy cleared(&data, &PremiumChartData::cleared);
    EXPECT_TRUE(data.addSample(coinSample(QStringLiteral("BTC"), Start, "1.2")));
    EXPECT_TRUE(data.addSample(coinSample(QStringLiteral("BTC"), Start + 1000, "1.3")));
    EXPECT_FALSE(data.addSample(coinSample(QStringLiteral("BTC"), Start + 500, "1.4"))) << "a step back in time";
    EXPECT_EQ(data.series().size(), 2u);
    EXPECT_EQ(data.history().size(), 2);
    EXPECT_EQ(cleared.count(), 0);

    EXPECT_TRUE(data.addSample(coinSample(QStringLiteral("BTC"), Start + 2000, "1.25", PremiumBasis::Global)));
    EXPECT_EQ(cleared.count(), 1);
    EXPECT_EQ(data.series().size(), 1u);
    EXPECT_EQ(data.key()->basis, PremiumBasis::Global);

    // Without a store nothing names the coin: the samples do.
    EXPECT_TRUE(data.addSample(coinSample(QStringLiteral("ETH"), Start + 3000, "5.0", PremiumBasis::Global)));
    EXPECT_EQ(cleared.count(), 2);
    EXPECT_EQ(data.series().size(), 1u);
    EXPECT_EQ(data.key()->coin, QStringLiteral("ETH"));
}

TEST(PremiumChartDataMemoryTest, ReadsExportsAndDecimatesWhatMemoryHolds)
{
    QTemporaryDir dir;
    PremiumChartData data;
    for (int i = 0; i < 600; ++i)
        data.addSample(coinSample(QStringLiteral("BTC"), Start + i * 1000, i == 300 ? "3.5" : "1.2"));

    const std::optional<PremiumChartData::Reading> reading = data.readAt(Start + 300'400);
    ASSERT_TRUE(reading.has_value());
    EXPECT_EQ(reading->timeMs, Start + 300'000);
    ASSERT_TRUE(reading->exact.has_value()) << "the last hour is in memory";
    EXPECT_EQ(reading->exact->preciseRate.toString(), QStringLiteral("3.5"));

    const DecimatedSeries decimated = data.decimate(Start, Start + 600'000, 100);
    const DecimatedSeries expected = SeriesDecimator::decimate(data.series(), Start, Start + 600'000, 100);
    EXPECT_EQ(decimated.points, expected.points);
    EXPECT_TRUE(std::any_of(decimated.points.begin(), decimated.points.end(), [](const QPointF &p) {
        return p.y() > 3;
    })) << "the spike survives decimation";
    EXPECT_LE(decimated.points.size(), 400u);

    QSignalSpy inputs(&data, &PremiumChartData::inputsLoaded);
    data.requestInputs(Start, Start + 600'000, 100);
    ASSERT_EQ(inputs.count(), 1) << "without a store the inputs come from memory at once";
    EXPECT_FALSE(data.inputs().korea.points.empty());
    EXPECT_NEAR(data.inputs().foreignInKrw.points.front().y(), 89277.1 * 1432.6, 1000);

    QSignalSpy exported(&data, &PremiumChartData::exportFinished);
    const QString path = dir.filePath(QStringLiteral("range.csv"));
    data.exportCsv(Start + 100'000, Start + 110'000, path);
    ASSERT_EQ(exported.count(), 1);
    EXPECT_EQ(exported.first().at(1).toLongLong(), 10);
    EXPECT_TRUE(exported.first().at(2).toString().isEmpty());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll().count('\n'), 11) << "header and ten rows";
}

TEST_F(PremiumChartDataTest, StartsWithTheLastDayAndLoadsOlderHistoryOnce)
{
    store(QStringLiteral("BTC"), 300, "1.25");
    auto store = startStore();
    PremiumChartData data;
    QSignalSpy loaded(&data, &PremiumChartData::historyLoaded);
    data.setHistoryStore(store.get(), HistoryKey(QStringLiteral("BTC")), m_now);
    EXPECT_TRUE(data.isRangePending());
    ASSERT_TRUE(loaded.wait(WaitMs));
    EXPECT_EQ(data.series().size(), 300u);
    EXPECT_TRUE(allNear(rates(data), 1.25));
    EXPECT_EQ(data.oldestStoredMs(), m_now - 60'000 - 300'000);

    // Everything stored is held: reaching further back asks nothing.
    data.requestOlder(m_now - 2 * PremiumChartData::StartupHistoryMs);
    EXPECT_FALSE(data.isRangePending());
}

TEST_F(PremiumChartDataTest, SwitchingTheCoinDropsItsPointsAndTheAnswersStillOnTheirWay)
{
    store(QStringLiteral("BTC"), 200, "1.25");
    store(QStringLiteral("ETH"), 100, "5.5");
    auto store = startStore();
    PremiumChartData data;
    QSignalSpy loaded(&data, &PremiumChartData::historyLoaded);
    QSignalSpy cleared(&data, &PremiumChartData::cleared);
    data.setHistoryStore(store.get(), HistoryKey(QStringLiteral("BTC")), m_now);
    EXPECT_TRUE(data.addSample(coinSample(QStringLiteral("BTC"), m_now, "1.3")));

    // The table selects another coin while BTC's day is still being read.
    data.setHistoryStore(store.get(), HistoryKey(QStringLiteral("ETH")), m_now);
    EXPECT_EQ(cleared.count(), 1);
    EXPECT_TRUE(data.series().isEmpty()) << "BTC's points go at once";
    EXPECT_TRUE(data.history().isEmpty());
    EXPECT_FALSE(data.addSample(coinSample(QStringLiteral("BTC"), m_now + 1000, "1.3")))
        << "a late tick of the coin left";
    EXPECT_TRUE(data.addSample(coinSample(QStringLiteral("ETH"), m_now + 1000, "5.6")));

    ASSERT_TRUE(loaded.wait(WaitMs));
    ASSERT_EQ(loaded.count(), 1) << "BTC's answer is dropped, not announced";
    EXPECT_EQ(data.series().size(), 101u);
    EXPECT_TRUE(allNear(rates(data).mid(0, 100), 5.5));
    EXPECT_NEAR(data.series().rateAt(100), 5.6, 1e-3);
    EXPECT_EQ(data.key()->coin, QStringLiteral("ETH"));
}

TEST_F(PremiumChartDataTest, RunningThroughCoinsKeepsOneReadInFlight)
{
    store(QStringLiteral("BTC"), 50, "1.0");
    store(QStringLiteral("SOL"), 80, "4.0");
    auto store = startStore();
    QSignalSpy storeAnswers(store.get(), &HistoryStore::rangeLoaded);
    PremiumChartData data;
    QSignalSpy loaded(&data, &PremiumChartData::historyLoaded);
    // Arrow keys down the market table: a new coin every few milliseconds.
    for (const char *coin : { "BTC", "ETH", "XRP", "DOGE", "SOL" })
        data.setHistoryStore(store.get(), HistoryKey(QString::fromLatin1(coin)), m_now);
    ASSERT_TRUE(loaded.wait(WaitMs));
    EXPECT_EQ(storeAnswers.count(), 2) << "the first coin's read, then the last one's; none in between";
    EXPECT_EQ(data.series().size(), 80u);
    EXPECT_TRUE(allNear(rates(data), 4.0));
}

TEST_F(PremiumChartDataTest, TheCrosshairReadsTheStoredRowPastTheMemory)
{
    store(QStringLiteral("BTC"), 100, "1.00725");
    auto store = startStore();
    PremiumChartData data;
    data.setRecentSpanMs(10'000);
    QSignalSpy loaded(&data, &PremiumChartData::historyLoaded);
    data.setHistoryStore(store.get(), HistoryKey(QStringLiteral("BTC")), m_now);
    ASSERT_TRUE(loaded.wait(WaitMs));

    QSignalSpy sample(&data, &PremiumChartData::sampleLoaded);
    const qint64 target = m_now - 60'000 - 50'000;
    const std::optional<PremiumChartData::Reading> reading = data.readAt(target + 200);
    ASSERT_TRUE(reading.has_value());
    EXPECT_EQ(reading->timeMs, target);
    EXPECT_FALSE(reading->exact.has_value()) << "only live samples are in memory";
    ASSERT_TRUE(sample.wait(WaitMs));
    const auto row = sample.first().first().value<PremiumSample>();
    EXPECT_EQ(row.observedAtMs, target);
    EXPECT_EQ(row.preciseRate.toString(), QStringLiteral("1.00725"));
    EXPECT_EQ(row.fx.price.toString(), QStringLiteral("1432.6"));
}
