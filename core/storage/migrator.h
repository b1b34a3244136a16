#pragma once

#include "migration.h"
#include "storageerror.h"

#include <QList>

#include <optional>
#include <vector>

class Database;

// Brings a database's schema up to date by running the migrations it has not run yet, in order,
// each in its own transaction together with its row in schema_version. "Not run yet" is by the
// rows of schema_version, not by the highest one: a number left free for a step that lands later
// (two branches adding steps at once) is still run on a database that already has the higher one. A database whose
// version is newer than the newest migration known here is left alone and reported as
// StorageError::Kind::SchemaTooNew: an older app must not write into a newer schema.
class Migrator final
{
    Q_DISABLE_COPY_MOVE(Migrator)

public:
    static constexpr char VersionTable[] = "schema_version";

    Migrator(Database &database, const std::vector<Migration> &migrations);

    // 0 for a database that has no schema yet.
    std::optional<StorageError> readVersion(int *version);
    std::optional<StorageError> migrateTo(int targetVersion);
    std::optional<StorageError> migrateToLatest();
    int latestVersion() const;

private:
    std::optional<StorageError> readApplied(QList<int> *versions);
    std::optional<StorageError> ensureVersionTable();
    std::optional<StorageError> apply(const Migration &migration);

    Database &m_database;
    const std::vector<Migration> &m_migrations;
};
