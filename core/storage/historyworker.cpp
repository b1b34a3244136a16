#include "historyworker.h"

#include "database.h"
#include "historycsv.h"
#include "historyrepository.h"
#include "seriesdecimator.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QSaveFile>

Q_LOGGING_CATEGORY(lcHistory, "ps.history")

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

HistoryWorker::HistoryWorker(HistoryOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    m_status.location = m_options.location;
}

HistoryWorker::~HistoryWorker() = default;

void HistoryWorker::start()
{
    // Timers are made here, on the worker thread, so that they fire there.
    m_flushTimer = new QTimer(this);
    m_flushTimer->setInterval(m_options.flushIntervalMs);
    connect(m_flushTimer, &QTimer::timeout, this, &HistoryWorker::flush);
    m_flushTimer->start();
    m_pruneTimer = new QTimer(this);
    m_pruneTimer->setInterval(m_options.pruneIntervalMs);
    connect(m_pruneTimer, &QTimer::timeout, this, &HistoryWorker::prune);
    m_pruneTimer->start();
    if (ensureOpen())
        prune();
    publish();
}

bool HistoryWorker::ensureOpen()
{
    if (m_repository)
        return true;
    if (m_status.state == HistoryStatus::State::Failing && nowMs() < m_nextAttemptMs)
        return false;
    auto database = std::make_unique<Database>(m_options.location, m_options.password);
    if (auto error = database->openAndMigrate()) {
        fail(*error);
        return false;
    }
    m_database = std::move(database);
    m_repository = std::make_unique<HistoryRepository>(*m_database);
    if (m_status.state != HistoryStatus::State::Ready)
        qCInfo(lcHistory).noquote() << "history database open:" << m_options.location.display();
    m_status.state = HistoryStatus::State::Ready;
    m_status.error.reset();
    return true;
}

void HistoryWorker::fail(const StorageError &error)
{
    if (m_status.error != error)
        qCWarning(lcHistory).noquote() << "history database" << m_options.location.display() << "unavailable:" << error.describe();
    m_status.state = HistoryStatus::State::Failing;
    m_status.error = error;
    // Reconnecting from scratch covers every cause at once: a restarted server, a file that was
    // replaced or unlocked. A newer schema or a missing driver will not fix itself.
    m_repository.reset();
    m_database.reset();
    const bool permanent = error.kind == StorageError::Kind::SchemaTooNew || error.kind == StorageError::Kind::DriverMissing;
    m_nextAttemptMs = permanent ? std::numeric_limits<qint64>::max() : nowMs() + m_options.retryIntervalMs;
}

void HistoryWorker::setPassword(const QString &password)
{
    m_options.password = password;
    if (!m_repository && m_nextAttemptMs != std::numeric_limits<qint64>::max())
        m_nextAttemptMs = 0;
}

void HistoryWorker::record(const PremiumSample &sample)
{
    m_pending.push_back(sample);
    while (static_cast<qint64>(m_pending.size()) > m_options.maxPendingRows) {
        m_pending.pop_front();
        ++m_status.droppedRows;
    }
}

void HistoryWorker::flush()
{
    if (m_pending.empty() || !ensureOpen()) {
        m_status.pendingRows = static_cast<qint64>(m_pending.size());
        publish();
        return;
    }
    const std::vector<PremiumSample> batch(m_pending.begin(), m_pending.end());
    if (auto error = m_repository->insert(batch)) {
        fail(*error);
    } else {
        m_pending.clear();
        m_status.writtenRows += static_cast<qint64>(batch.size());
    }
    m_status.pendingRows = static_cast<qint64>(m_pending.size());
    publish();
}

void HistoryWorker::prune()
{
    if (!ensureOpen())
        return;
    const qint64 cutoff = nowMs() - qint64(m_options.retentionDays) * 24 * 3600 * 1000;
    qint64 deleted = 0;
    if (auto error = m_repository->pruneRawBefore(cutoff, &deleted))
        fail(*error);
    else if (deleted > 0)
        qCInfo(lcHistory) << "retention removed" << deleted << "raw rows older than" << m_options.retentionDays << "days";
}

void HistoryWorker::loadRange(HistoryRange request)
{
    if (request.resolution == HistoryRange::Resolution::Auto)
        request.resolution = useMinutes(request.fromMs, request.toMs) ? HistoryRange::Resolution::Minutes : HistoryRange::Resolution::Raw;
    auto series = std::make_shared<PremiumSeries>();
    if (!ensureOpen()) {
        request.error = m_status.error;
    } else {
        auto error = request.resolution == HistoryRange::Resolution::Raw
            ? m_repository->loadRaw(request.symbol, request.basis, request.fromMs, request.toMs, series.get())
            : m_repository->loadMinutes(request.symbol, request.basis, request.fromMs, request.toMs, series.get());
        if (!error)
            error = m_repository->timeSpan(request.symbol, request.basis, &request.storedFirstMs, &request.storedLastMs);
        if (error) {
            request.error = error;
            fail(*error);
            publish();
        }
    }
    request.series = std::move(series);
    Q_EMIT rangeLoaded(request);
}

bool HistoryWorker::useMinutes(qint64 fromMs, qint64 toMs) const
{
    const bool recent = fromMs >= nowMs() - qint64(m_options.retentionDays) * 24 * 3600 * 1000;
    return !recent || toMs - fromMs > m_options.rawRangeLimitMs;
}

void HistoryWorker::loadInputs(quint64 requestId, const QString &symbol, PremiumBasis basis, qint64 fromMs, qint64 toMs, int widthPx)
{
    HistoryInputs inputs;
    inputs.requestId = requestId;
    inputs.fromMs = fromMs;
    inputs.toMs = toMs;
    PremiumSeries korea;
    PremiumSeries foreign;
    if (!ensureOpen()) {
        inputs.error = m_status.error;
    } else if (auto error = m_repository->loadInputs(symbol, basis, fromMs, toMs, useMinutes(fromMs, toMs), &korea, &foreign)) {
        inputs.error = error;
        fail(*error);
        publish();
    }
    inputs.korea = SeriesDecimator::decimate(korea, fromMs, toMs, widthPx);
    inputs.foreignInKrw = SeriesDecimator::decimate(foreign, fromMs, toMs, widthPx);
    Q_EMIT inputsLoaded(inputs);
}

void HistoryWorker::loadSample(quint64 requestId, const QString &symbol, PremiumBasis basis, qint64 atMs, qint64 toleranceMs)
{
    std::optional<PremiumSample> sample;
    if (ensureOpen()) {
        if (auto error = m_repository->loadSample(symbol, basis, atMs, toleranceMs, &sample)) {
            fail(*error);
            publish();
        }
    }
    Q_EMIT sampleLoaded(requestId, sample.value_or(PremiumSample()), sample.has_value());
}

void HistoryWorker::exportCsv(quint64 requestId, const QString &symbol, PremiumBasis basis, qint64 fromMs, qint64 toMs,
                              const QString &path)
{
    // Rows still waiting for the database are part of what the user sees, so they are exported too.
    flush();
    std::vector<PremiumSample> samples;
    if (ensureOpen()) {
        if (auto error = m_repository->loadSamples(symbol, basis, fromMs, toMs, &samples)) {
            Q_EMIT exportFinished(requestId, 0, error->describe());
            return;
        }
    }
    for (const PremiumSample &sample : m_pending) {
        if (sample.symbol == symbol && sample.basis == basis && sample.observedAtMs >= fromMs && sample.observedAtMs < toMs)
            samples.push_back(sample);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(HistoryCsv::document(samples)) < 0 || !file.commit()) {
        Q_EMIT exportFinished(requestId, 0, file.errorString());
        return;
    }
    Q_EMIT exportFinished(requestId, static_cast<qint64>(samples.size()), QString());
}

void HistoryWorker::shutdown()
{
    if (m_flushTimer)
        m_flushTimer->stop();
    if (m_pruneTimer)
        m_pruneTimer->stop();
    m_nextAttemptMs = 0;
    flush();
    if (!m_pending.empty())
        qCWarning(lcHistory) << m_pending.size() << "history rows could not be written before exit";
    m_repository.reset();
    m_database.reset();
    m_status.state = HistoryStatus::State::Stopped;
    publish();
}

void HistoryWorker::publish()
{
    if (m_status == m_published)
        return;
    m_published = m_status;
    Q_EMIT statusChanged(m_status);
}
