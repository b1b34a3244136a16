#include "observabilitywiring.h"

#include "exchanges/httppoller.h"
#include "exchanges/venuefailover.h"
#include "observability/seedmetrics.h"
#include "premium/marketfeed.h"
#include "venues/pollingmarketsource.h"
#include "venues/venuedirectory.h"
#include "secrets/rotationpolicy.h"
#include "secrets/secretstore.h"

ObservabilityWiring::ObservabilityWiring(const AlertSettings &settings, QObject *parent)
    : QObject(parent)
    , m_health([settings](const QString &job) { return settings.staleAfterMs(job); })
    , m_alerts(&m_health, settings)
    , m_observer(&m_registry, &m_health, &m_alerts)
{
    SeedMetrics::declare(m_registry);
    m_evaluation.setInterval(1000);
    connect(&m_evaluation, &QTimer::timeout, this, [this] {
        m_alerts.evaluate();
        Q_EMIT evaluated();
    });
    m_evaluation.start();
    // A key ages by days: once an hour is plenty.
    m_keyCheck.setInterval(3600'000);
    connect(&m_keyCheck, &QTimer::timeout, this, &ObservabilityWiring::checkKeys);
}

void ObservabilityWiring::setSettings(const AlertSettings &settings)
{
    m_health.setLimits([settings](const QString &job) { return settings.staleAfterMs(job); });
    m_alerts.setSettings(settings);
}

void ObservabilityWiring::follow(MarketFeed *feed)
{
    if (!feed)
        return;
    QStringList running { FeedObserver::jobName(FeedRole::Fx, {}), QStringLiteral("premium") };
    connect(feed->fxPoller(), &HttpPoller::requestFinished, &m_observer,
            [this](const RequestOutcome &outcome) { m_observer.onRequest(FeedRole::Fx, outcome); });
    for (const QString &venue : feed->venues()) {
        const VenueAdapter *adapter = VenueDirectory::standard().find(venue);
        const FeedRole role = adapter && adapter->side() == VenueSide::Perpetual ? FeedRole::ForeignPerp : FeedRole::KoreanSpot;
        connect(feed->poller(venue), &MarketSource::requestFinished, &m_observer,
                [this, role](const RequestOutcome &outcome) { m_observer.onRequest(role, outcome); });
        const QString job = FeedObserver::jobName(role, venue);
        running.append(job);
        // The fallback venue's job is not watched: it only has to be fresh while it stands in.
        if (feed->koreanFailover() && venue != feed->pair().korea && role == FeedRole::KoreanSpot) {
            // Handed back: the stand-in stops being asked, which is no reason to call it stale.
            connect(feed->koreanFailover(), &VenueFailover::activeVenueChanged, &m_observer,
                    [this, job](const QString &, bool onFallback) {
                        if (!onFallback)
                            m_health.forget(job);
                    });
            continue;
        }
        m_health.watch(job);
    }
    // A venue switched off in the preferences is no longer a job.
    for (const QString &job : m_health.jobs()) {
        if (!running.contains(job))
            m_health.forget(job);
    }
    m_health.watch(FeedObserver::jobName(FeedRole::Fx, {}));
    m_health.watch(QStringLiteral("premium"));
    PremiumMonitor *monitor = feed->monitor();
    connect(monitor, &PremiumMonitor::feedStatusChanged, &m_observer, &FeedObserver::onFeedStatus);
    connect(monitor, &PremiumMonitor::sampled, &m_observer, &FeedObserver::onSample);
    connect(monitor, &PremiumMonitor::tickProcessed, &m_observer, &FeedObserver::onTickProcessed);
}

void ObservabilityWiring::followKeys(const SecretStore *store)
{
    m_keys = store;
    m_keyCheck.start();
    checkKeys();
}

void ObservabilityWiring::checkKeys()
{
    if (!m_keys)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QStringList ids = m_keys->storedIds();
    for (const QString &gone : std::as_const(m_knownKeys)) {
        if (!ids.contains(gone))
            m_alerts.setKeyAge(gone, std::nullopt);
    }
    for (const QString &id : ids) {
        const auto created = m_keys->createdAt(id);
        m_alerts.setKeyAge(id, created ? std::optional(RotationPolicy::ageDays(*created, now)) : std::nullopt);
    }
    m_knownKeys = ids;
}
