#include "jobhealth.h"

#include <algorithm>
#include <cmath>

JobHealth::JobHealth(QString job, qint64 staleAfterMs, qint64 watchedSinceMs, qint64 windowMs)
    : m_job(std::move(job))
    , m_staleAfterMs(staleAfterMs)
    , m_watchedSinceMs(watchedSinceMs)
    , m_attempts(windowMs)
{
}

void JobHealth::recordSuccess(qint64 atMs)
{
    m_lastSuccessMs = std::max(atMs, m_lastSuccessMs.value_or(atMs));
}

void JobHealth::recordAttempt(qint64 atMs, bool failed, std::optional<qint64> latencyMs)
{
    m_attempts.add(atMs, Attempt { failed, latencyMs });
}

qint64 JobHealth::ageMs(qint64 nowMs) const
{
    return std::max<qint64>(0, nowMs - m_lastSuccessMs.value_or(m_watchedSinceMs));
}

JobHealth::State JobHealth::state(qint64 nowMs) const
{
    if (ageMs(nowMs) > m_staleAfterMs)
        return State::Stale;
    return m_lastSuccessMs ? State::Healthy : State::Waiting;
}

int JobHealth::attempts(qint64 nowMs) const
{
    int count = 0;
    m_attempts.forEach(nowMs, [&count](const auto &) { ++count; });
    return count;
}

int JobHealth::errors(qint64 nowMs) const
{
    int count = 0;
    m_attempts.forEach(nowMs, [&count](const auto &entry) { count += entry.value.failed ? 1 : 0; });
    return count;
}

std::optional<qint64> JobHealth::latencyPercentileMs(int percent, qint64 nowMs) const
{
    QList<qint64> latencies;
    m_attempts.forEach(nowMs, [&latencies](const auto &entry) {
        if (entry.value.latencyMs)
            latencies.append(*entry.value.latencyMs);
    });
    if (latencies.isEmpty())
        return std::nullopt;
    std::sort(latencies.begin(), latencies.end());
    // Nearest rank: the smallest value with at least `percent` % of the values at or below it.
    const auto rank = static_cast<qsizetype>(std::ceil(std::clamp(percent, 0, 100) / 100.0 * latencies.size()));
    return latencies.at(std::clamp<qsizetype>(rank - 1, 0, latencies.size() - 1));
}

QList<JobHealth::Slice> JobHealth::slices(int count, qint64 nowMs) const
{
    QList<Slice> out(std::max(1, count));
    const qint64 span = m_attempts.spanMs();
    const qint64 start = nowMs - span;
    m_attempts.forEach(nowMs, [&](const auto &entry) {
        const auto index = std::clamp<qint64>((entry.atMs - start) * out.size() / span, 0, out.size() - 1);
        Slice &slice = out[index];
        ++slice.attempts;
        slice.errors += entry.value.failed ? 1 : 0;
        if (entry.value.latencyMs)
            slice.maxLatencyMs = std::max(slice.maxLatencyMs.value_or(0), *entry.value.latencyMs);
    });
    return out;
}
