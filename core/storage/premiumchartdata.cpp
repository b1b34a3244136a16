#include "premiumchartdata.h"

#include "historycsv.h"
#include "historystore.h"

#include <QSaveFile>

#include <algorithm>

PremiumChartData::PremiumChartData(QObject *parent)
    : QObject(parent)
{
}

void PremiumChartData::setHistoryStore(HistoryStore *store, const HistoryKey &key, qint64 nowMs)
{
    const bool sameStore = store && store == m_store;
    disconnectStore();
    m_store = store;
    if (!store) {
        m_rangeRequest = 0;
        m_startupDeferred = false;
        return;
    }
    // Another store numbers its requests anew, and the old one's answers no longer arrive.
    if (!sameStore)
        m_rangeRequest = 0;
    if (m_key && *m_key != key)
        clear();
    adoptKey(key);
    m_storeConnections = {
        connect(store, &HistoryStore::rangeLoaded, this, &PremiumChartData::onRangeLoaded),
        connect(store, &HistoryStore::inputsLoaded, this, &PremiumChartData::onInputsLoaded),
        connect(store, &HistoryStore::statusChanged, this, &PremiumChartData::statusChanged),
        connect(store, &HistoryStore::sampleLoaded, this,
                [this](quint64 id, const PremiumSample &sample, bool found) {
                    if (id == m_sampleRequest && found)
                        Q_EMIT sampleLoaded(sample);
                }),
        connect(store, &HistoryStore::exportFinished, this,
                [this](quint64, qint64 rows, const QString &error) { Q_EMIT exportFinished(QString(), rows, error); }),
    };
    m_startupNowMs = nowMs;
    if (m_rangeRequest != 0) {
        m_rangeDropped = true;
        m_startupDeferred = true;
        return;
    }
    requestStartup();
}

HistoryStore *PremiumChartData::store() const
{
    return m_store;
}

void PremiumChartData::disconnectStore()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_storeConnections))
        disconnect(connection);
    m_storeConnections.clear();
}

void PremiumChartData::adoptKey(const HistoryKey &key)
{
    if (m_key == key)
        return;
    m_key = key;
    Q_EMIT keyChanged();
}

void PremiumChartData::requestStartup()
{
    m_startupDeferred = false;
    if (!m_store || !m_key)
        return;
    const qint64 now = std::max(m_startupNowMs, m_series.isEmpty() ? 0 : m_series.lastTimeMs());
    m_requestedFromMs = now - StartupHistoryMs;
    const qint64 to = m_series.isEmpty() ? now + 1 : m_series.firstTimeMs();
    m_rangeDropped = false;
    m_rangeRequest = m_store->requestRange(*m_key, m_requestedFromMs, to, HistoryRange::Resolution::Raw);
}

bool PremiumChartData::addSample(const PremiumSample &sample)
{
    if (m_key) {
        // The store names the coin: a sample of another one is from the coin the chart just left.
        if (m_store && sample.symbol != m_key->coin)
            return false;
        // Seed and global premiums differ by a few hundredths; one line must not mix them. The pair
        // follows the samples without a new line: a Korean venue failing over keeps the coin's line.
        if (sample.symbol != m_key->coin || sample.basis != m_key->basis)
            clear();
    }
    adoptKey(HistoryKey::of(sample));
    if (!m_history.append(sample))
        return false;
    // The 8-place rate: the chart shows movement finer than the rounded headline number.
    m_series.append(sample.observedAtMs, static_cast<float>(sample.preciseRate.toDouble()), sample.stale);
    return true;
}

void PremiumChartData::clear()
{
    m_history.clear();
    m_series.clear();
    m_inputs = HistoryInputs();
    m_seriesChanged = true;
    m_requestedFromMs = 0;
    m_oldestStoredMs = 0;
    m_rangeDropped = m_rangeRequest != 0;
    m_sampleRequest = 0;
    m_inputsRequest = 0;
    Q_EMIT cleared();
}

void PremiumChartData::dropBefore(qint64 timeMs)
{
    m_series.removeBefore(timeMs);
    if (!m_series.isEmpty())
        m_requestedFromMs = std::max(m_requestedFromMs, m_series.firstTimeMs());
}

void PremiumChartData::setRecentSpanMs(qint64 spanMs)
{
    m_history.setSpanMs(spanMs);
}

void PremiumChartData::requestOlder(qint64 fromMs)
{
    if (!m_store || m_rangeRequest != 0 || !m_key || m_key->coin.isEmpty())
        return;
    if (m_requestedFromMs == 0 || fromMs >= m_requestedFromMs)
        return;
    if (m_oldestStoredMs > 0 && m_requestedFromMs <= m_oldestStoredMs)
        return;
    const qint64 to = m_series.isEmpty() ? m_requestedFromMs : std::min(m_requestedFromMs, m_series.firstTimeMs());
    m_rangeDropped = false;
    m_rangeRequest = m_store->requestRange(*m_key, fromMs, to);
    m_requestedFromMs = fromMs;
}

void PremiumChartData::onRangeLoaded(const HistoryRange &range)
{
    if (range.requestId != m_rangeRequest)
        return;
    m_rangeRequest = 0;
    if (m_rangeDropped) {
        m_rangeDropped = false;
        if (m_startupDeferred)
            requestStartup();
        return;
    }
    if (range.storedFirstMs > 0)
        m_oldestStoredMs = range.storedFirstMs;
    if (range.series && !range.series->isEmpty()) {
        m_series.prepend(*range.series);
        m_seriesChanged = true;
    }
    Q_EMIT historyLoaded(range.fromMs, range.series ? qint64(range.series->size()) : 0);
}

void PremiumChartData::requestInputs(qint64 fromMs, qint64 toMs, int widthPx)
{
    if (m_store && m_key) {
        m_inputsRequest = m_store->requestInputs(*m_key, fromMs, toMs, widthPx);
        return;
    }
    // Without a database the inputs of the samples kept in memory are all there is.
    PremiumSeries korea;
    PremiumSeries foreign;
    for (const PremiumSample &sample : m_history.samples()) {
        korea.append(sample.observedAtMs, float(sample.korea.price.toDouble()), sample.stale);
        foreign.append(sample.observedAtMs, float((sample.foreign.price * sample.fx.price).toDouble()), sample.stale);
    }
    m_inputsRequest = 0;
    m_inputs = HistoryInputs();
    m_inputs.fromMs = fromMs;
    m_inputs.toMs = toMs;
    m_inputs.korea = SeriesDecimator::decimate(korea, fromMs, toMs, widthPx);
    m_inputs.foreignInKrw = SeriesDecimator::decimate(foreign, fromMs, toMs, widthPx);
    Q_EMIT inputsLoaded();
}

void PremiumChartData::onInputsLoaded(const HistoryInputs &inputs)
{
    if (m_inputsRequest == 0 || inputs.requestId != m_inputsRequest)
        return;
    m_inputs = inputs;
    Q_EMIT inputsLoaded();
}

void PremiumChartData::dropInputs()
{
    m_inputs = HistoryInputs();
    m_inputsRequest = 0;
}

std::optional<PremiumChartData::Reading> PremiumChartData::readAt(qint64 timeMs)
{
    if (m_series.isEmpty())
        return std::nullopt;
    std::size_t index = m_series.lowerBound(timeMs);
    if (index == m_series.size()
        || (index > 0 && timeMs - m_series.timeAt(index - 1) < m_series.timeAt(index) - timeMs))
        index = index == 0 ? 0 : index - 1;
    Reading reading;
    reading.timeMs = m_series.timeAt(index);
    reading.rate = m_series.rateAt(index);
    // The recorded sample, not the drawn point: from memory for the last hour, else from the
    // database, which answers with the stored row (or the minute's rollup past retention).
    const PremiumSample *recent = m_history.nearest(reading.timeMs);
    if (recent && recent->observedAtMs == reading.timeMs) {
        m_sampleRequest = 0;
        reading.exact = *recent;
    } else if (m_store && m_key) {
        m_sampleRequest
            = m_store->requestSample(*m_key, reading.timeMs, std::max<qint64>(1000, m_decimator.columnMs()));
    }
    return reading;
}

void PremiumChartData::exportCsv(qint64 fromMs, qint64 toMs, const QString &path)
{
    if (m_store && m_key) {
        m_store->requestCsvExport(*m_key, fromMs, toMs, path);
        return;
    }
    std::vector<PremiumSample> samples;
    for (const PremiumSample &sample : m_history.samples()) {
        if (sample.observedAtMs >= fromMs && sample.observedAtMs < toMs)
            samples.push_back(sample);
    }
    QSaveFile file(path);
    const bool ok = file.open(QIODevice::WriteOnly) && file.write(HistoryCsv::document(samples)) >= 0 && file.commit();
    Q_EMIT exportFinished(path, qint64(samples.size()), ok ? QString() : file.errorString());
}

DecimatedSeries PremiumChartData::decimate(qint64 fromMs, qint64 toMs, int widthPx)
{
    // Sliding along with the live edge keeps every column but the newest (see SeriesDecimator);
    // anything else recomputes the visible columns.
    if (m_seriesChanged || widthPx != m_decimatedWidth || toMs - fromMs != m_decimatedToMs - m_decimatedFromMs)
        m_decimator.setView(m_series, fromMs, toMs, widthPx);
    else if (toMs != m_decimatedToMs)
        m_decimator.slideTo(m_series, toMs);
    else
        m_decimator.update(m_series);
    m_seriesChanged = false;
    m_decimatedFromMs = fromMs;
    m_decimatedToMs = toMs;
    m_decimatedWidth = widthPx;
    return m_decimator.result();
}
