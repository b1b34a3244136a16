#pragma once

#include "observability/alertengine.h"
#include "observability/feedobserver.h"
#include "observability/healthboard.h"
#include "observability/metricsregistry.h"

#include <QObject>
#include <QTimer>

class MarketFeed;
class SecretStore;

// Metrics, health and alerts of one run: the registry, the health board, the alert engine
// evaluated once a second, and the observer that feeds them from the live feed. Whoever shows
// or delivers alerts connects to alerts()->alertRaised.
class ObservabilityWiring final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ObservabilityWiring)

public:
    explicit ObservabilityWiring(const AlertSettings &settings, QObject *parent = nullptr);

    MetricsRegistry *registry() { return &m_registry; }
    HealthBoard *health() { return &m_health; }
    AlertEngine *alerts() { return &m_alerts; }
    FeedObserver *observer() { return &m_observer; }

    void setSettings(const AlertSettings &settings);
    // Follows a new feed (a rebuilt one replaces the old, whose connections end with it) and
    // watches its jobs from now, so that a feed failing from the start turns stale.
    void follow(MarketFeed *feed);
    // Reports the stored keys' ages (KeyRotationDue) now, hourly and on checkKeys().
    void followKeys(const SecretStore *store);

public Q_SLOTS:
    void checkKeys();

Q_SIGNALS:
    // After each once-a-second evaluation: the health board's states are those the alerts saw.
    void evaluated();

private:
    MetricsRegistry m_registry;
    HealthBoard m_health;
    AlertEngine m_alerts;
    FeedObserver m_observer;
    QTimer m_evaluation;
    const SecretStore *m_keys = nullptr;
    QStringList m_knownKeys;
    QTimer m_keyCheck;
};
