#include "migrator.h"

#include "database.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace {

const QString kVersionTable = QLatin1StringView(Migrator::VersionTable);

int highest(const QList<int> &versions)
{
    return versions.isEmpty() ? 0 : *std::max_element(versions.cbegin(), versions.cend());
}

} // namespace

Migrator::Migrator(Database &database, const std::vector<Migration> &migrations)
    : m_database(database)
    , m_migrations(migrations)
{
}

int Migrator::latestVersion() const
{
    return m_migrations.empty() ? 0 : m_migrations.back().version;
}

std::optional<StorageError> Migrator::readVersion(int *version)
{
    QList<int> applied;
    const auto error = readApplied(&applied);
    *version = highest(applied);
    return error;
}

std::optional<StorageError> Migrator::readApplied(QList<int> *versions)
{
    versions->clear();
    if (!m_database.connection().tables().contains(kVersionTable))
        return std::nullopt;
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT version FROM ") + kVersionTable))
        return m_database.errorFrom(query.lastError());
    while (query.next())
        versions->append(query.value(0).toInt());
    return std::nullopt;
}

std::optional<StorageError> Migrator::ensureVersionTable()
{
    if (m_database.connection().tables().contains(kVersionTable))
        return std::nullopt;
    return m_database.exec(QStringLiteral("CREATE TABLE ") + kVersionTable
                           + QStringLiteral(" (version INTEGER NOT NULL PRIMARY KEY, summary VARCHAR(200) NOT NULL, "
                                            "applied_at BIGINT NOT NULL)")
                           + m_database.dialect().tableOptions());
}

std::optional<StorageError> Migrator::migrateToLatest()
{
    return migrateTo(latestVersion());
}

std::optional<StorageError> Migrator::migrateTo(int targetVersion)
{
    QList<int> applied;
    if (auto error = readApplied(&applied))
        return error;
    const int current = highest(applied);
    if (current > latestVersion())
        return StorageError::schemaTooNew(current, latestVersion());
    const bool pending = std::any_of(m_migrations.cbegin(), m_migrations.cend(), [&](const Migration &migration) {
        return migration.version <= targetVersion && !applied.contains(migration.version);
    });
    if (!pending)
        return std::nullopt;
    if (auto error = ensureVersionTable())
        return error;
    for (const Migration &migration : m_migrations) {
        if (applied.contains(migration.version) || migration.version > targetVersion)
            continue;
        if (auto error = apply(migration))
            return error;
    }
    return std::nullopt;
}

std::optional<StorageError> Migrator::apply(const Migration &migration)
{
    // SQLite runs DDL inside the transaction, so a failed step leaves nothing behind. MariaDB
    // commits each DDL statement on its own; there a failed step is retried from its first
    // statement, which is why steps there must not half-apply (one ALTER per step where possible).
    return m_database.inTransaction([&]() -> std::optional<StorageError> {
        QSqlQuery query(m_database.connection());
        for (const QString &statement : migration.statements(m_database.dialect())) {
            if (!query.exec(statement)) {
                StorageError error = m_database.errorFrom(query.lastError());
                error.detail = QStringLiteral("migration %1: %2").arg(migration.version).arg(error.detail);
                return error;
            }
        }
        query.prepare(QStringLiteral("INSERT INTO ") + kVersionTable
                      + QStringLiteral(" (version, summary, applied_at) VALUES (?, ?, ?)"));
        query.addBindValue(migration.version);
        query.addBindValue(QString::fromUtf8(migration.summary));
        query.addBindValue(QDateTime::currentMSecsSinceEpoch());
        if (!query.exec())
            return m_database.errorFrom(query.lastError());
        return std::nullopt;
    });
}
