#include "../common/fakevenues.h"

#include "storage/database.h"
#include "storage/migrations.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

// The history as the real headless binary keeps it: a real process writing a real SQLite file,
// killed with SIGKILL in the middle of its one-second batches.
namespace {

constexpr int WaitMs = 30'000;

class HistoryProcessTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(m_server.listen());
        serveAllVenues(m_server);
        m_path = m_dir.filePath(QStringLiteral("history.sqlite"));
    }

    void TearDown() override
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    void start()
    {
        const QString url = m_server.baseUrl().toString();
        m_process.start(QStringLiteral(PS_APP_BINARY),
                        {QStringLiteral("--headless"), QStringLiteral("--transport"), QStringLiteral("poll"),
                         QStringLiteral("--bithumb-url"), url, QStringLiteral("--binance-url"), url,
                         QStringLiteral("--fx-url"), url, QStringLiteral("--fx-fallback-url"), url, QStringLiteral("--database"), m_path});
        ASSERT_TRUE(m_process.waitForStarted(5000));
    }

    // Committed rows as another reader sees them: count and the newest observation time.
    std::pair<qint64, qint64> committed() const
    {
        Database db(DatabaseLocation::sqlite(m_path));
        if (db.open())
            return {0, 0};
        QSqlQuery query(db.connection());
        if (!query.exec(QStringLiteral("SELECT COUNT(*), MAX(observed_at) FROM premium")) || !query.next())
            return {0, 0};
        return {query.value(0).toLongLong(), query.value(1).toLongLong()};
    }

    QTemporaryDir m_dir;
    FixtureServer m_server;
    QProcess m_process;
    QString m_path;
};

} // namespace

TEST_F(HistoryProcessTest, KillNineLosesNoCommittedRowAndTheFileOpensClean)
{
    qint64 expectedAtLeast = 0;
    for (int round = 0; round < 2; ++round) {
        SCOPED_TRACE(round);
        start();
        // Wait for commits made by this process (the writer batches once a second), then kill it
        // right after one: the next batch is mid-way at some point of its second.
        const qint64 before = committed().first;
        ASSERT_TRUE(QTest::qWaitFor([&] { return committed().first >= before + 3; }, WaitMs));
        const auto [rows, newest] = committed();
        m_process.kill();
        ASSERT_TRUE(m_process.waitForFinished(5000));
        EXPECT_EQ(m_process.exitStatus(), QProcess::CrashExit);

        Database db(DatabaseLocation::sqlite(m_path));
        const auto error = db.openAndMigrate();
        ASSERT_FALSE(error.has_value()) << qPrintable(error->describe());
        QSqlQuery query(db.connection());
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA integrity_check")));
        ASSERT_TRUE(query.next());
        EXPECT_EQ(query.value(0).toString(), QStringLiteral("ok"));
        ASSERT_TRUE(query.exec(QStringLiteral("SELECT COUNT(*) FROM premium WHERE observed_at <= %1").arg(newest)));
        ASSERT_TRUE(query.next());
        EXPECT_EQ(query.value(0).toLongLong(), rows) << "every row seen committed before the kill is still there";
        EXPECT_GE(rows, expectedAtLeast + 3);
        // A minute's rollup is written once the minute is over (a kill loses the minute under way
        // from the rollups, not from the raw rows); every rollup written agrees with its raw rows,
        // the minute a restart carried on included.
        ASSERT_TRUE(query.exec(QStringLiteral(
            "SELECT COUNT(*) FROM premium_minute m WHERE m.samples <> (SELECT COUNT(*) FROM premium p WHERE "
            "p.coin = m.coin AND p.korea_venue = m.korea_venue AND p.foreign_venue = m.foreign_venue AND p.basis = m.basis "
            "AND p.observed_at >= m.minute_start AND p.observed_at < m.minute_start + 60000)")));
        ASSERT_TRUE(query.next());
        EXPECT_EQ(query.value(0).toLongLong(), 0);
        expectedAtLeast = rows;
    }
}

TEST_F(HistoryProcessTest, UnusableDatabaseIsReportedOnStderrAndTheOutputGoesOn)
{
    QFile garbage(m_path);
    ASSERT_TRUE(garbage.open(QIODevice::WriteOnly));
    garbage.write(QByteArray(16384, 'x'));
    garbage.close();
    start();
    QByteArray out;
    QByteArray err;
    ASSERT_TRUE(QTest::qWaitFor([&] {
        out += m_process.readAllStandardOutput();
        err += m_process.readAllStandardError();
        return out.count('\n') >= 2 && err.contains("corrupt");
    }, WaitMs)) << err.constData();
    EXPECT_TRUE(out.contains("\"rate\":\"1.28\"")) << out.constData();
}

TEST_F(HistoryProcessTest, NewerSchemaIsReportedOnStderr)
{
    {
        Database db(DatabaseLocation::sqlite(m_path));
        ASSERT_FALSE(db.openAndMigrate().has_value());
        db.exec(QStringLiteral("INSERT INTO schema_version (version, summary, applied_at) VALUES (%1, 'future', 0)")
                    .arg(Migrations::latestVersion() + 1));
    }
    start();
    QByteArray err;
    ASSERT_TRUE(QTest::qWaitFor([&] {
        err += m_process.readAllStandardError();
        return err.contains("newer version");
    }, WaitMs)) << err.constData();
}

TEST_F(HistoryProcessTest, BadDatabaseOptionExitsWithUsageError)
{
    m_process.start(QStringLiteral(PS_APP_BINARY),
                    {QStringLiteral("--headless"), QStringLiteral("--database"), QStringLiteral("mysql://user:secret@host/db")});
    ASSERT_TRUE(m_process.waitForFinished(10'000));
    EXPECT_EQ(m_process.exitCode(), 2);
    const QByteArray err = m_process.readAllStandardError();
    EXPECT_TRUE(err.contains("--database")) << err.constData();
    EXPECT_FALSE(err.contains("secret"));
}
