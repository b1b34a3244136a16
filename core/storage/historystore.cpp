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

template<typename Call>
void HistoryStore::post(Call &&call)
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

quint64 HistoryStore::requestRange(const QString &symbol, PremiumBasis basis, qint64 fromMs, qint64 toMs,
                                   HistoryRange::Resolution resolution)
{
    HistoryRange request;
    request.requestId = m_nextRequestId++;
    request.symbol = symbol;
    request.basis = basis;
    request.fromMs = fromMs;
    request.toMs = toMs;
    request.resolution = resolution;
    post([worker = m_worker, request] { worker->loadRange(request); });
    return request.requestId;
}

quint64 HistoryStore::requestInputs(const QString &symbol, PremiumBasis basis, qint64 fromMs, qint64 toMs, int widthPx)
{
    const quint64 id = m_nextRequestId++;
    post([worker = m_worker, id, symbol, basis, fromMs, toMs, widthPx] { worker->loadInputs(id, symbol, basis, fromMs, toMs, widthPx); });
    return id;
}

quint64 HistoryStore::requestSample(const QString &symbol, PremiumBasis basis, qint64 atMs, qint64 toleranceMs)
{
    const quint64 id = m_nextRequestId++;
    post([worker = m_worker, id, symbol, basis, atMs, toleranceMs] { worker->loadSample(id, symbol, basis, atMs, toleranceMs); });
    return id;
}

quint64 HistoryStore::requestCsvExport(const QString &symbol, PremiumBasis basis, qint64 fromMs, qint64 toMs, const QString &path)
{
    const quint64 id = m_nextRequestId++;
    post([worker = m_worker, id, symbol, basis, fromMs, toMs, path] { worker->exportCsv(id, symbol, basis, fromMs, toMs, path); });
    return id;
}
