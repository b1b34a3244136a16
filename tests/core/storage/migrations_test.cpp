#include "storagetestcase.h"

#include "storage/migrations.h"
#include "storage/migrator.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace {

class MigrationsTest : public StorageTestCase
{
protected:
    static QStringList columns(Database &db, const QString &table)
    {
        QStringList names;
        const QSqlRecord record = db.connection().record(table);
        for (int i = 0; i < record.count(); ++i)
            names.append(record.fieldName(i));
        return names;
    }

    static void insertVersion1Rows(Database &db)
    {
        QSqlQuery query(db.connection());
        ASSERT_TRUE(query.exec(QStringLiteral(
            "INSERT INTO premium (symbol, basis, rate, korea_price, foreign_price, fx_rate, stale, observed_at) "
            "VALUES ('BTC', 'seed', 127910000, '129555000', '89277.1', '1432.6', 0, 1764000000000)")))
            << qPrintable(query.lastError().text());
        ASSERT_TRUE(query.exec(QStringLiteral(
            "INSERT INTO position (symbol, quantity, entry_korea_price, entry_foreign_price, entry_fx_rate, "
            "korea_fee_rate, foreign_fee_rate, opened_at, note) "
            "VALUES ('BTC', '0.010', '129560000', '89277.0', '1432.6', '0.0004', '0.0005', 1764000000000, 'first')")))
            << qPrintable(query.lastError().text());
    }
};

} // namespace

// Numbers may have a gap while a reserved step is still on its way (see migrations.h).
TEST(Migrations, VersionsIncreaseFromOne)
{
    int previous = 0;
    for (const Migration &migration : Migrations::all()) {
        EXPECT_GT(migration.version, previous);
        EXPECT_NE(migration.statements, nullptr);
        EXPECT_STRNE(migration.summary, "");
        previous = migration.version;
    }
    EXPECT_EQ(Migrations::all().front().version, 1);
    EXPECT_EQ(Migrations::latestVersion(), previous);
    EXPECT_GE(Migrations::latestVersion(), 2);
}

TEST_P(MigrationsTest, FreshDatabaseGetsTheLatestSchema)
{
    const auto db = openDatabase();
    int version = -1;
    Migrator migrator(*db, Migrations::all());
    ASSERT_FALSE(migrator.readVersion(&version).has_value());
    EXPECT_EQ(version, Migrations::latestVersion());

    const QStringList premium = columns(*db, QStringLiteral("premium"));
    for (const char *name : { "coin", "korea_venue", "foreign_venue", "rate", "entry_rate", "exit_rate", "korea_price",
                              "foreign_price", "fx_rate", "basis", "observed_at", "stale", "source" })
        EXPECT_TRUE(premium.contains(QLatin1StringView(name))) << name;
    for (const char *table : { "ticker", "premium_minute", "position", "schema_version" })
        EXPECT_TRUE(db->connection().tables().contains(QLatin1StringView(table))) << table;
    const QStringList position = columns(*db, QStringLiteral("position"));
    for (const char *name : { "id", "quantity", "entry_korea_price", "entry_foreign_price", "entry_fx_rate",
                              "korea_fee_rate", "foreign_fee_rate", "opened_at", "note", "exit_korea_price",
                              "exit_foreign_price", "exit_fx_rate", "closed_at" })
        EXPECT_TRUE(position.contains(QLatin1StringView(name))) << name;
}

TEST_P(MigrationsTest, UpgradesFromEveryEarlierVersionKeepingTheRows)
{
    for (int start = 0; start < Migrations::latestVersion(); ++start) {
        SCOPED_TRACE(start);
        m_location = freshLocation();
        {
            // Rows written by the first version, then a database left at `start` by a later one.
            const auto db = openDatabase(false);
            Migrator migrator(*db, Migrations::all());
            ASSERT_FALSE(migrator.migrateTo(std::min(start, 1)).has_value());
            if (start >= 1)
                insertVersion1Rows(*db);
            ASSERT_FALSE(migrator.migrateTo(start).has_value());
        }
        const auto db = openDatabase();
        int version = -1;
        ASSERT_FALSE(Migrator(*db, Migrations::all()).readVersion(&version).has_value());
        EXPECT_EQ(version, Migrations::latestVersion());
        QSqlQuery query(db->connection());
        ASSERT_TRUE(query.exec(QStringLiteral("SELECT COUNT(*) FROM schema_version")));
        ASSERT_TRUE(query.next());
        EXPECT_EQ(query.value(0).toInt(), static_cast<int>(Migrations::all().size())) << "one row per step";
        if (start < 1)
            continue;
        ASSERT_TRUE(
            query.exec(QStringLiteral("SELECT rate, korea_price, foreign_price, fx_rate, source FROM premium")));
        ASSERT_TRUE(query.next());
        EXPECT_EQ(query.value(0).toLongLong(), 127910000);
        EXPECT_EQ(query.value(1).toString(), QStringLiteral("129555000"));
        EXPECT_EQ(query.value(2).toString(), QStringLiteral("89277.1"));
        EXPECT_EQ(query.value(3).toString(), QStringLiteral("1432.6"));
        EXPECT_EQ(query.value(4).toString(), QStringLiteral("exchange"));
        ASSERT_TRUE(query.exec(QStringLiteral("SELECT quantity, note FROM position")));
        ASSERT_TRUE(query.next());
        EXPECT_EQ(query.value(0).toString(), QStringLiteral("0.010"));
        EXPECT_EQ(query.value(1).toString(), QStringLiteral("first"));
    }
}

TEST_P(MigrationsTest, ReadableViewShowsTheRateInPercentAsDecimalText)
{
    const auto db = openDatabase();
    QSqlQuery query(db->connection());
    // A typical rate, a negative one under one hundredth, whole and tiny ones, and a large one.
    const std::vector<std::pair<qint64, const char *>> rates = {
        { 127870521, "1.27870521" }, { -5, "-0.00000005" }, { -123456789, "-1.23456789" },         { 0, "0.00000000" },
        { 100000000, "1.00000000" }, { 1, "0.00000001" },   { 12345678901234, "123456.78901234" },
    };
    for (std::size_t i = 0; i < rates.size(); ++i) {
        ASSERT_TRUE(query.exec(QStringLiteral("INSERT INTO premium (coin, korea_venue, foreign_venue, basis, rate, "
                                              "korea_price, foreign_price, fx_rate, "
                                              "stale, observed_at) VALUES ('BTC', 'bithumb', 'binance', 'seed', %1, "
                                              "'129555000', '89277.1', '1432.6', 0, %2)")
                                   .arg(rates[i].first)
                                   .arg(1764000000000 + qint64(i))))
            << qPrintable(query.lastError().text());
    }
    ASSERT_TRUE(
        query.exec(QStringLiteral("SELECT rate_percent, korea_price, foreign_price, fx_rate, symbol, basis, stale, "
                                  "source, observed_at FROM premium_readable ORDER BY observed_at")))
        << qPrintable(query.lastError().text());
    for (const auto &[rate, text] : rates) {
        ASSERT_TRUE(query.next());
        EXPECT_EQ(query.value(0).toString(), QLatin1StringView(text)) << rate;
        EXPECT_EQ(query.value(1).toString(), QStringLiteral("129555000"));
        EXPECT_EQ(query.value(2).toString(), QStringLiteral("89277.1"));
        EXPECT_EQ(query.value(3).toString(), QStringLiteral("1432.6"));
        EXPECT_EQ(query.value(4).toString(), QStringLiteral("BTC"));
        EXPECT_EQ(query.value(5).toString(), QStringLiteral("seed"));
        EXPECT_EQ(query.value(6).toInt(), 0);
        EXPECT_EQ(query.value(7).toString(), QStringLiteral("exchange"));
    }
    EXPECT_FALSE(query.next());
}

TEST_P(MigrationsTest, MigratingAgainChangesNothing)
{
    openDatabase();
    const auto db = openDatabase();
    QSqlQuery query(db->connection());
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT COUNT(*) FROM schema_version")));
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.value(0).toInt(), static_cast<int>(Migrations::all().size()));
}

TEST_P(MigrationsTest, SchemaNewerThanTheAppIsReportedAndLeftAlone)
{
    {
        const auto db = openDatabase(false);
        Migrator migrator(*db, Migrations::all());
        ASSERT_FALSE(migrator.migrateTo(1).has_value());
        insertVersion1Rows(*db);
        ASSERT_FALSE(migrator.migrateToLatest().has_value());
        ASSERT_FALSE(
            db->exec(QStringLiteral(
                         "INSERT INTO schema_version (version, summary, applied_at) VALUES (%1, 'from the future', 0)")
                         .arg(Migrations::latestVersion() + 1))
                .has_value());
    }
    Database db(m_location, password());
    const auto error = db.openAndMigrate();
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->kind, StorageError::Kind::SchemaTooNew);
    EXPECT_EQ(error->foundSchemaVersion, Migrations::latestVersion() + 1);
    EXPECT_EQ(error->supportedSchemaVersion, Migrations::latestVersion());
    EXPECT_FALSE(db.isOpen());
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM premium")).toInt(), 1);
}

TEST_P(MigrationsTest, FailedStepIsNotRecorded)
{
    const std::vector<Migration> broken = {
        Migrations::all().front(),
        { 2, "broken",
          [](const SqlDialect &) {
              return QStringList { QStringLiteral("ALTER TABLE no_such_table ADD COLUMN x INTEGER") };
          } },
    };
    const auto db = openDatabase(false);
    Migrator migrator(*db, broken);
    const auto error = migrator.migrateToLatest();
    ASSERT_TRUE(error.has_value());
    EXPECT_TRUE(error->detail.contains(u"migration 2"));
    int version = -1;
    ASSERT_FALSE(migrator.readVersion(&version).has_value());
    EXPECT_EQ(version, 1);
}

TEST_P(MigrationsTest, StepLandingBelowTheDatabasesVersionStillRuns)
{
    const auto step = [](int version, const char *table) {
        return Migration { version, table, [](const SqlDialect &) {
                              return QStringList();
                          } };
    };
    const std::vector<Migration> early = { Migrations::all().front(), step(3, "three") };
    const std::vector<Migration> merged = { Migrations::all().front(), step(2, "two"), step(3, "three") };
    const auto db = openDatabase(false);
    ASSERT_FALSE(Migrator(*db, early).migrateToLatest().has_value());
    ASSERT_FALSE(Migrator(*db, merged).migrateToLatest().has_value());
    QSqlQuery query(db->connection());
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT version FROM schema_version ORDER BY version")));
    QList<int> versions;
    while (query.next())
        versions.append(query.value(0).toInt());
    EXPECT_EQ(versions, (QList<int> { 1, 2, 3 }));
}

TEST_P(MigrationsTest, Version6RowsKeepEveryValueAndBecomeBtcOnBithumbAgainstBinance)
{
    {
        const auto db = openDatabase(false);
        ASSERT_FALSE(Migrator(*db, Migrations::all()).migrateTo(6).has_value());
        QSqlQuery query(db->connection());
        for (const char *sql : {
                 "INSERT INTO premium (symbol, basis, rate, korea_price, foreign_price, fx_rate, stale, observed_at, "
                 "source) "
                 "VALUES ('BTC', 'seed', 127910000, '129555000', '89277.1', '1432.6', 0, 1764000000000, 'exchange')",
                 "INSERT INTO premium (symbol, basis, rate, korea_price, foreign_price, fx_rate, stale, observed_at, "
                 "source) "
                 "VALUES ('BTC', 'global', -5, '129555001', '89277.12345678', '1432.65', 1, 1764000000000, 'cache')",
                 "INSERT INTO premium (symbol, basis, rate, korea_price, foreign_price, fx_rate, stale, observed_at, "
                 "source) "
                 "VALUES ('BTC', 'seed', 127920000, '129556000', '89277.2', '1432.6', 1, 1764000001000, 'exchange')",
                 "INSERT INTO premium_minute (symbol, basis, minute_start, rate_open, rate_high, rate_low, rate_close, "
                 "korea_price, "
                 "foreign_price, fx_rate, samples, stale_samples, first_observed_at, last_observed_at) VALUES ('BTC', "
                 "'seed', "
                 "1764000000000, 127910000, 127990000, 127800000, 127920000, '129556000', '89277.2', '1432.6', 2, 1, "
                 "1764000000000, 1764000001000)",
             })
            ASSERT_TRUE(query.exec(QLatin1StringView(sql))) << qPrintable(query.lastError().text());
    }
    const auto db = openDatabase();
    QSqlQuery query(db->connection());
    ASSERT_TRUE(query.exec(
        QStringLiteral("SELECT observed_at, coin, korea_venue, foreign_venue, basis, rate, entry_rate, exit_rate, "
                       "korea_price, foreign_price, fx_rate, stale, source FROM premium ORDER BY observed_at, basis")))
        << qPrintable(query.lastError().text());
    const std::vector<std::vector<const char *>> expected = {
        { "1764000000000", "BTC", "bithumb", "binance", "global", "-5", "", "", "129555001", "89277.12345678",
          "1432.65", "1", "cache" },
        { "1764000000000", "BTC", "bithumb", "binance", "seed", "127910000", "", "", "129555000", "89277.1", "1432.6",
          "0", "exchange" },
        { "1764000001000", "BTC", "bithumb", "binance", "seed", "127920000", "", "", "129556000", "89277.2", "1432.6",
          "1", "exchange" },
    };
    for (const auto &row : expected) {
        ASSERT_TRUE(query.next());
        for (int i = 0; i < int(row.size()); ++i) {
            EXPECT_EQ(query.value(i).isNull(), *row[i] == '\0') << i;
            if (*row[i] != '\0') {
                EXPECT_EQ(query.value(i).toString(), QLatin1StringView(row[i])) << i;
            }
        }
    }
    EXPECT_FALSE(query.next());

    ASSERT_TRUE(query.exec(
        QStringLiteral("SELECT coin, korea_venue, foreign_venue, basis, minute_start, rate_open, rate_high, rate_low, "
                       "rate_close, korea_price, foreign_price, fx_rate, samples, stale_samples, first_observed_at, "
                       "last_observed_at FROM premium_minute")))
        << qPrintable(query.lastError().text());
    ASSERT_TRUE(query.next());
    const std::vector<const char *> minute
        = { "BTC",       "bithumb",   "binance",       "seed",         "1764000000000", "127910000",
            "127990000", "127800000", "127920000",     "129556000",    "89277.2",       "1432.6",
            "2",         "1",         "1764000000000", "1764000001000" };
    for (int i = 0; i < int(minute.size()); ++i)
        EXPECT_EQ(query.value(i).toString(), QLatin1StringView(minute[i])) << i;
    EXPECT_FALSE(query.next());

    ASSERT_TRUE(query.exec(
        QStringLiteral("SELECT symbol, coin, korea_venue, rate_percent, entry_rate_percent FROM premium_readable "
                       "WHERE basis = 'global'")))
        << qPrintable(query.lastError().text());
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.value(0).toString(), QStringLiteral("BTC"));
    EXPECT_EQ(query.value(1).toString(), QStringLiteral("BTC"));
    EXPECT_EQ(query.value(2).toString(), QStringLiteral("bithumb"));
    EXPECT_EQ(query.value(3).toString(), QStringLiteral("-0.00000005"));
    EXPECT_TRUE(query.value(4).isNull());

    // The same moment on another pair and another coin is another row.
    ASSERT_TRUE(query.exec(
        QStringLiteral("INSERT INTO premium (observed_at, coin, korea_venue, foreign_venue, basis, rate, entry_rate, "
                       "exit_rate, korea_price, "
                       "foreign_price, fx_rate, stale) VALUES (1764000000000, 'BTC', 'upbit', 'okx', 'seed', 1, 2, 3, "
                       "'1', '1', '1', 0), "
                       "(1764000000000, 'ETH', 'bithumb', 'binance', 'seed', 1, NULL, NULL, '1', '1', '1', 0)")))
        << qPrintable(query.lastError().text());
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM premium")).toInt(), 5);
    EXPECT_EQ(scalar(QStringLiteral("SELECT entry_rate_percent FROM premium_readable WHERE korea_venue = 'upbit'"))
                  .toString(),
              QStringLiteral("0.00000002"));
    const QString indexes = isMySql()
        ? QStringLiteral("SELECT COUNT(*) FROM information_schema.statistics WHERE "
                         "table_schema = DATABASE() AND table_name = 'premium' AND index_name = 'premium_time'")
        : QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = 'premium_time'");
    EXPECT_GE(scalar(indexes).toInt(), 1);
    if (!isMySql()) {
        EXPECT_EQ(scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }
}

INSTANTIATE_TEST_SUITE_P(Backends, MigrationsTest, ::testing::ValuesIn(StorageTestCase::backends()),
                         StorageTestCase::backendName);
