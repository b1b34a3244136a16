#pragma once

#include "historyinputs.h"
#include "historyoptions.h"
#include "historyrange.h"
#include "historystatus.h"
#include "premium/premiumsample.h"

#include <QObject>
#include <QTimer>

#include <deque>
#include <memory>

class Database;
class HistoryRepository;

// The database side of HistoryStore. Lives on the store's worker thread and owns the only
// connection used there: every SQL statement of the history runs here, never on the GUI thread.
//
// Samples wait in memory and are written once per flush interval in one transaction. When the
// database is unavailable (locked, read-only, full, corrupt, server gone) the batch stays in
// memory, the status says why, and the connection is retried every retry interval; the backlog
// is written when it succeeds. Nothing committed is ever touched again, except by retention.
class HistoryWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryWorker)

public:
    explicit HistoryWorker(HistoryOptions options, QObject *parent = nullptr);
    ~HistoryWorker() override;

    void start();
    void record(const PremiumSample &sample);
    // A password that arrived later (the keychain answers asynchronously): used from the next
    // connection attempt on, which is made at once if the database is not open.
    void setPassword(const QString &password);
    void flush();
    void loadRange(HistoryRange request);
    void loadInputs(quint64 requestId, const QString &symbol, PremiumBasis basis, qint64 fromMs, qint64 toMs, int widthPx);
    void loadSample(quint64 requestId, const QString &symbol, PremiumBasis basis, qint64 atMs, qint64 toleranceMs);
    void exportCsv(quint64 requestId, const QString &symbol, PremiumBasis basis, qint64 fromMs, qint64 toMs, const QString &path);
    // Writes what is pending (one last try) and closes the connection.
    void shutdown();

Q_SIGNALS:
    void statusChanged(const HistoryStatus &status);
    void rangeLoaded(const HistoryRange &range);
    void inputsLoaded(const HistoryInputs &inputs);
    void sampleLoaded(quint64 requestId, const PremiumSample &sample, bool found);
    void exportFinished(quint64 requestId, qint64 rows, const QString &error);

private:
    bool ensureOpen();
    bool useMinutes(qint64 fromMs, qint64 toMs) const;
    void fail(const StorageError &error);
    void prune();
    void publish();

    HistoryOptions m_options;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<HistoryRepository> m_repository;
    std::deque<PremiumSample> m_pending;
    HistoryStatus m_status;
    HistoryStatus m_published;
    qint64 m_nextAttemptMs = 0;
    QTimer *m_flushTimer = nullptr;
    QTimer *m_pruneTimer = nullptr;
};
