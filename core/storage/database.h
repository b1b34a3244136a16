#pragma once

#include "databaselocation.h"
#include "sqldialect.h"
#include "storageerror.h"

#include <QSqlDatabase>

#include <functional>
#include <optional>

// One open connection to the history database, SQLite or MariaDB/MySQL.
//
// QtSql connections belong to the thread that opened them: create, use and destroy a Database on
// one thread. A worker thread makes its own Database from the same location and password (see
// HistoryStore); two Database objects never share a connection. SQLite files are opened in WAL
// mode with synchronous=NORMAL: readers never wait for the writer, and a commit survives a killed
// process (the last commits may be lost only to a power cut, never to a crash of the app).
//
//     Database db(DatabaseLocation::sqlite(path));          // or ::parse("mysql://..."), password
//     if (const auto error = db.openAndMigrate())
//         report(error->describe());
//     QSqlQuery query(db.connection());
class Database final
{
    Q_DISABLE_COPY_MOVE(Database)

public:
    static constexpr int SqliteBusyTimeoutMs = 2000;
    static constexpr int MySqlConnectTimeoutS = 3;

    explicit Database(DatabaseLocation location, QString password = QString());
    ~Database();

    // Connects; for SQLite creates the folder and the file. Does not touch the schema.
    std::optional<StorageError> open();
    // open() and then Migrator: the schema is brought to the newest version this app knows.
    std::optional<StorageError> openAndMigrate();
    void close();
    bool isOpen() const;

    QSqlDatabase connection() const;
    const SqlDialect &dialect() const { return m_dialect; }
    const DatabaseLocation &location() const { return m_location; }

    StorageError errorFrom(const QSqlError &error) const;
    // Runs one statement that returns no rows (DDL, pragmas, deletes without parameters).
    std::optional<StorageError> exec(const QString &sql);
    // Runs `work` inside one transaction: committed when it returns no error, rolled back otherwise.
    std::optional<StorageError> inTransaction(const std::function<std::optional<StorageError>()> &work);

private:
    std::optional<StorageError> connect();
    std::optional<StorageError> configureSqlite();

    DatabaseLocation m_location;
    QString m_password;
    QString m_connectionName;
    SqlDialect m_dialect;
};
