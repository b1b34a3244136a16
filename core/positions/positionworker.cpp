#include "positionworker.h"

#include "positionrepository.h"

#include "storage/database.h"

#include <QTimer>

PositionWorker::PositionWorker(DatabaseLocation location, QString password, int retryIntervalMs, QObject *parent)
    : QObject(parent)
    , m_location(std::move(location))
    , m_password(std::move(password))
    , m_retryIntervalMs(retryIntervalMs)
{
}

PositionWorker::~PositionWorker() = default;

PositionRepository *PositionWorker::repository(std::optional<StorageError> *error)
{
    if (m_repository)
        return m_repository.get();
    auto database = std::make_unique<Database>(m_location, m_password);
    *error = database->openAndMigrate();
    if (*error)
        return nullptr;
    m_database = std::move(database);
    m_repository = std::make_unique<PositionRepository>(*m_database);
    return m_repository.get();
}

void PositionWorker::dropIfGone(const StorageError &error)
{
    // A server that went away (or a file that was locked) is worth a new connection next time.
    if (error.isTransient()) {
        m_repository.reset();
        m_database.reset();
    }
}

std::optional<StorageError> PositionWorker::run(const Work &work)
{
    std::optional<StorageError> error;
    if (PositionRepository *repo = repository(&error))
        error = work(*repo);
    if (error)
        dropIfGone(*error);
    return error;
}

bool PositionWorker::runRequest(quint64 requestId, const Work &work)
{
    const std::optional<StorageError> error = run(work);
    if (error)
        Q_EMIT failed(requestId, *error);
    return !error;
}

void PositionWorker::start()
{
    if (!m_retryTimer) {
        m_retryTimer = new QTimer(this);
        m_retryTimer->setSingleShot(true);
        connect(m_retryTimer, &QTimer::timeout, this, &PositionWorker::start);
    }
    // Called again before the retry is due (the database is known to be back): one load only.
    m_retryTimer->stop();
    QList<Position> positions;
    QList<FundingEvent> funding;
    const auto error = run([&](PositionRepository &repo) {
        auto failure = repo.loadAll(&positions);
        return failure ? failure : repo.loadFunding(&funding);
    });
    if (error) {
        Q_EMIT loadFailed(*error);
        m_retryTimer->start(m_retryIntervalMs);
        return;
    }
    Q_EMIT loaded(positions, funding);
}

void PositionWorker::open(quint64 requestId, Position position)
{
    if (runRequest(requestId, [&](PositionRepository &repo) { return repo.insert(&position); }))
        Q_EMIT stored(requestId, position);
}

void PositionWorker::close(quint64 requestId, const Position &closed)
{
    if (runRequest(requestId, [&](PositionRepository &repo) { return repo.close(closed); }))
        Q_EMIT stored(requestId, closed);
}

void PositionWorker::setNote(quint64 requestId, qint64 id, const QString &note)
{
    std::optional<Position> position;
    const bool done = runRequest(requestId, [&](PositionRepository &repo) {
        auto failure = repo.setNote(id, note);
        return failure ? failure : repo.load(id, &position);
    });
    if (done && position)
        Q_EMIT stored(requestId, *position);
    else if (done)
        Q_EMIT failed(requestId, StorageError{StorageError::Kind::Query, QStringLiteral("no stored position %1").arg(id), 0, 0});
}

void PositionWorker::remove(quint64 requestId, qint64 id)
{
    if (runRequest(requestId, [&](PositionRepository &repo) { return repo.remove(id); }))
        Q_EMIT removed(requestId, id);
}

void PositionWorker::recordFunding(const FundingEvent &event)
{
    if (runRequest(0, [&](PositionRepository &repo) { return repo.recordFunding(event); }))
        Q_EMIT fundingRecorded(event);
}

void PositionWorker::setPassword(const QString &password)
{
    m_password = password;
}

void PositionWorker::shutdown()
{
    if (m_retryTimer)
        m_retryTimer->stop();
    m_repository.reset();
    m_database.reset();
}
