#pragma once

#include "api/apiserverconfig.h"
#include "api/apisnapshot.h"
#include "premium/coinpremium.h"

#include <QByteArrayList>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class ApiServer;
class MarketFeed;
class ObservabilityWiring;
class PositionBook;
struct AlertEvent;

// The local API of a run: an ApiSnapshot kept up to date from the application's signals (on this
// thread, each a few small serialisations) and the ApiServer that serves it from its own thread.
// The premium is the headless line (PremiumJson), the positions the `position` command's records
// (PositionExport), the alerts the headless stderr line's (AlertEvent::toJson), health the
// health board's job states and the metrics the registry's: one format and one definition each,
// whatever asks.
class ApiWiring final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiWiring)

public:
    explicit ApiWiring(QObject *parent = nullptr);
    ~ApiWiring() override;

    // Serves with `config` (a running server is replaced); nullopt stops serving.
    void serve(const std::optional<ApiServerConfig> &config);
    // Follows `feed`'s premium and inputs; nullptr detaches (before the feed is destroyed).
    void setFeed(MarketFeed *feed);
    void setPositions(PositionBook *book);
    // Serves `observability`'s metrics, the health of its jobs (as of its last evaluation) and its
    // alerts from now on. It must outlive the server (declare it before this).
    void observe(ObservabilityWiring *observability);

    const ApiSnapshot *snapshot() const { return &m_snapshot; }

    // The newest alert events served; older ones are in the log (and the window's Alerts dock).
    static constexpr qsizetype AlertLimit = 100;

Q_SIGNALS:
    void listening(quint16 port);
    void failed(const ApiFailure &failure);

private:
    void onCycle(const QList<CoinPremium> &premiums);
    void refreshFeeds();
    void refreshPositions();
    void refreshHealth();
    void onAlert(const AlertEvent &event);

    // Declared before the server, which reads it until destroyed.
    ApiSnapshot m_snapshot;
    std::unique_ptr<ApiServer> m_server;
    QPointer<MarketFeed> m_feed;
    QPointer<PositionBook> m_book;
    QPointer<ObservabilityWiring> m_observability;
    QList<QMetaObject::Connection> m_feedConnections;
    QByteArrayList m_alerts; // serialised, newest first
};
