#include "storagetestcase.h"

#include "mariadbserver.h"

#include <QFile>
#include <QSqlQuery>
#include <QTcpServer>

namespace {

class DatabaseTest : public StorageTestCase
{
};

QString pragma(Database &db, const QString &name)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("PRAGMA ") + name) || !query.next())
        return QString();
    return query.value(0).toString();
}

} // namespace

TEST_P(DatabaseTest, OpensAndRunsStatements)
{
    const auto db = openDatabase();
    ASSERT_TRUE(db->isOpen());
    EXPECT_FALSE(db->exec(QStringLiteral("DELETE FROM premium")).has_value());
    const auto error = db->exec(QStringLiteral("SELECT * FROM no_such_table"));
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->kind, StorageError::Kind::Query);
}

TEST_P(DatabaseTest, TransactionRollsBackOnError)
{
    const auto db = openDatabase();
    const auto error = db->inTransaction([&]() -> std::optional<StorageError> {
        if (auto e = db->exec(QStringLiteral("INSERT INTO ticker (venue, symbol, price, observed_at) VALUES ('v', 'BTC', '1', 1)")))
            return e;
        return db->exec(QStringLiteral("INSERT INTO no_such_table VALUES (1)"));
    });
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM ticker")).toInt(), 0);
}

TEST_P(DatabaseTest, TwoConnectionsSeeEachOthersCommits)
{
    const auto writer = openDatabase();
    const auto reader = openDatabase();
    ASSERT_FALSE(writer->exec(QStringLiteral("INSERT INTO ticker (venue, symbol, price, observed_at) VALUES ('v', 'BTC', '1.5', 1)"))
                     .has_value());
    QSqlQuery query(reader->connection());
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT price FROM ticker")));
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.value(0).toString(), QStringLiteral("1.5"));
}

INSTANTIATE_TEST_SUITE_P(Backends, DatabaseTest, ::testing::ValuesIn(StorageTestCase::backends()), StorageTestCase::backendName);

TEST(SqliteDatabase, UsesWalAndSynchronousNormalAndCreatesTheFolder)
{
    QTemporaryDir dir;
    Database db(DatabaseLocation::sqlite(dir.filePath(QStringLiteral("a/b/history.sqlite"))));
    ASSERT_FALSE(db.openAndMigrate().has_value());
    EXPECT_TRUE(QFile::exists(dir.filePath(QStringLiteral("a/b/history.sqlite"))));
    EXPECT_EQ(pragma(db, QStringLiteral("journal_mode")), QStringLiteral("wal"));
    EXPECT_EQ(pragma(db, QStringLiteral("synchronous")), QStringLiteral("1"));  // NORMAL
}

TEST(SqliteDatabase, FileThatIsNotADatabaseIsReportedCorrupt)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();
    Database db(DatabaseLocation::sqlite(path));
    const auto error = db.openAndMigrate();
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->kind, StorageError::Kind::Corrupt) << qPrintable(error->describe());
    EXPECT_FALSE(db.isOpen());
}

TEST(SqliteDatabase, WriteLockHeldElsewhereIsReportedLocked)
{
    QTemporaryDir dir;
    const DatabaseLocation location = DatabaseLocation::sqlite(dir.filePath(QStringLiteral("history.sqlite")));
    Database holder(location);
    ASSERT_FALSE(holder.openAndMigrate().has_value());
    ASSERT_FALSE(holder.exec(QStringLiteral("BEGIN EXCLUSIVE")).has_value());
    Database db(location);
    ASSERT_FALSE(db.openAndMigrate().has_value());
    const auto error = db.exec(QStringLiteral("INSERT INTO ticker (venue, symbol, price, observed_at) VALUES ('v', 'BTC', '1', 1)"));
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->kind, StorageError::Kind::Locked) << qPrintable(error->describe());
    EXPECT_TRUE(error->isTransient());
    holder.exec(QStringLiteral("ROLLBACK"));
}

TEST(MySqlDatabase, ClosedPortIsReportedUnreachable)
{
    int port = 0;
    {
        QTcpServer probe;
        ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    Database db(DatabaseLocation::mySql(QStringLiteral("premium"), QStringLiteral("127.0.0.1"), port, QStringLiteral("ps")),
                QStringLiteral("x"));
    const auto error = db.openAndMigrate();
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->kind, StorageError::Kind::Unreachable) << qPrintable(error->describe());
    EXPECT_TRUE(error->isTransient());
}

TEST(MySqlDatabase, WrongPasswordIsReportedAccessDenied)
{
    MariaDbServer *server = MariaDbServer::shared();
    if (!server->isRunning()) {
        ASSERT_TRUE(server->start()) << qPrintable(server->errorString());
    }
    const auto location = DatabaseLocation::parse(server->createDatabase());
    ASSERT_TRUE(location.has_value());
    Database db(*location, QStringLiteral("not-the-password"));
    const auto error = db.openAndMigrate();
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->kind, StorageError::Kind::AccessDenied) << qPrintable(error->describe());
    EXPECT_FALSE(error->describe().contains(u"not-the-password"));
}
