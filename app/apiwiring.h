#pragma once

#include "api/apiserverconfig.h"
#include "api/apisnapshot.h"
#include "premium/premiumsample.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class ApiServer;
class LiveFeed;
class PositionBook;

// The local API of a run: an ApiSnapshot kept up to date from the application's signals (on this
// thread, each a few small serialisations) and the ApiServer that serves it from its own thread.
// The premium is the headless line (PremiumJson), the positions the `position` command's records
// (PositionExport): one format each, whatever asks.
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
    void setFeed(LiveFeed *feed);
    void setPositions(PositionBook *book);

    const ApiSnapshot *snapshot() const { return &m_snapshot; }

    // How long without a new premium before `premium` counts as a failing job (the seed's 5 s).
    static constexpr qint64 PremiumStaleMs = 5000;

Q_SIGNALS:
    void listening(quint16 port);
    void failed(const ApiFailure &failure);

private:
    void onSample(const PremiumSample &sample);
    void refreshFeeds();
    void refreshPositions();
    void refreshMetrics();

    // Declared before the server, which reads it until destroyed.
    ApiSnapshot m_snapshot;
    std::unique_ptr<ApiServer> m_server;
    QPointer<LiveFeed> m_feed;
    QPointer<PositionBook> m_book;
    QList<QMetaObject::Connection> m_feedConnections;
    QHash<QString, PremiumSample> m_latest;
};
