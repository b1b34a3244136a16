#pragma once

#include "historyinputs.h"
#include "historykey.h"
#include "historyoptions.h"
#include "historyrange.h"
#include "historystatus.h"
#include "premium/coinpremium.h"
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
//     store.recordPremiums(premiums);                 // every coin, once a cycle (MarketBoard::premiums)
//     store.setPositionCoins(coinsWithOpenPositions);  // kept raw, like the watchlist's
//     connect(&store, &HistoryStore::rangeLoaded, ...);
//     store.start();
//     store.requestRange(HistoryKey(coin, pair, basis), now - 24h, now);
//
// Raw one-second rows are kept for the coins on the watchlist (HistoryOptions::watchlist) and
// those with an open position; every coin gets one-minute rollups. Reads of a series without raw
// rows answer from its rollups. The calls without a HistoryKey read BTC on Bithumb against Binance.
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
    // One sample of the single-pair feed: always kept raw (and rolled up).
    void record(const PremiumSample &sample);
    // The premiums of every followed coin, one cycle's worth.
    void recordPremiums(const QList<CoinPremium> &premiums);
    // The coins kept raw besides the open positions' (replaces HistoryOptions::watchlist).
    void setWatchlist(const QStringList &coins);
    // The coins with an open position: kept raw while they are open.
    void setPositionCoins(const QStringList &coins);
    // For MySQL: the password, when it is only known after start (read from the keychain).
    void setPassword(const QString &password);
    // Records every sample the monitor computes; nullptr stops.
    void follow(PremiumMonitor *monitor);

    quint64 requestRange(const HistoryKey &key, qint64 fromMs, qint64 toMs,
                         HistoryRange::Resolution resolution = HistoryRange::Resolution::Auto);
    // The Korean price and foreign price × FX of [fromMs, toMs), decimated for `widthPx` columns.
    quint64 requestInputs(const HistoryKey &key, qint64 fromMs, qint64 toMs, int widthPx);
    // The stored sample nearest to `atMs` (within `toleranceMs`), exact.
    quint64 requestSample(const HistoryKey &key, qint64 atMs, qint64 toleranceMs);
    // Writes the stored samples of [fromMs, toMs) to a CSV file (see HistoryCsv); for a coin
    // without raw rows, the last sample of each minute.
    quint64 requestCsvExport(const HistoryKey &key, qint64 fromMs, qint64 toMs, const QString &path);

    // The same for `symbol` on Bithumb against Binance.
    quint64 requestRange(const QString &symbol, PremiumBasis basis, qint64 fromMs, qint64 toMs,
                         HistoryRange::Resolution resolution = HistoryRange::Resolution::Auto);
    quint64 requestInputs(const QString &symbol, PremiumBasis basis, qint64 fromMs, qint64 toMs, int widthPx);
    quint64 requestSample(const QString &symbol, PremiumBasis basis, qint64 atMs, qint64 toleranceMs);
    quint64 requestCsvExport(const QString &symbol, PremiumBasis basis, qint64 fromMs, qint64 toMs,
                             const QString &path);

Q_SIGNALS:
    void statusChanged(const HistoryStatus &status);
    void rangeLoaded(const HistoryRange &range);
    void inputsLoaded(const HistoryInputs &inputs);
    void sampleLoaded(quint64 requestId, const PremiumSample &sample, bool found);
    void exportFinished(quint64 requestId, qint64 rows, const QString &error);

private:
    template<typename Call> void post(Call &&call);

    HistoryOptions m_options;
    HistoryStatus m_status;
    QThread m_thread;
    HistoryWorker *m_worker;
    QPointer<PremiumMonitor> m_monitor;
    QMetaObject::Connection m_monitorConnection;
    quint64 m_nextRequestId = 1;
};
