#pragma once

#include "fundingevent.h"
#include "position.h"

#include "storage/databaselocation.h"
#include "storage/storageerror.h"

#include <QList>
#include <QObject>

#include <functional>
#include <memory>

class Database;
class PositionRepository;
class QTimer;

// The database side of PositionStore. Lives on the store's worker thread and owns the only
// connection used there, so that no position query (a MariaDB round trip can take seconds) ever
// runs on the GUI thread. Every write is one statement, committed before its signal is sent.
class PositionWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PositionWorker)

public:
    PositionWorker(DatabaseLocation location, QString password, int retryIntervalMs, QObject *parent = nullptr);
    ~PositionWorker() override;

    // Opens the database and loads everything; retried every retry interval until it works.
    void start();
    void open(quint64 requestId, Position position);
    void close(quint64 requestId, const Position &closed);
    void setNote(quint64 requestId, qint64 id, const QString &note);
    void remove(quint64 requestId, qint64 id);
    void recordFunding(const FundingEvent &event);
    // For the next connection (MySQL, when the password is only known after start); an open one
    // is kept.
    void setPassword(const QString &password);
    void shutdown();

Q_SIGNALS:
    void loaded(const QList<Position> &positions, const QList<FundingEvent> &funding);
    void loadFailed(const StorageError &error);
    void stored(quint64 requestId, const Position &position);
    void removed(quint64 requestId, qint64 id);
    void fundingRecorded(const FundingEvent &event);
    void failed(quint64 requestId, const StorageError &error);

private:
    // The repository, opening the database first if needed; nullptr with `error` set otherwise.
    PositionRepository *repository(std::optional<StorageError> *error);
    using Work = std::function<std::optional<StorageError>(PositionRepository &repository)>;
    std::optional<StorageError> run(const Work &work);
    // run(), and failed() when it did not work out.
    bool runRequest(quint64 requestId, const Work &work);
    void dropIfGone(const StorageError &error);

    DatabaseLocation m_location;
    QString m_password;
    int m_retryIntervalMs;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<PositionRepository> m_repository;
    QTimer *m_retryTimer = nullptr;
};
