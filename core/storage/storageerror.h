#pragma once

#include "databaselocation.h"

#include <QMetaType>
#include <QString>

class QSqlError;

// Why the database could not be used. Core reports the kind; the window turns it into translated
// text and the headless run prints describe() on stderr.
struct StorageError
{
    enum class Kind {
        DriverMissing,   // the Qt SQL plugin for the backend is not installed
        CannotOpen,      // no such folder, no permission, unknown database
        AccessDenied,    // MySQL refused the user or password
        Unreachable,     // MySQL server down, or the connection dropped
        Locked,          // another program holds the write lock
        ReadOnly,        // file, folder or server is read-only
        Full,            // disk or table full
        Corrupt,         // not a database, or damaged
        SchemaTooNew,    // written by a newer version of the app
        Query,           // anything else the server rejected
    };

    Kind kind = Kind::Query;
    QString detail;  // the driver's own words
    int foundSchemaVersion = 0;      // SchemaTooNew
    int supportedSchemaVersion = 0;  // SchemaTooNew

    static StorageError fromSql(const QSqlError &error, DatabaseLocation::Backend backend);
    static StorageError schemaTooNew(int found, int supported);

    // A passing condition: worth retrying the same work later without the user doing anything.
    bool isTransient() const;
    // One English line for logs and the headless stderr.
    QString describe() const;
    static QString kindName(Kind kind);

    bool operator==(const StorageError &other) const = default;
};

Q_DECLARE_METATYPE(StorageError)
