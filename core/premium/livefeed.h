#pragma once

#include "feedconfig.h"
#include "premiummonitor.h"

#include <QObject>

#include "exchanges/endpoint.h"

#include <array>

class HttpPoller;
class QNetworkAccessManager;

// The three pollers of a FeedConfig wired into one PremiumMonitor. The same object drives the
// window, the headless output and the end-to-end tests.
class LiveFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveFeed)

public:
    explicit LiveFeed(const FeedConfig &config, QObject *parent = nullptr);
    ~LiveFeed() override;

    PremiumMonitor *monitor() { return &m_monitor; }
    HttpPoller *poller(FeedRole role) { return m_pollers[static_cast<int>(role)]; }
    const FeedConfig &config() const { return m_config; }

    void start();
    void stop();

private:
    HttpPoller *makePoller(FeedRole role, QList<Endpoint> endpoints, int periodMs);

    FeedConfig m_config;
    QNetworkAccessManager *m_network;
    PremiumMonitor m_monitor;
    std::array<HttpPoller *, FeedRoleCount> m_pollers{};
};
