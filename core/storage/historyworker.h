#pragma once

#include "historyinputs.h"
#include "historykey.h"
#include "historyoptions.h"
#include "historyrange.h"
#include "historystatus.h"
#include "minuterollup.h"
#include "premium/coinpremium.h"
#include "premium/premiumsample.h"

#include <QObject>
#include <QSet>
#include <QTimer>

#include <deque>
#include <memory>

class Database;
class HistoryRepository;

// The database side of HistoryStore. Lives on the store's worker thread and owns the only
// connection used there: every SQL statement of the history runs here, never on the GUI thread.
//
// Raw samples wait in memory and are written once per flush interval in one transaction; the
// one-minute rollups of every series are accumulated in memory (MinuteRollup) and go into the
// first transaction after their minute ends. When the
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
    // A sample kept raw whatever its coin (the single-pair feed's), and rolled up.
    void record(const PremiumSample &sample);
    // Every followed coin's premium of one cycle: rolled up, and kept raw for the coins on the
    // watchlist or with an open position.
    void recordPremiums(const QList<CoinPremium> &premiums);
    void setWatchlist(const QStringList &coins);
    void setPositionCoins(const QStringList &coins);
    // A password that arrived later (the keychain answers asynchronously): used from the next
    // connection attempt on, which is made at once if the database is not open.
    void setPassword(const QString &password);
    void flush();
    void loadRange(HistoryRange request);
    void loadInputs(quint64 requestId, const HistoryKey &key, qint64 fromMs, qint64 toMs, int widthPx);
    void loadSample(quint64 requestId, const HistoryKey &key, qint64 atMs, qint64 toleranceMs);
    void exportCsv(quint64 requestId, const HistoryKey &key, qint64 fromMs, qint64 toMs, const QString &path);
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
    void rollUp(const PremiumSample &sample);
    void updateRawCoins();
    void countPending();
    bool useMinutes(qint64 fromMs, qint64 toMs) const;
    void fail(const StorageError &error);
    void prune();
    void publish();

    HistoryOptions m_options;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<HistoryRepository> m_repository;
    std::deque<PremiumSample> m_pending;
    MinuteRollup m_rollup;
    std::deque<PremiumMinute> m_pendingMinutes; // closed, not yet committed
    qint64 m_latestObservedMs = 0; // the newest sample's time: minutes before its minute are over
    QSet<QString> m_watchlist;
    QSet<QString> m_positionCoins;
    QSet<QString> m_rawCoins;
    HistoryStatus m_status;
    HistoryStatus m_published;
    qint64 m_nextAttemptMs = 0;
    QTimer *m_flushTimer = nullptr;
    QTimer *m_pruneTimer = nullptr;
};
