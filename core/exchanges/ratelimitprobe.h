#pragma once

#include <QObject>
#include <QUrl>

class QNetworkAccessManager;
class VenueGate;

// Reads the limits a venue publishes about itself (Binance exchangeInfo `rateLimits`) once at
// start and hands the request-weight limit to the venue's gate, instead of trusting a number
// written here. The request goes through the gate like any other; when it fails the gate keeps
// the configured default.
class RateLimitProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RateLimitProbe)

public:
    static constexpr int TimeoutMs = 5000;

    RateLimitProbe(QNetworkAccessManager *network, VenueGate *gate, QUrl url, QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    void finished(bool applied);

private:
    QNetworkAccessManager *m_network;
    VenueGate *m_gate;
    QUrl m_url;
};
