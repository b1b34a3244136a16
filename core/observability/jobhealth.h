#pragma once

#include "timedwindow.h"

#include <QList>
#include <QString>

#include <optional>

// The health of one job (a venue's ticker, the FX rate, the premium): healthy while its last
// success (a fresh value, however it came: polled, read from the shared cache, typed in) is
// recent enough, stale once it is older than the job's limit, or waiting while it has never
// succeeded and has not yet been watched that long. A job that fails from its first cycle
// therefore turns stale too, counted from when it began to be watched. Separately, the attempts
// (requests) of the last window (5 minutes) give error counts and latency percentiles.
class JobHealth final
{
public:
    enum class State { Waiting, Healthy, Stale };

    // One slice of the window for a sparkline.
    struct Slice
    {
        int attempts = 0;
        int errors = 0;
        std::optional<qint64> maxLatencyMs;
    };

    static constexpr qint64 DefaultWindowMs = 5 * 60'000;

    JobHealth(QString job, qint64 staleAfterMs, qint64 watchedSinceMs, qint64 windowMs = DefaultWindowMs);

    const QString &job() const { return m_job; }
    qint64 staleAfterMs() const { return m_staleAfterMs; }
    void setStaleAfterMs(qint64 staleAfterMs) { m_staleAfterMs = staleAfterMs; }

    // A fresh value that was current at `atMs` (a value saved long ago counts as that old).
    void recordSuccess(qint64 atMs);
    void recordAttempt(qint64 atMs, bool failed, std::optional<qint64> latencyMs = std::nullopt);

    State state(qint64 nowMs) const;
    // Since the last success, or since watching began when there was none.
    qint64 ageMs(qint64 nowMs) const;
    std::optional<qint64> lastSuccessMs() const { return m_lastSuccessMs; }

    int attempts(qint64 nowMs) const;
    int errors(qint64 nowMs) const;
    // The `percent`th percentile (nearest rank) of the window's latencies; nullopt without any.
    std::optional<qint64> latencyPercentileMs(int percent, qint64 nowMs) const;
    // The window cut into `count` equal slices, oldest first.
    QList<Slice> slices(int count, qint64 nowMs) const;

private:
    struct Attempt
    {
        bool failed;
        std::optional<qint64> latencyMs;
    };

    QString m_job;
    qint64 m_staleAfterMs;
    qint64 m_watchedSinceMs;
    std::optional<qint64> m_lastSuccessMs;
    TimedWindow<Attempt> m_attempts;
};
