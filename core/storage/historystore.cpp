#include "historystore.h"

#include "historyworker.h"
#include "premium/premiummonitor.h"

HistoryStore::HistoryStore(HistoryOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_worker(new HistoryWorker(m_options))
{
    m_status.location = m_options.location;
    m_thread.setObjectName(QStringLiteral("history"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &HistoryWorker::statusChanged, this, [this](const HistoryStatus &status) {
        m_status = status;
        Q_EMIT statusChanged(status);
    });
    connect(m_worker, &HistoryWorker::rangeLoaded, this, &HistoryStore::rangeLoaded);
    connect(m_worker, &HistoryWorker::inputsLoaded, this, &HistoryStore::inputsLoaded);
    connect(m_worker, &HistoryWorker::sampleLoaded, this, &HistoryStore::sampleLoaded);
    connect(m_worker, &HistoryWorker::exportFinished, this, &HistoryStore::exportFinished);
    m_thread.start();
}

HistoryStore::~HistoryStore()
{
    follow(nullptr);
    // The last batch must reach the database before the process ends; the worker's own timeouts
    // bound this wait.
    QMetaObject::invokeMethod(m_worker, &HistoryWorker::shutdown, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

template<typename Call> void HistoryStore::post(Call &&call)
{
    QMetaObject::invokeMethod(m_worker, std::forward<Call>(call), Qt::QueuedConnection);
}

void HistoryStore::start()
{
    post([worker = m_worker] { worker->start(); });
}

void HistoryStore::record(const PremiumSample &sample)
{
    post([worker = m_worker, sample] { worker->record(sample); });
}

void HistoryStore::recordPremiums(const QList<CoinPremium> &premiums)
{
    post([worker = m_worker, premiums] { worker->recordPremiums(premiums); });
}

void HistoryStore::setWatchlist(const QStringList &coins)
{
    post([worker = m_worker, coins] { worker->setWatchlist(coins); });
}

void HistoryStore::setPositionCoins(const QStringList &coins)
{
    post([worker = m_worker, coins] { worker->setPositionCoins(coins); });
}

void HistoryStore::setPassword(const QString &password)
{
    post([worker = m_worker, password] { worker->setPassword(password); });
}

void HistoryStore::follow(PremiumMonitor *monitor)
{
    disconnect(m_monitorConnection);
    m_monitor = monitor;
    if (monitor)
        m_monitorConnection = connect(monitor, &PremiumMonitor::sampled, this, &HistoryStore::record);
}

quint64 HistoryStore::requestRange(const HistoryKey &key, qint64 fromMs, qint64 toMs,
                                   HistoryRange::Resolution resolution)
{
    HistoryRange request;
    request.requestId = m_nextRequestId++;
    request.symbol = key.coin;
    request.pair = key.pair;
    request.basis = key.basis;
    request.fromMs = fromMs;
    request.toMs = toMs;
    request.resolution = resolution;
    post([worker = m_worker, request] { worker->loadRange(request); });
    return request.requestId;
}

quint64 HistoryStore::requestInputs(const HistoryKey &key, qint64 fromMs, qint64 toMs, int widthPx)
{
    const quint64 id = m_nextRequestId++;
    post([worker = m_worker, id, key, fromMs, toMs, widthPx] { worker->loadInputs(id, key, fromMs, toMs, widthPx); });
    return id;
}

quint64 HistoryStore::requestSample(const HistoryKey &key, qint64 atMs, qint64 toleranceMs)
{
    const quint64 id = m_nextRequestId++;
    post([worker = m_worker, id, key, atMs, toleranceMs] { worker->loadSample(id, key, atMs, toleranceMs); });
    return id;
}

quint64 HistoryStore::requestCsvExport(const HistoryKey &key, qint64 fromMs, qint64 toMs, const QString &path)
{
    const quint64 id = m_nextRequestId++;
    post([worker = m_worker, id, key, fromMs, toMs, path] { worker->exportCsv(id, key, fromMs, toMs, path); });
    return id;
}

quint64 HistoryStore::requestRange(const QString &symbol, PremiumBasis basis, qint64 fromMs, qint64 toMs,
                                   HistoryRange::Resolution resolution)
{
    return requestRange(HistoryKey { symbol, VenuePair(), basis }, fromMs, toMs, resolution);
}

quint64 HistoryStore::requestInputs(const QString &symbol, PremiumBasis basis, qint64 fromMs, qint64 toMs, int widthPx)
{
    return requestInputs(HistoryKey { symbol, VenuePair(), basis }, fromMs, toMs, widthPx);
}

quint64 HistoryStore::requestSample(const QString &symbol, PremiumBasis basis, qint64 atMs, qint64 toleranceMs)
{
    return requestSample(HistoryKey { symbol, VenuePair(), basis }, atMs, toleranceMs);
}

quint64 HistoryStore::requestCsvExport(const QString &symbol, PremiumBasis basis, qint64 fromMs, qint64 toMs,
                                       const QString &path)
{
    return requestCsvExport(HistoryKey { symbol, VenuePair(), basis }, fromMs, toMs, path);
}
