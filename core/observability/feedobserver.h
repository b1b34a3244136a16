#pragma once

#include "premium/feedrole.h"

#include <QHash>
#include <QObject>

#include <array>

class AlertEngine;
class HealthBoard;
class MetricsRegistry;
struct FeedStatus;
struct PremiumSample;
struct RequestOutcome;
struct SharedFeedStatus;

// Turns what the feed reports (requests, fresh values, premiums, cache reads, Redis's state, open
// positions) into the seed's metrics, the jobs' health and the alert engine's inputs. Only value
// types come in, through its slots; the app connects the feed's signals to them.
//
// Jobs: `ticker:{venue}` for each venue a ticker came from, `fx`, `premium`. A ticker or FX job
// succeeds when a fresh value reaches the premium monitor (polled, from the shared cache or
// typed in), at that value's receive time; its attempts are the requests.
class FeedObserver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedObserver)

public:
    FeedObserver(MetricsRegistry *registry, HealthBoard *health, AlertEngine *alerts, QObject *parent = nullptr);

    static QString jobName(FeedRole role, const QString &venue);

public Q_SLOTS:
    void onRequest(FeedRole role, const RequestOutcome &outcome);
    void onFeedStatus(const FeedStatus &status);
    void onSample(const PremiumSample &sample);
    void onTickProcessed(qint64 nanoseconds);
    void onCacheRead(const QString &cache, bool hit);
    void onSharedFeedStatus(const SharedFeedStatus &status);
    void onOpenPositions(int count);

private:
    void succeeded(const QString &job, qint64 atMs);

    MetricsRegistry *m_registry;
    HealthBoard *m_health;
    AlertEngine *m_alerts;
    std::array<qint64, FeedRoleCount> m_lastFreshMs {};
    QHash<QString, qint64> m_lastRunMs;
};
