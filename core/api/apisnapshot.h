#pragma once

#include "apidatasource.h"

#include <QHash>
#include <QMutex>

class MetricsRegistry;

// An ApiDataSource that serves the last values it was given. The application's thread sets them
// when its own signals fire; the server's thread reads them. Every read copies implicitly shared
// data under a mutex held for a few pointer copies, so neither thread ever waits on the other's work.
// The metrics are the exception: the registry is safe from any thread, so each scrape takes its
// snapshot then, current to the request rather than to the last signal.
class ApiSnapshot final : public ApiDataSource
{
    Q_DISABLE_COPY_MOVE(ApiSnapshot)

public:
    ApiSnapshot() = default;

    // The headless line of `symbol` (PremiumJson::line); the coin is followed from now on.
    void setPremium(const QString &symbol, const QByteArray &premiumJson);
    void setTickers(const QByteArray &jsonArray);
    void setPositions(const QByteArray &jsonArray);
    void setAlerts(const QByteArray &jsonArray);
    void setHealth(const ApiHealth &health);
    // Served by `/metrics` until replaced; it must outlive the server. Null serves no metrics.
    void setMetrics(const MetricsRegistry *registry);

    QByteArray premiums() const override;
    std::optional<QByteArray> premium(const QString &symbol) const override;
    QByteArray tickers() const override;
    QByteArray positions() const override;
    QByteArray alerts() const override;
    ApiHealth health() const override;
    QList<MetricFamily> metrics() const override;

private:
    mutable QMutex m_mutex;
    QStringList m_symbols; // in the order they were first seen
    QHash<QString, QByteArray> m_premiums;
    QByteArray m_tickers = QByteArrayLiteral("[]");
    QByteArray m_positions = QByteArrayLiteral("[]");
    QByteArray m_alerts = QByteArrayLiteral("[]");
    ApiHealth m_health;
    const MetricsRegistry *m_registry = nullptr;
};
