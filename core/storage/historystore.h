#pragma once

#include "historyinputs.h"
#include "historyoptions.h"
#include "historyrange.h"
#include "historystatus.h"
#include "premium/premiumsample.h"

#include <QObject>
#include <QPointer>
#include <QThread>

class HistoryWorker;
class PremiumMonitor;

// The premium history, kept in a database (SQLite by default, or MariaDB/MySQL) by a worker
// thread. This object lives on the caller's thread and never blocks it: every call is queued
// to the worker and every answer comes back as a signal.
//
//     HistoryStore store(options);
//     store.follow(feed.monitor());                  // every sample is recorded
//     connect(&store, &HistoryStore::rangeLoaded, ...);
//     store.start();
//     store.requestRange(symbol, basis, now - 24h, now);
//
// Destroying the store writes what is still pending (waiting for the worker at most as long as
// the database's own timeouts) and stops the thread.
class HistoryStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryStore)

public:
    explicit HistoryStore(HistoryOptions options, QObject *parent = nullptr);
    ~HistoryStore() override;

    const HistoryOptions &options() const { return m_options; }
    const HistoryStatus &status() const { return m_status; }

    // Opens the database on the worker thread; statusChanged() tells how that went.
    void start();
    void record(const PremiumSample &sample);
    // For MySQL: the password, when it is only known after start (read from the keychain).
    void setPassword(const QString &password);
    // Records every sample the monitor computes; nullptr stops.
    void follow(PremiumMonitor *monitor);

    quint64 requestRange(const QString &symbol, PremiumBasis basis, qint64 fromMs, qint64 toMs,
                         HistoryRange::Resolution resolution = HistoryRange::Resolution::Auto);
    // The Korean price and foreign price × FX of [fromMs, toMs), decimated for `widthPx` columns.
    quint64 requestInputs(const QString &symbol, PremiumBasis basis, qint64 fromMs, qint64 toMs, int widthPx);
    // The stored sample nearest to `atMs` (within `toleranceMs`), exact.
    quint64 requestSample(const QString &symbol, PremiumBasis basis, qint64 atMs, qint64 toleranceMs);
    // Writes the stored samples of [fromMs, toMs) to a CSV file (see HistoryCsv).
    quint64 requestCsvExport(const QString &symbol, PremiumBasis basis, qint64 fromMs, qint64 toMs, const QString &path);

Q_SIGNALS:
    void statusChanged(const HistoryStatus &status);
    void rangeLoaded(const HistoryRange &range);
    void inputsLoaded(const HistoryInputs &inputs);
    void sampleLoaded(quint64 requestId, const PremiumSample &sample, bool found);
    void exportFinished(quint64 requestId, qint64 rows, const QString &error);

private:
    template<typename Call>
    void post(Call &&call);

    HistoryOptions m_options;
    HistoryStatus m_status;
    QThread m_thread;
    HistoryWorker *m_worker;
    QPointer<PremiumMonitor> m_monitor;
    QMetaObject::Connection m_monitorConnection;
    quint64 m_nextRequestId = 1;
};
