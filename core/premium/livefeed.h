#pragma once

#include "feedconfig.h"
#include "premiummonitor.h"

#include <QObject>

#include "exchanges/endpoint.h"
#include "exchanges/outlierguard.h"

#include <array>

class FxKeeper;
class HttpPoller;
class QNetworkAccessManager;
class QSettings;
class RateLimitProbe;
class VenueFailover;
class VenueGates;

// The three pollers of a FeedConfig wired into one PremiumMonitor. The same object drives the
// window, the headless output and the end-to-end tests.
//
// Between the pollers and the monitor sit the resilience parts: the venues' gates shared by all
// pollers, the Korean fallback venue, an outlier guard per input, and the FX keeper (manual rate,
// saved rate).
class LiveFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveFeed)

public:
    explicit LiveFeed(const FeedConfig &config, QObject *parent = nullptr);
    ~LiveFeed() override;

    PremiumMonitor *monitor() { return &m_monitor; }
    HttpPoller *poller(FeedRole role) { return m_pollers[static_cast<int>(role)]; }
    // The Korean fallback venue's poller, or null when none is configured.
    HttpPoller *koreanFallbackPoller() { return m_koreanFallback; }
    VenueFailover *koreanFailover() { return m_failover; }
    VenueGates *gates() { return m_gates; }
    FxKeeper *fxKeeper() { return m_fxKeeper; }
    // A manual USD/KRW rate overriding the FX feeds, or nullopt to go back to them.
    void setManualFx(const std::optional<Decimal> &rate);
    const FeedConfig &config() const { return m_config; }

    void start();
    void stop();

Q_SIGNALS:
    void outlierReported(FeedRole role, const OutlierEvent &event);

private:
    HttpPoller *newPoller(QList<Endpoint> endpoints, int periodMs);
    HttpPoller *makePoller(FeedRole role, QList<Endpoint> endpoints, int periodMs);
    HttpPoller *makeFallbackPoller();
    void deliver(FeedRole role, const Quote &quote);

    FeedConfig m_config;
    QNetworkAccessManager *m_network;
    QSettings *m_state = nullptr;
    VenueGates *m_gates;
    PremiumMonitor m_monitor;
    std::array<HttpPoller *, FeedRoleCount> m_pollers{};
    std::array<OutlierGuard, FeedRoleCount> m_guards;
    HttpPoller *m_koreanFallback = nullptr;
    VenueFailover *m_failover = nullptr;
    FxKeeper *m_fxKeeper;
    RateLimitProbe *m_limitsProbe = nullptr;
};
