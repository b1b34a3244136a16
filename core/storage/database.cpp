#include "database.h"

#include "migrations.h"
#include "migrator.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("premium-spread-db-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString driverName(DatabaseLocation::Backend backend)
{
    return backend == DatabaseLocation::Backend::Sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QMYSQL");
}

} // namespace

Database::Database(DatabaseLocation location, QString password)
    : m_location(std::move(location))
    , m_password(std::move(password))
    , m_connectionName(nextConnectionName())
    , m_dialect(m_location.backend)
{
}

Database::~Database()
{
    close();
}

std::optional<StorageError> Database::open()
{
    close();
    if (auto error = connect()) {
        close();
        return error;
    }
    return std::nullopt;
}

std::optional<StorageError> Database::connect()
{
    const QString driver = driverName(m_location.backend);
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        StorageError error;
        error.kind = StorageError::Kind::DriverMissing;
        error.detail = QStringLiteral("Qt SQL driver %1 is not installed").arg(driver);
        return error;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, m_connectionName);
    if (m_location.backend == DatabaseLocation::Backend::MySql) {
        db.setHostName(m_location.host);
        db.setPort(m_location.port);
        db.setUserName(m_location.user);
        db.setPassword(m_password);
        db.setDatabaseName(m_location.name);
        db.setConnectOptions(QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=%1;MYSQL_OPT_READ_TIMEOUT=10;MYSQL_OPT_WRITE_TIMEOUT=10")
                                 .arg(MySqlConnectTimeoutS));
        if (!db.open())
            return errorFrom(db.lastError());
        return std::nullopt;
    }

    const QFileInfo file(m_location.path);
    if (!QDir().mkpath(file.absolutePath())) {
        StorageError error;
        error.kind = StorageError::Kind::CannotOpen;
        error.detail = QStringLiteral("cannot create the folder %1").arg(file.absolutePath());
        return error;
    }
    db.setDatabaseName(m_location.path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(SqliteBusyTimeoutMs));
    std::optional<StorageError> error;
    if (!db.open())
        error = errorFrom(db.lastError());
    else
        error = configureSqlite();
    // SQLite says "unable to open" for a WAL file it may not write next to; say why.
    if (error && error->kind == StorageError::Kind::CannotOpen && file.exists()
        && (!file.isWritable() || !QFileInfo(file.absolutePath()).isWritable()))
        error->kind = StorageError::Kind::ReadOnly;
    return error;
}

std::optional<StorageError> Database::configureSqlite()
{
    QSqlQuery query(connection());
    // The journal mode is a property of the file; asking for it reads the header, which is also
    // where a file that is not a database (or is damaged) shows first.
    if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL")))
        return errorFrom(query.lastError());
    if (!query.next() || query.value(0).toString().compare(u"wal", Qt::CaseInsensitive) != 0) {
        StorageError error;
        error.kind = StorageError::Kind::ReadOnly;
        error.detail = QStringLiteral("the file cannot be switched to WAL mode");
        return error;
    }
    // A larger page cache than the 2 MB default keeps the history's indexes in memory while a
    // backlog is written.
    for (const QString &pragma : {QStringLiteral("PRAGMA synchronous=NORMAL"), QStringLiteral("PRAGMA foreign_keys=ON"),
                                  QStringLiteral("PRAGMA cache_size=-16384")}) {
        if (auto error = exec(pragma))
            return error;
    }
    return std::nullopt;
}

std::optional<StorageError> Database::openAndMigrate()
{
    if (auto error = open())
        return error;
    Migrator migrator(*this, Migrations::all());
    if (auto error = migrator.migrateToLatest()) {
        close();
        return error;
    }
    return std::nullopt;
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

StorageError Database::errorFrom(const QSqlError &error) const
{
    return StorageError::fromSql(error, m_location.backend);
}

std::optional<StorageError> Database::exec(const QString &sql)
{
    QSqlQuery query(connection());
    if (!query.exec(sql))
        return errorFrom(query.lastError());
    return std::nullopt;
}

std::optional<StorageError> Database::inTransaction(const std::function<std::optional<StorageError>()> &work)
{
    QSqlDatabase db = connection();
    if (!db.transaction())
        return errorFrom(db.lastError());
    if (auto error = work()) {
        db.rollback();
        return error;
    }
    if (!db.commit()) {
        const StorageError error = errorFrom(db.lastError());
        db.rollback();
        return error;
    }
    return std::nullopt;
}
