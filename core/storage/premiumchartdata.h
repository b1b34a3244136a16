#pragma once

#include "historyinputs.h"
#include "historykey.h"
#include "historyrange.h"
#include "historystatus.h"
#include "premium/premiumhistory.h"
#include "premium/premiumsample.h"
#include "premiumseries.h"
#include "seriesdecimator.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

class HistoryStore;

// What the premium chart shows, without the drawing: one series (a coin on a venue pair, on one
// basis) as live samples and the history read from the HistoryStore, the requests that fill it,
// its decimation for a plot, the exact values under the crosshair and the CSV export. No chart
// library and no widget: a switch of drawing library leaves this class alone, and its rules are
// tested without a window.
//
// The series is named by setHistoryStore(). Switching to another one drops everything held of the
// previous one and ignores every answer still on its way for it, so no point of the previous coin
// is ever handed out again. Without a store, the series follows the samples: a sample of another
// coin or basis starts a new one.
class PremiumChartData final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PremiumChartData)

public:
    static constexpr qint64 StartupHistoryMs = 24LL * 3600 * 1000;

    // A moment under the crosshair: the drawn point nearest to the asked time, and its recorded
    // sample when memory has it (otherwise sampleLoaded() brings it from the database).
    struct Reading
    {
        qint64 timeMs = 0;
        double rate = 0;
        std::optional<PremiumSample> exact;
    };

    explicit PremiumChartData(QObject *parent = nullptr);

    // Reads older history, exact values and exports of `key` from `store`, starting with the last
    // StartupHistoryMs before `nowMs` (or the newest point held, if later). nullptr: memory only.
    void setHistoryStore(HistoryStore *store, const HistoryKey &key, qint64 nowMs);
    HistoryStore *store() const;
    const std::optional<HistoryKey> &key() const { return m_key; }

    // False when the sample is not kept: older than the newest, or of another coin than the store
    // was asked for (a sample of the coin the chart just left).
    bool addSample(const PremiumSample &sample);
    void clear();
    // While following the live edge, points before `timeMs` are dropped from memory; the database
    // keeps them, and requestOlder() reads them again.
    void dropBefore(qint64 timeMs);
    // How long the full samples (exact values without a database) are kept.
    void setRecentSpanMs(qint64 spanMs);

    // Asks the store for the history from `fromMs` up to what is held, unless it has been asked
    // already or nothing older is stored.
    void requestOlder(qint64 fromMs);
    // The Korean and foreign prices of [fromMs, toMs) for a plot `widthPx` wide: from the store,
    // else from the samples in memory. inputsLoaded() says when inputs() has them.
    void requestInputs(qint64 fromMs, qint64 toMs, int widthPx);
    void dropInputs();
    std::optional<Reading> readAt(qint64 timeMs);
    // Writes [fromMs, toMs) to `path`, through the store when there is one; exportFinished() tells.
    void exportCsv(qint64 fromMs, qint64 toMs, const QString &path);

    // The series decimated for [fromMs, toMs) on `widthPx` columns. A window that slid along the
    // live edge since the last call recomputes only the new columns.
    DecimatedSeries decimate(qint64 fromMs, qint64 toMs, int widthPx);

    const PremiumHistory &history() const { return m_history; }
    const PremiumSeries &series() const { return m_series; }
    const HistoryInputs &inputs() const { return m_inputs; }
    // The oldest stored moment of the series, once the store has said (0 before).
    qint64 oldestStoredMs() const { return m_oldestStoredMs; }
    bool isRangePending() const { return m_rangeRequest != 0; }

Q_SIGNALS:
    // The series held was dropped: another coin, pair or basis, or clear().
    void cleared();
    // key() names another series (also when only the pair followed the samples).
    void keyChanged();
    void historyLoaded(qint64 fromMs, qint64 points);
    void inputsLoaded();
    void sampleLoaded(const PremiumSample &sample);
    void statusChanged(const HistoryStatus &status);
    // `path` is empty for an export written by the store; `error` empty on success.
    void exportFinished(const QString &path, qint64 rows, const QString &error);

private:
    void adoptKey(const HistoryKey &key);
    void requestStartup();
    void onRangeLoaded(const HistoryRange &range);
    void onInputsLoaded(const HistoryInputs &inputs);
    void disconnectStore();

    PremiumHistory m_history; // full samples of the last hour: exact values without a database
    PremiumSeries m_series; // everything drawn: loaded history and live samples
    SeriesDecimator m_decimator;
    std::optional<HistoryKey> m_key;
    QPointer<HistoryStore> m_store;
    QList<QMetaObject::Connection> m_storeConnections;
    HistoryInputs m_inputs;
    qint64 m_requestedFromMs = 0; // history older than this has been asked of the store
    qint64 m_oldestStoredMs = 0;
    quint64 m_rangeRequest = 0; // the range in flight, 0 when none
    // The range in flight is for a series no longer held: its answer is dropped. A switch asks the
    // new series' startup range only once it is back, so that running through coins quickly keeps
    // one read in flight instead of queueing a day of history per coin passed.
    bool m_rangeDropped = false;
    bool m_startupDeferred = false;
    qint64 m_startupNowMs = 0;
    quint64 m_sampleRequest = 0;
    quint64 m_inputsRequest = 0;
    bool m_seriesChanged = true;
    qint64 m_decimatedFromMs = 0;
    qint64 m_decimatedToMs = 0;
    int m_decimatedWidth = 0;
};
