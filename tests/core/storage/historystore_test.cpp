#include "storagetestcase.h"
#include "tmpfsmount.h"

#include "mariadbserver.h"
#include "settings/appsettings.h"
#include "storage/historyrepository.h"
#include "storage/historystore.h"
#include "storage/migrations.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

namespace {

constexpr qint64 Start = 1'764'000'000'000;
constexpr int WaitMs = 20'000;

HistoryOptions fastOptions(const DatabaseLocation &location, const QString &password)
{
    HistoryOptions options;
    options.location = location;
    options.password = password;
    options.flushIntervalMs = 100;
    options.retryIntervalMs = 100;
    // Test rows are from 2025; retention is measured against the wall clock.
    options.retentionDays = 100'000;
    return options;
}

bool waitForStatus(HistoryStore &store, const std::function<bool(const HistoryStatus &)> &condition)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition(store.status())) {
        if (timer.elapsed() > WaitMs)
            return false;
        QSignalSpy spy(&store, &HistoryStore::statusChanged);
        spy.wait(500);
    }
    return true;
}

bool failsWith(const HistoryStatus &status, StorageError::Kind kind)
{
    return status.state == HistoryStatus::State::Failing && status.error && status.error->kind == kind;
}

bool isReady(const HistoryStatus &status)
{
    return status.state == HistoryStatus::State::Ready;
}

// One cycle of the market engine: every coin's premium at `timeMs`.
QList<CoinPremium> cycle(const QStringList &coins, qint64 timeMs)
{
    QList<CoinPremium> premiums;
    for (const QString &coin : coins) {
        CoinPremium p;
        p.coin = coin;
        p.koreaPrice = Decimal::fromString(u"129555000");
        p.foreignPrice = Decimal::fromString(u"89277.1");
        p.fx = Decimal::fromString(u"1432.6");
        p.preciseRate = Decimal::fromString(u"1.27911370");
        p.rate = p.preciseRate->roundedHalfUp(2);
        p.exitRate = Decimal::fromString(u"1.2");
        p.observedAtMs = timeMs;
        premiums.append(p);
    }
    // A coin whose inputs never arrived: nothing to keep.
    CoinPremium missing;
    missing.coin = QStringLiteral("NEW");
    missing.observedAtMs = timeMs;
    premiums.append(missing);
    return premiums;
}

class HistoryStoreTest : public StorageTestCase
{
protected:
    void recordSeconds(HistoryStore &store, qint64 first, int count)
    {
        for (int i = 0; i < count; ++i)
            store.record(sample(Start + (first + i) * 1000));
    }
};

} // namespace

TEST_P(HistoryStoreTest, BatchesWritesOnItsOwnThread)
{
    HistoryOptions options = fastOptions(location(), password());
    options.flushIntervalMs = 1000;
    HistoryStore store(options);
    QList<qint64> written;
    QObject::connect(&store, &HistoryStore::statusChanged, &store, [&](const HistoryStatus &status) {
        if (written.isEmpty() || written.last() != status.writtenRows)
            written.append(status.writtenRows);
    });
    store.start();
    ASSERT_TRUE(waitForStatus(store, isReady));
    recordSeconds(store, 0, 50);
    ASSERT_TRUE(waitForStatus(store, [](const HistoryStatus &s) { return s.writtenRows == 50; }));
    EXPECT_EQ(written, (QList<qint64> { 0, 50 })) << "fifty rows, one transaction";
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM premium")).toInt(), 50);
}

TEST_P(HistoryStoreTest, LoadsARangeAndAnExactSample)
{
    HistoryStore store(fastOptions(location(), password()));
    store.start();
    recordSeconds(store, 0, 120);
    ASSERT_TRUE(waitForStatus(store, [](const HistoryStatus &s) { return s.writtenRows == 120; }));

    QSignalSpy ranges(&store, &HistoryStore::rangeLoaded);
    const quint64 id = store.requestRange(QStringLiteral("BTC"), PremiumBasis::Seed, Start, Start + 120'000);
    ASSERT_TRUE(ranges.wait(WaitMs));
    const auto range = ranges.first().first().value<HistoryRange>();
    EXPECT_EQ(range.requestId, id);
    EXPECT_EQ(range.resolution, HistoryRange::Resolution::Raw) << "two minutes, within retention";
    ASSERT_TRUE(range.series);

    store.requestRange(QStringLiteral("BTC"), PremiumBasis::Seed, Start - 30LL * 86'400'000, Start + 120'000);
    ASSERT_TRUE(ranges.wait(WaitMs));
    const auto month = ranges.last().first().value<HistoryRange>();
    EXPECT_EQ(month.resolution, HistoryRange::Resolution::Minutes) << "a month is drawn from the rollups";
    EXPECT_EQ(month.series->size(), 8u);

    const quint64 rawId = store.requestRange(QStringLiteral("BTC"), PremiumBasis::Seed, Start, Start + 120'000,
                                             HistoryRange::Resolution::Raw);
    ASSERT_TRUE(ranges.wait(WaitMs));
    const auto raw = ranges.last().first().value<HistoryRange>();
    EXPECT_EQ(raw.requestId, rawId);
    EXPECT_EQ(raw.series->size(), 120u);
    EXPECT_EQ(raw.storedFirstMs, Start);
    EXPECT_EQ(raw.storedLastMs, Start + 119'000);

    QSignalSpy samples(&store, &HistoryStore::sampleLoaded);
    store.requestSample(QStringLiteral("BTC"), PremiumBasis::Seed, Start + 10'300, 1000);
    ASSERT_TRUE(samples.wait(WaitMs));
    EXPECT_TRUE(samples.first().at(2).toBool());
    const auto found = samples.first().at(1).value<PremiumSample>();
    EXPECT_EQ(found.observedAtMs, Start + 10'000);
    EXPECT_EQ(found.foreign.price.toString(), QStringLiteral("89277.1"));
}

TEST_P(HistoryStoreTest, LoadsTheInputsDecimatedForAPlot)
{
    HistoryStore store(fastOptions(location(), password()));
    store.start();
    recordSeconds(store, 0, 600);
    ASSERT_TRUE(waitForStatus(store, [](const HistoryStatus &s) { return s.writtenRows == 600; }));
    QSignalSpy loaded(&store, &HistoryStore::inputsLoaded);
    const quint64 id = store.requestInputs(QStringLiteral("BTC"), PremiumBasis::Seed, Start, Start + 600'000, 100);
    ASSERT_TRUE(loaded.wait(WaitMs));
    const auto inputs = loaded.first().first().value<HistoryInputs>();
    EXPECT_EQ(inputs.requestId, id);
    EXPECT_FALSE(inputs.error.has_value());
    ASSERT_FALSE(inputs.korea.points.empty());
    EXPECT_LE(inputs.korea.points.size(), 400u);
    EXPECT_FLOAT_EQ(float(inputs.korea.points.front().y()), 129555000.f);
    EXPECT_NEAR(inputs.foreignInKrw.points.front().y(), 89277.1 * 1432.6, 16.0);
}

TEST_P(HistoryStoreTest, ExportsTheRangeAsCsv)
{
    HistoryStore store(fastOptions(location(), password()));
    store.start();
    recordSeconds(store, 0, 10);
    const QString path = m_dir.filePath(QStringLiteral("export.csv"));
    QSignalSpy exported(&store, &HistoryStore::exportFinished);
    store.requestCsvExport(QStringLiteral("BTC"), PremiumBasis::Seed, Start + 2000, Start + 5000, path);
    ASSERT_TRUE(exported.wait(WaitMs));
    EXPECT_EQ(exported.first().at(1).toLongLong(), 3);
    EXPECT_TRUE(exported.first().at(2).toString().isEmpty());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    ASSERT_GE(lines.size(), 4);
    EXPECT_TRUE(lines[0].startsWith("observed_at_utc,observed_at_ms,symbol,basis,rate,"));
    EXPECT_EQ(lines[1].trimmed(),
              QByteArrayLiteral("2025-11-24T16:00:02.000Z,1764000002000,BTC,seed,1.28,1.2791137,129555000,89277.1,1432."
                                "6,0,exchange,bithumb,binance,,"));
}

TEST_P(HistoryStoreTest, DestroyingTheStoreWritesWhatIsPending)
{
    {
        HistoryOptions options = fastOptions(location(), password());
        options.flushIntervalMs = 60'000;
        HistoryStore store(options);
        store.start();
        recordSeconds(store, 0, 7);
    }
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM premium")).toInt(), 7);
}

TEST_P(HistoryStoreTest, NewerSchemaIsReportedAndNotRetried)
{
    {
        const auto db = openDatabase();
        db->exec(QStringLiteral("INSERT INTO schema_version (version, summary, applied_at) VALUES (%1, 'future', 0)")
                     .arg(Migrations::latestVersion() + 1));
    }
    HistoryStore store(fastOptions(location(), password()));
    store.start();
    recordSeconds(store, 0, 3);
    ASSERT_TRUE(
        waitForStatus(store, [](const HistoryStatus &s) { return failsWith(s, StorageError::Kind::SchemaTooNew); }));
    EXPECT_EQ(store.status().error->foundSchemaVersion, Migrations::latestVersion() + 1);
    ASSERT_TRUE(waitForStatus(store, [](const HistoryStatus &s) { return s.pendingRows == 3; }));
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM premium")).toInt(), 0);
}

TEST_P(HistoryStoreTest, EveryCoinIsRolledUpAndTheWatchlistAndPositionsAreKeptRaw)
{
    HistoryOptions options = fastOptions(location(), password());
    options.watchlist = { QStringLiteral("BTC") };
    HistoryStore store(options);
    QList<qint64> writtenMinutes;
    QObject::connect(&store, &HistoryStore::statusChanged, &store, [&](const HistoryStatus &status) {
        if (writtenMinutes.isEmpty() || writtenMinutes.last() != status.writtenMinutes)
            writtenMinutes.append(status.writtenMinutes);
    });
    store.start();
    ASSERT_TRUE(waitForStatus(store, isReady));
    const QStringList coins { QStringLiteral("BTC"), QStringLiteral("ETH"), QStringLiteral("XRP"),
                              QStringLiteral("SOL") };
    for (int i = 0; i < 30; ++i)
        store.recordPremiums(cycle(coins, Start + i * 1000));
    store.setPositionCoins({ QStringLiteral("XRP") });
    for (int i = 30; i < 60; ++i)
        store.recordPremiums(cycle(coins, Start + i * 1000));
    ASSERT_TRUE(waitForStatus(store, [](const HistoryStatus &s) { return s.writtenRows == 90 && s.pendingRows == 0; }))
        << store.status().writtenRows;
    EXPECT_EQ(store.status().writtenMinutes, 0) << "the minute is not over";

    store.recordPremiums(cycle(coins, Start + 60'000));
    ASSERT_TRUE(waitForStatus(store, [](const HistoryStatus &s) { return s.writtenMinutes == 4; }));
    EXPECT_EQ(writtenMinutes, (QList<qint64> { 0, 4 })) << "the minute of every coin in one transaction";
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM premium WHERE coin = 'BTC'")).toInt(), 61);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM premium WHERE coin = 'XRP'")).toInt(), 31)
        << "raw from the position on";
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM premium WHERE coin IN ('ETH', 'SOL', 'NEW')")).toInt(), 0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT exit_rate FROM premium WHERE coin = 'BTC' LIMIT 1")).toLongLong(),
              120'000'000);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM premium_minute WHERE minute_start = %1").arg(Start)).toInt(),
              4);
    EXPECT_EQ(scalar(QStringLiteral("SELECT samples FROM premium_minute WHERE coin = 'SOL'")).toInt(), 60);

    store.setPositionCoins({});
    store.setWatchlist({ QStringLiteral("SOL") });
    store.recordPremiums(cycle(coins, Start + 61'000));
    ASSERT_TRUE(waitForStatus(store, [](const HistoryStatus &s) { return s.writtenRows == 93; }));
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM premium WHERE coin = 'SOL'")).toInt(), 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM premium WHERE coin = 'BTC'")).toInt(), 61);
}

TEST_P(HistoryStoreTest, ACoinWithoutRawRowsIsReadFromItsRollups)
{
    HistoryOptions options = fastOptions(location(), password());
    options.watchlist = {};
    HistoryStore store(options);
    store.start();
    for (int i = 0; i < 150; ++i)
        store.recordPremiums(cycle({ QStringLiteral("ETH") }, Start + i * 1000));
    ASSERT_TRUE(waitForStatus(store, [](const HistoryStatus &s) { return s.writtenMinutes == 2; }));
    const HistoryKey eth { QStringLiteral("ETH") };

    QSignalSpy ranges(&store, &HistoryStore::rangeLoaded);
    store.requestRange(eth, Start, Start + 150'000, HistoryRange::Resolution::Raw);
    ASSERT_TRUE(ranges.wait(WaitMs));
    const auto range = ranges.first().first().value<HistoryRange>();
    EXPECT_EQ(range.resolution, HistoryRange::Resolution::Minutes);
    ASSERT_TRUE(range.series);
    EXPECT_EQ(range.series->size(), 12u) << "two written minutes and the one still accumulating";
    EXPECT_EQ(range.series->lastTimeMs(), Start + 149'000);
    EXPECT_EQ(range.storedFirstMs, Start);
    EXPECT_EQ(range.storedLastMs, Start + 119'000);

    QSignalSpy inputs(&store, &HistoryStore::inputsLoaded);
    store.requestInputs(eth, Start, Start + 150'000, 100);
    ASSERT_TRUE(inputs.wait(WaitMs));
    EXPECT_FALSE(inputs.first().first().value<HistoryInputs>().korea.points.empty());

    const QString path = m_dir.filePath(QStringLiteral("eth.csv"));
    QSignalSpy exported(&store, &HistoryStore::exportFinished);
    store.requestCsvExport(eth, Start, Start + 150'000, path);
    ASSERT_TRUE(exported.wait(WaitMs));
    EXPECT_EQ(exported.first().at(1).toLongLong(), 2) << "the last sample of each written minute";
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll().split('\n').at(1).trimmed(),
              QByteArrayLiteral(
                  "2025-11-24T16:00:59.000Z,1764000059000,ETH,seed,1.28,1.2791137,129555000,89277.1,1432.6,0,exchange,"
                  "bithumb,binance,,"));
}

TEST_P(HistoryStoreTest, ACoinJoiningTheWatchlistIsDrawnFromItsRollupsBeforeThat)
{
    HistoryOptions options = fastOptions(location(), password());
    options.watchlist = {};
    HistoryStore store(options);
    store.start();
    for (int i = 0; i < 60; ++i)
        store.recordPremiums(cycle({ QStringLiteral("ETH") }, Start + i * 1000));
    store.setWatchlist({ QStringLiteral("ETH") });
    for (int i = 60; i < 90; ++i)
        store.recordPremiums(cycle({ QStringLiteral("ETH") }, Start + i * 1000));
    ASSERT_TRUE(
        waitForStatus(store, [](const HistoryStatus &s) { return s.writtenRows == 30 && s.writtenMinutes == 1; }));

    QSignalSpy ranges(&store, &HistoryStore::rangeLoaded);
    store.requestRange(HistoryKey(QStringLiteral("ETH")), Start, Start + 90'000, HistoryRange::Resolution::Raw);
    ASSERT_TRUE(ranges.wait(WaitMs));
    const auto range = ranges.first().first().value<HistoryRange>();
    EXPECT_EQ(range.resolution, HistoryRange::Resolution::Raw);
    ASSERT_TRUE(range.series);
    EXPECT_EQ(range.series->size(), 4u + 30u) << "the first minute as its rollup, then every second";
    EXPECT_EQ(range.series->firstTimeMs(), Start);
    EXPECT_EQ(range.series->timeAt(4), Start + 60'000);
}

TEST_P(HistoryStoreTest, TheMinuteUnderWayIsWrittenAtExit)
{
    {
        HistoryOptions options = fastOptions(location(), password());
        options.watchlist = {};
        HistoryStore store(options);
        store.start();
        for (int i = 0; i < 5; ++i)
            store.recordPremiums(cycle({ QStringLiteral("ETH"), QStringLiteral("XRP") }, Start + i * 1000));
    }
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM premium_minute WHERE samples = 5")).toInt(), 2);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM premium")).toInt(), 0);
}

TEST_P(HistoryStoreTest, ARestartInsideAMinuteCarriesItsRollupOn)
{
    HistoryOptions options = fastOptions(location(), password());
    options.watchlist = {};
    for (int run = 0; run < 2; ++run) {
        HistoryStore store(options);
        store.start();
        ASSERT_TRUE(waitForStatus(store, isReady));
        for (int i = 0; i < 5; ++i)
            store.recordPremiums(cycle({ QStringLiteral("ETH") }, Start + (run * 30 + i) * 1000));
    }
    EXPECT_EQ(scalar(QStringLiteral("SELECT samples FROM premium_minute")).toInt(), 10) << "both runs' samples";
    EXPECT_EQ(scalar(QStringLiteral("SELECT first_observed_at FROM premium_minute")).toLongLong(), Start);
    EXPECT_EQ(scalar(QStringLiteral("SELECT last_observed_at FROM premium_minute")).toLongLong(), Start + 34'000);
}

TEST_P(HistoryStoreTest, AMinuteCutShortByAKillIsRolledUpAgainFromItsRawRows)
{
    {
        // What a killed run leaves: raw rows committed, the minute's rollup still in its memory.
        const auto db = openDatabase();
        HistoryRepository repository(*db);
        std::vector<PremiumSample> rows;
        for (int i = 0; i < 5; ++i)
            rows.push_back(sample(Start + i * 1000));
        ASSERT_FALSE(repository.insert(rows).has_value());
    }
    {
        HistoryStore store(fastOptions(location(), password()));
        store.start();
        for (int i = 30; i < 35; ++i)
            store.recordPremiums(cycle({ QStringLiteral("BTC") }, Start + i * 1000));
    }
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM premium")).toInt(), 10);
    EXPECT_EQ(scalar(QStringLiteral("SELECT samples FROM premium_minute")).toInt(), 10);
    EXPECT_EQ(scalar(QStringLiteral("SELECT first_observed_at FROM premium_minute")).toLongLong(), Start);
}

INSTANTIATE_TEST_SUITE_P(Backends, HistoryStoreTest, ::testing::ValuesIn(StorageTestCase::backends()),
                         StorageTestCase::backendName);

TEST(HistoryStoreFaults, LockedDatabaseIsRetriedUntilFree)
{
    QTemporaryDir dir;
    const DatabaseLocation location = DatabaseLocation::sqlite(dir.filePath(QStringLiteral("history.sqlite")));
    Database holder(location);
    ASSERT_FALSE(holder.openAndMigrate().has_value());
    ASSERT_FALSE(holder.exec(QStringLiteral("BEGIN EXCLUSIVE")).has_value());

    HistoryStore store(fastOptions(location, QString()));
    store.start();
    for (int i = 0; i < 5; ++i)
        store.record(StorageTestCase::sample(Start + i * 1000));
    // The lock may be reported (on opening) before the worker has counted the rows: wait for both.
    ASSERT_TRUE(waitForStatus(store, [](const HistoryStatus &s) {
        return failsWith(s, StorageError::Kind::Locked) && s.pendingRows == 5;
    })) << store.status().pendingRows;

    holder.exec(QStringLiteral("ROLLBACK"));
    ASSERT_TRUE(waitForStatus(store, [](const HistoryStatus &s) { return isReady(s) && s.writtenRows == 5; }));
    EXPECT_EQ(store.status().pendingRows, 0);
}

TEST(HistoryStoreFaults, CorruptFileIsReportedAndTheRowsWait)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    QFile garbage(path);
    ASSERT_TRUE(garbage.open(QIODevice::WriteOnly));
    garbage.write(QByteArray(16384, '\x5a'));
    garbage.close();
    HistoryStore store(fastOptions(DatabaseLocation::sqlite(path), QString()));
    store.start();
    store.record(StorageTestCase::sample(Start));
    ASSERT_TRUE(waitForStatus(
        store, [](const HistoryStatus &s) { return failsWith(s, StorageError::Kind::Corrupt) && s.pendingRows == 1; }));
    EXPECT_FALSE(store.status().error->isTransient());
}

TEST(HistoryStoreFaults, FullDiskIsReportedAndRowsAreWrittenWhenSpaceReturns)
{
    TmpfsMount disk(1024 * 1024);
    if (!disk.isMounted())
        GTEST_SKIP() << "mounting a tmpfs needs root";
    ASSERT_TRUE(disk.fill());
    const DatabaseLocation location = DatabaseLocation::sqlite(disk.filePath(QStringLiteral("history.sqlite")));
    HistoryStore store(fastOptions(location, QString()));
    store.start();
    for (int i = 0; i < 5; ++i)
        store.record(StorageTestCase::sample(Start + i * 1000));
    ASSERT_TRUE(waitForStatus(store, [](const HistoryStatus &s) { return failsWith(s, StorageError::Kind::Full); }))
        << (store.status().error ? qPrintable(store.status().error->describe()) : "no error");
    ASSERT_TRUE(disk.removeFiller());
    ASSERT_TRUE(waitForStatus(store, [](const HistoryStatus &s) { return isReady(s) && s.writtenRows == 5; }));
}

TEST(HistoryStoreFaults, ReadOnlyFileIsReportedAndRowsAreWrittenWhenWritable)
{
    TmpfsMount disk(8 * 1024 * 1024);
    if (!disk.isMounted())
        GTEST_SKIP() << "mounting a tmpfs needs root";
    const DatabaseLocation location = DatabaseLocation::sqlite(disk.filePath(QStringLiteral("history.sqlite")));
    {
        Database db(location);
        ASSERT_FALSE(db.openAndMigrate().has_value());
    }
    ASSERT_TRUE(disk.setReadOnly(true));
    HistoryStore store(fastOptions(location, QString()));
    store.start();
    for (int i = 0; i < 5; ++i)
        store.record(StorageTestCase::sample(Start + i * 1000));
    ASSERT_TRUE(waitForStatus(store, [](const HistoryStatus &s) { return failsWith(s, StorageError::Kind::ReadOnly); }))
        << (store.status().error ? qPrintable(store.status().error->describe()) : "no error");
    ASSERT_TRUE(disk.setReadOnly(false));
    ASSERT_TRUE(waitForStatus(store, [](const HistoryStatus &s) { return isReady(s) && s.writtenRows == 5; }));
}

TEST(HistoryStoreFaults, MariaDbGoingAwayAndComingBackLosesNothing)
{
    MariaDbServer *server = MariaDbServer::shared();
    if (!server->isRunning()) {
        ASSERT_TRUE(server->start()) << qPrintable(server->errorString());
    }
    const auto location = DatabaseLocation::parse(server->createDatabase());
    ASSERT_TRUE(location.has_value());
    HistoryStore store(fastOptions(*location, QString::fromLatin1(MariaDbServer::Password)));
    store.start();
    for (int i = 0; i < 5; ++i)
        store.record(StorageTestCase::sample(Start + i * 1000));
    ASSERT_TRUE(waitForStatus(store, [](const HistoryStatus &s) { return s.writtenRows == 5; }));

    server->kill();
    for (int i = 5; i < 12; ++i)
        store.record(StorageTestCase::sample(Start + i * 1000));
    ASSERT_TRUE(waitForStatus(
        store,
        [](const HistoryStatus &s) { return failsWith(s, StorageError::Kind::Unreachable) && s.pendingRows == 7; }))
        << (store.status().error ? qPrintable(store.status().error->describe()) : "no error") << ", pending "
        << store.status().pendingRows;

    ASSERT_TRUE(server->start()) << qPrintable(server->errorString());
    ASSERT_TRUE(waitForStatus(store, [](const HistoryStatus &s) { return isReady(s) && s.writtenRows == 12; }));
    Database check(*location, QString::fromLatin1(MariaDbServer::Password));
    ASSERT_FALSE(check.open().has_value());
    QSqlQuery query(check.connection());
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT COUNT(*), MIN(observed_at), MAX(observed_at) FROM premium")));
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.value(0).toInt(), 12);
    EXPECT_EQ(query.value(2).toLongLong(), Start + 11'000);
}

TEST(HistoryWatchlistSetting, DefaultsToBtcAndEthAndIsKept)
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("settings.ini"));
    {
        AppSettings settings(ini);
        EXPECT_EQ(settings.historyWatchlist(), (QStringList { QStringLiteral("BTC"), QStringLiteral("ETH") }));
        settings.setHistoryWatchlist({ QStringLiteral("XRP") });
    }
    EXPECT_EQ(AppSettings(ini).historyWatchlist(), QStringList { QStringLiteral("XRP") });
    {
        AppSettings settings(ini);
        settings.setHistoryWatchlist({});
    }
    EXPECT_TRUE(AppSettings(ini).historyWatchlist().isEmpty())
        << "an empty watchlist is a choice, not a missing setting";
}
