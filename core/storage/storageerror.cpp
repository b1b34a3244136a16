#include "storageerror.h"

#include <QSqlError>

namespace {

// SQLite's primary result codes (sqlite3.h); the driver reports them as nativeErrorCode().
StorageError::Kind sqliteKind(int code)
{
    switch (code & 0xff) {
    case 5:   // SQLITE_BUSY
    case 6:   // SQLITE_LOCKED
        return StorageError::Kind::Locked;
    case 8:   // SQLITE_READONLY
        return StorageError::Kind::ReadOnly;
    case 13:  // SQLITE_FULL
        return StorageError::Kind::Full;
    case 11:  // SQLITE_CORRUPT
    case 26:  // SQLITE_NOTADB
        return StorageError::Kind::Corrupt;
    case 14:  // SQLITE_CANTOPEN
    case 23:  // SQLITE_AUTH
        return StorageError::Kind::CannotOpen;
    default:
        return StorageError::Kind::Query;
    }
}

// MySQL/MariaDB client and server error numbers.
StorageError::Kind mySqlKind(int code)
{
    switch (code) {
    case 2002: case 2003: case 2005: case 2006: case 2013: case 2055:
        return StorageError::Kind::Unreachable;
    case 1044: case 1045: case 1698:
        return StorageError::Kind::AccessDenied;
    case 1049:
        return StorageError::Kind::CannotOpen;
    case 1205: case 1213:
        return StorageError::Kind::Locked;
    case 1036: case 1290: case 1792:
        return StorageError::Kind::ReadOnly;
    case 1021: case 1114:
        return StorageError::Kind::Full;
    case 1034: case 1194: case 1195:
        return StorageError::Kind::Corrupt;
    default:
        return StorageError::Kind::Query;
    }
}

} // namespace

StorageError StorageError::fromSql(const QSqlError &error, DatabaseLocation::Backend backend)
{
    StorageError result;
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric);
    if (!numeric)
        result.kind = error.type() == QSqlError::ConnectionError ? Kind::CannotOpen : Kind::Query;
    else
        result.kind = backend == DatabaseLocation::Backend::Sqlite ? sqliteKind(code) : mySqlKind(code);
    result.detail = error.text();
    return result;
}

StorageError StorageError::schemaTooNew(int found, int supported)
{
    StorageError result;
    result.kind = Kind::SchemaTooNew;
    result.foundSchemaVersion = found;
    result.supportedSchemaVersion = supported;
    result.detail = QStringLiteral("schema version %1, this app knows up to %2").arg(found).arg(supported);
    return result;
}

bool StorageError::isTransient() const
{
    // A read-only or full disk can be fixed while the app runs; a newer schema or a missing
    // driver cannot.
    switch (kind) {
    case Kind::Unreachable:
    case Kind::Locked:
    case Kind::ReadOnly:
    case Kind::Full:
    case Kind::CannotOpen:
        return true;
    case Kind::DriverMissing:
    case Kind::AccessDenied:
    case Kind::Corrupt:
    case Kind::SchemaTooNew:
    case Kind::Query:
        return false;
    }
    return false;
}

QString StorageError::describe() const
{
    if (detail.isEmpty())
        return kindName(kind);
    return kindName(kind) + QStringLiteral(": ") + detail;
}

QString StorageError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::DriverMissing: return QStringLiteral("database driver missing");
    case Kind::CannotOpen: return QStringLiteral("cannot open the database");
    case Kind::AccessDenied: return QStringLiteral("access denied");
    case Kind::Unreachable: return QStringLiteral("database server unreachable");
    case Kind::Locked: return QStringLiteral("database locked by another program");
    case Kind::ReadOnly: return QStringLiteral("database is read-only");
    case Kind::Full: return QStringLiteral("disk or database full");
    case Kind::Corrupt: return QStringLiteral("database file is corrupt");
    case Kind::SchemaTooNew: return QStringLiteral("database written by a newer version of the app");
    case Kind::Query: return QStringLiteral("database query failed");
    }
    return QString();
}
