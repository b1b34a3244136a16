#include "historyworker.h"

#include "database.h"
#include "historycsv.h"
#include "historyrepository.h"
#include "historysample.h"
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
    setWatchlist(m_options.watchlist);
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
        qCWarning(lcHistory).noquote() << "history database" << m_options.location.display()
                                       << "unavailable:" << error.describe();
    m_status.state = HistoryStatus::State::Failing;
    m_status.error = error;
    // Reconnecting from scratch covers every cause at once: a restarted server, a file that was
    // replaced or unlocked. A newer schema or a missing driver will not fix itself.
    m_repository.reset();
    m_database.reset();
    const bool permanent
        = error.kind == StorageError::Kind::SchemaTooNew || error.kind == StorageError::Kind::DriverMissing;
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
    rollUp(sample);
}

void HistoryWorker::recordPremiums(const QList<CoinPremium> &premiums)
{
    for (const CoinPremium &premium : premiums) {
        const std::optional<PremiumSample> sample = HistorySample::fromCoinPremium(premium);
        if (!sample)
            continue;
        if (m_rawCoins.contains(sample->symbol))
            record(*sample);
        else
            rollUp(*sample);
    }
}

void HistoryWorker::rollUp(const PremiumSample &sample)
{
    // A series' first sample of this run may fall in a minute an earlier run left (at its exit, or
    // killed).
    const HistoryKey key = HistoryKey::of(sample);
    if (!m_rollup.knows(key) && m_repository) {
        std::optional<PremiumMinute> stored;
        if (auto error = m_repository->loadMinute(key, HistoryRepository::minuteOf(sample.observedAtMs), &stored))
            qCWarning(lcHistory).noquote() << "history: the stored minute could not be read:" << error->describe();
        else if (stored)
            m_rollup.resume(*stored);
    }
    m_rollup.add(sample);
    m_latestObservedMs = std::max(m_latestObservedMs, sample.observedAtMs);
}

void HistoryWorker::setWatchlist(const QStringList &coins)
{
    m_watchlist = QSet<QString>(coins.cbegin(), coins.cend());
    updateRawCoins();
}

void HistoryWorker::setPositionCoins(const QStringList &coins)
{
    m_positionCoins = QSet<QString>(coins.cbegin(), coins.cend());
    updateRawCoins();
}

void HistoryWorker::updateRawCoins()
{
    m_rawCoins = m_watchlist | m_positionCoins;
}

void HistoryWorker::countPending()
{
    for (PremiumMinute &minute : m_rollup.takeClosed(m_latestObservedMs))
        m_pendingMinutes.push_back(std::move(minute));
    while (static_cast<qint64>(m_pendingMinutes.size()) > m_options.maxPendingMinutes) {
        m_pendingMinutes.pop_front();
        ++m_status.droppedRows;
    }
    m_status.pendingRows = static_cast<qint64>(m_pending.size());
    m_status.pendingMinutes = static_cast<qint64>(m_pendingMinutes.size());
}

void HistoryWorker::flush()
{
    countPending();
    if ((m_pending.empty() && m_pendingMinutes.empty()) || !ensureOpen()) {
        publish();
        return;
    }
    const std::vector<PremiumSample> batch(m_pending.begin(), m_pending.end());
    const std::vector<PremiumMinute> minutes(m_pendingMinutes.begin(), m_pendingMinutes.end());
    if (auto error = m_repository->insert(batch, minutes)) {
        fail(*error);
    } else {
        m_pending.clear();
        m_pendingMinutes.clear();
        m_status.writtenRows += static_cast<qint64>(batch.size());
        m_status.writtenMinutes += static_cast<qint64>(minutes.size());
    }
    countPending();
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
        qCInfo(lcHistory) << "retention removed" << deleted << "raw rows older than" << m_options.retentionDays
                          << "days";
}

void HistoryWorker::loadRange(HistoryRange request)
{
    if (request.resolution == HistoryRange::Resolution::Auto)
        request.resolution = useMinutes(request.fromMs, request.toMs) ? HistoryRange::Resolution::Minutes
                                                                      : HistoryRange::Resolution::Raw;
    const HistoryKey key = request.key();
    auto series = std::make_shared<PremiumSeries>();
    if (!ensureOpen()) {
        request.error = m_status.error;
    } else {
        std::optional<StorageError> error;
        if (request.resolution == HistoryRange::Resolution::Raw) {
            error = m_repository->loadRaw(key, request.fromMs, request.toMs, series.get());
            if (!error && series->isEmpty()) {
                request.resolution = HistoryRange::Resolution::Minutes;
            } else if (!error
                       && series->firstTimeMs()
                           >= HistoryRepository::minuteOf(request.fromMs) + HistoryRepository::MinuteMs) {
                // Raw rows only from some minute on (the coin joined the watchlist, or a position
                // opened): its rollups draw what came before.
                PremiumSeries older;
                error = m_repository->loadMinutes(key, request.fromMs,
                                                  HistoryRepository::minuteOf(series->firstTimeMs()), &older);
                if (!error)
                    series->prepend(older);
            }
        }
        if (!error && request.resolution == HistoryRange::Resolution::Minutes) {
            error = m_repository->loadMinutes(key, request.fromMs, request.toMs, series.get());
            // The minute still accumulating is part of the history already.
            const PremiumMinute *open = m_rollup.openMinute(key);
            if (!error && open && open->minuteStart < request.toMs && open->lastObservedAtMs >= request.fromMs)
                HistoryRepository::appendMinute(*open, series.get());
        }
        if (!error)
            error = m_repository->timeSpan(key, &request.storedFirstMs, &request.storedLastMs);
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

void HistoryWorker::loadInputs(quint64 requestId, const HistoryKey &key, qint64 fromMs, qint64 toMs, int widthPx)
{
    HistoryInputs inputs;
    inputs.requestId = requestId;
    inputs.fromMs = fromMs;
    inputs.toMs = toMs;
    PremiumSeries korea;
    PremiumSeries foreign;
    if (!ensureOpen()) {
        inputs.error = m_status.error;
    } else {
        const bool minutes = useMinutes(fromMs, toMs);
        auto error = m_repository->loadInputs(key, fromMs, toMs, minutes, &korea, &foreign);
        if (!error && !minutes && korea.isEmpty())
            error = m_repository->loadInputs(key, fromMs, toMs, true, &korea, &foreign);
        if (error) {
            inputs.error = error;
            fail(*error);
            publish();
        }
    }
    inputs.korea = SeriesDecimator::decimate(korea, fromMs, toMs, widthPx);
    inputs.foreignInKrw = SeriesDecimator::decimate(foreign, fromMs, toMs, widthPx);
    Q_EMIT inputsLoaded(inputs);
}

void HistoryWorker::loadSample(quint64 requestId, const HistoryKey &key, qint64 atMs, qint64 toleranceMs)
{
    std::optional<PremiumSample> sample;
    if (ensureOpen()) {
        if (auto error = m_repository->loadSample(key, atMs, toleranceMs, &sample)) {
            fail(*error);
            publish();
        }
    }
    Q_EMIT sampleLoaded(requestId, sample.value_or(PremiumSample()), sample.has_value());
}

void HistoryWorker::exportCsv(quint64 requestId, const HistoryKey &key, qint64 fromMs, qint64 toMs, const QString &path)
{
    // Rows still waiting for the database are part of what the user sees, so they are exported too.
    flush();
    std::vector<PremiumSample> samples;
    if (ensureOpen()) {
        if (auto error = m_repository->loadSamples(key, fromMs, toMs, &samples)) {
            Q_EMIT exportFinished(requestId, 0, error->describe());
            return;
        }
    }
    for (const PremiumSample &sample : m_pending) {
        if (HistoryKey::of(sample) == key && sample.observedAtMs >= fromMs && sample.observedAtMs < toMs)
            samples.push_back(sample);
    }
    // A coin without raw rows: the last sample of each minute, as its rollup kept it.
    if (samples.empty() && m_repository) {
        if (auto error = m_repository->loadMinuteCloses(key, fromMs, toMs, &samples)) {
            Q_EMIT exportFinished(requestId, 0, error->describe());
            return;
        }
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
    // The minutes still accumulating are written as they are so far.
    for (PremiumMinute &minute : m_rollup.takeAll())
        m_pendingMinutes.push_back(std::move(minute));
    flush();
    if (!m_pending.empty() || !m_pendingMinutes.empty())
        qCWarning(lcHistory) << m_pending.size() << "history rows and" << m_pendingMinutes.size()
                             << "minute rollups could not be written before exit";
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
