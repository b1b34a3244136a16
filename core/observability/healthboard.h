#pragma once

#include "jobhealth.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <map>

// The health of every job the app runs, by name: `ticker:{venue}`, `fx`, `premium`. Jobs appear
// when first watched or recorded; their time comes from the clock (epoch ms), which tests set.
class HealthBoard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthBoard)

public:
    using Clock = std::function<qint64()>;
    // How old a job's last success may be before it is stale, by job name.
    using Limits = std::function<qint64(const QString &job)>;

    explicit HealthBoard(Limits limits, QObject *parent = nullptr);

    void setClock(Clock clock);
    qint64 now() const { return m_clock(); }
    // New limits apply to the jobs already watched too.
    void setLimits(Limits limits);

    // Starts counting a job's age now, so that one that never succeeds turns stale.
    void watch(const QString &job);
    // Drops a job the app no longer runs (a venue switched off); its stale alert clears.
    void forget(const QString &job);
    // A fresh value, current at `atMs` (its receive time), or now.
    void recordSuccess(const QString &job, std::optional<qint64> atMs = std::nullopt);
    // A request made now.
    void recordAttempt(const QString &job, bool failed, std::optional<qint64> latencyMs = std::nullopt);

    QStringList jobs() const;
    // Null for a job never watched.
    const JobHealth *job(const QString &name) const;

Q_SIGNALS:
    void jobAdded(const QString &job);

private:
    JobHealth &entry(const QString &job);

    Limits m_limits;
    Clock m_clock;
    std::map<QString, JobHealth> m_jobs;
};
