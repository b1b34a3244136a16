#pragma once

#include "fundingevent.h"
#include "position.h"

#include "storage/databaselocation.h"
#include "storage/storageerror.h"

#include <QObject>
#include <QPointer>
#include <QThread>

class PositionBook;
class PositionWorker;

// Keeps a PositionBook in step with the database, without blocking the caller's thread: every
// request is queued to a worker thread and the book changes only once the database has
// committed, so what the window shows is what a restart will load.
//
//     PositionStore store(location, password, &book);
//     store.start();                 // loads the book; retried while the database is away
//     const auto id = store.open(position);
//     connect(&store, &PositionStore::requestFailed, ...);
class PositionStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PositionStore)

public:
    static constexpr int DefaultRetryIntervalMs = 5000;

    PositionStore(DatabaseLocation location, QString password, PositionBook *book, QObject *parent = nullptr,
                  int retryIntervalMs = DefaultRetryIntervalMs);
    ~PositionStore() override;

    // Loads the book; again, at once, when called while a failed load waits for its retry.
    void start();
    // For MySQL: the password, when it is only known after construction (read from the
    // keychain). Used from the next connection on; call start() to load with it now.
    void setPassword(const QString &password);
    bool isLoaded() const { return m_loaded; }
    const DatabaseLocation &location() const { return m_location; }

    // Each returns a request id that requestDone or requestFailed will carry.
    quint64 open(const Position &position);
    quint64 close(const Position &closed);
    quint64 setNote(qint64 id, const QString &note);
    quint64 remove(qint64 id);
    void recordFunding(const FundingEvent &event);

Q_SIGNALS:
    void loaded();
    void loadFailed(const StorageError &error);
    void requestDone(quint64 requestId, qint64 positionId);
    void requestFailed(quint64 requestId, const StorageError &error);

private:
    template<typename Call>
    void post(Call &&call);

    DatabaseLocation m_location;
    QPointer<PositionBook> m_book;
    QThread m_thread;
    PositionWorker *m_worker;
    quint64 m_nextRequestId = 1;
    bool m_loaded = false;
};
