#pragma once

#include "fundingevent.h"
#include "position.h"

#include "storage/storageerror.h"

#include <QList>

#include <optional>

class Database;
class QSqlQuery;

// The SQL of positions (`position`) and of the funding settlements they accrue (`funding_event`),
// on one Database and so on that Database's thread. Decimals are stored as their exact text and
// read back unchanged; times are epoch milliseconds, UTC.
class PositionRepository final
{
    Q_DISABLE_COPY_MOVE(PositionRepository)

public:
    explicit PositionRepository(Database &database);

    // Every position, oldest first.
    std::optional<StorageError> loadAll(QList<Position> *out);
    // Empty when there is no position with this id.
    std::optional<StorageError> load(qint64 id, std::optional<Position> *out);
    // Stores a new position and sets its id.
    std::optional<StorageError> insert(Position *position);
    // Records the exit of a position that is still open in the database.
    std::optional<StorageError> close(const Position &closed);
    std::optional<StorageError> setNote(qint64 id, const QString &note);
    std::optional<StorageError> remove(qint64 id);

    std::optional<StorageError> loadFunding(QList<FundingEvent> *out);
    // Recording the same settlement twice keeps one row.
    std::optional<StorageError> recordFunding(const FundingEvent &event);

private:
    std::optional<StorageError> exec(QSqlQuery &query) const;
    std::optional<StorageError> expectOneRow(const QSqlQuery &query, qint64 id, const QString &what) const;
    std::optional<StorageError> positionFromRow(const QSqlQuery &query, Position *out) const;

    Database &m_database;
};
