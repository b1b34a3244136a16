#include "healthboard.h"

#include <QDateTime>

HealthBoard::HealthBoard(Limits limits, QObject *parent)
    : QObject(parent)
    , m_limits(std::move(limits))
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
}

void HealthBoard::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void HealthBoard::setLimits(Limits limits)
{
    m_limits = std::move(limits);
    for (auto &[name, health] : m_jobs)
        health.setStaleAfterMs(m_limits(name));
}

JobHealth &HealthBoard::entry(const QString &job)
{
    auto it = m_jobs.find(job);
    if (it == m_jobs.end()) {
        it = m_jobs.emplace(job, JobHealth(job, m_limits(job), now())).first;
        Q_EMIT jobAdded(job);
    }
    return it->second;
}

void HealthBoard::watch(const QString &job)
{
    entry(job);
}

void HealthBoard::forget(const QString &job)
{
    m_jobs.erase(job);
}

void HealthBoard::recordSuccess(const QString &job, std::optional<qint64> atMs)
{
    entry(job).recordSuccess(atMs.value_or(now()));
}

void HealthBoard::recordAttempt(const QString &job, bool failed, std::optional<qint64> latencyMs)
{
    entry(job).recordAttempt(now(), failed, latencyMs);
}

QStringList HealthBoard::jobs() const
{
    QStringList names;
    for (const auto &[name, health] : m_jobs)
        names.append(name);
    return names;
}

const JobHealth *HealthBoard::job(const QString &name) const
{
    const auto it = m_jobs.find(name);
    return it == m_jobs.end() ? nullptr : &it->second;
}
