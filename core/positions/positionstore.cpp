#include "positionstore.h"

#include "positionbook.h"
#include "positionworker.h"

PositionStore::PositionStore(DatabaseLocation location, QString password, PositionBook *book, QObject *parent,
                             int retryIntervalMs)
    : QObject(parent)
    , m_location(location)
    , m_book(book)
    , m_worker(new PositionWorker(std::move(location), std::move(password), retryIntervalMs))
{
    m_thread.setObjectName(QStringLiteral("positions"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &PositionWorker::loaded, this, [this](const QList<Position> &positions, const QList<FundingEvent> &funding) {
        m_loaded = true;
        if (m_book) {
            m_book->setFundingEvents(funding);
            m_book->setPositions(positions);
        }
        Q_EMIT loaded();
    });
    connect(m_worker, &PositionWorker::loadFailed, this, &PositionStore::loadFailed);
    connect(m_worker, &PositionWorker::stored, this, [this](quint64 requestId, const Position &position) {
        if (m_book)
            m_book->upsert(position);
        Q_EMIT requestDone(requestId, position.id);
    });
    connect(m_worker, &PositionWorker::removed, this, [this](quint64 requestId, qint64 id) {
        if (m_book)
            m_book->remove(id);
        Q_EMIT requestDone(requestId, id);
    });
    connect(m_worker, &PositionWorker::fundingRecorded, this, [this](const FundingEvent &event) {
        if (m_book)
            m_book->addFundingEvent(event);
    });
    connect(m_worker, &PositionWorker::failed, this, &PositionStore::requestFailed);
    m_thread.start();
}

PositionStore::~PositionStore()
{
    // The connection must be closed on the thread that opened it.
    QMetaObject::invokeMethod(m_worker, &PositionWorker::shutdown, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

template<typename Call>
void PositionStore::post(Call &&call)
{
    QMetaObject::invokeMethod(m_worker, std::forward<Call>(call), Qt::QueuedConnection);
}

void PositionStore::start()
{
    post([worker = m_worker] { worker->start(); });
}

void PositionStore::setPassword(const QString &password)
{
    post([worker = m_worker, password] { worker->setPassword(password); });
}

quint64 PositionStore::open(const Position &position)
{
    const quint64 id = m_nextRequestId++;
    post([worker = m_worker, id, position] { worker->open(id, position); });
    return id;
}

quint64 PositionStore::close(const Position &closed)
{
    const quint64 id = m_nextRequestId++;
    post([worker = m_worker, id, closed] { worker->close(id, closed); });
    return id;
}

quint64 PositionStore::setNote(qint64 positionId, const QString &note)
{
    const quint64 id = m_nextRequestId++;
    post([worker = m_worker, id, positionId, note] { worker->setNote(id, positionId, note); });
    return id;
}

quint64 PositionStore::remove(qint64 positionId)
{
    const quint64 id = m_nextRequestId++;
    post([worker = m_worker, id, positionId] { worker->remove(id, positionId); });
    return id;
}

void PositionStore::recordFunding(const FundingEvent &event)
{
    post([worker = m_worker, event] { worker->recordFunding(event); });
}
