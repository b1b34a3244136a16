#include "apisnapshot.h"

#include "observability/metricsregistry.h"

#include <QMutexLocker>

void ApiSnapshot::setPremium(const QString &symbol, const QByteArray &premiumJson)
{
    const QMutexLocker lock(&m_mutex);
    if (!m_premiums.contains(symbol))
        m_symbols.append(symbol);
    m_premiums.insert(symbol, premiumJson);
}

void ApiSnapshot::setTickers(const QByteArray &jsonArray)
{
    const QMutexLocker lock(&m_mutex);
    m_tickers = jsonArray;
}

void ApiSnapshot::setPositions(const QByteArray &jsonArray)
{
    const QMutexLocker lock(&m_mutex);
    m_positions = jsonArray;
}

void ApiSnapshot::setAlerts(const QByteArray &jsonArray)
{
    const QMutexLocker lock(&m_mutex);
    m_alerts = jsonArray;
}

void ApiSnapshot::setHealth(const ApiHealth &health)
{
    const QMutexLocker lock(&m_mutex);
    m_health = health;
}

void ApiSnapshot::setMetrics(const MetricsRegistry *registry)
{
    const QMutexLocker lock(&m_mutex);
    m_registry = registry;
}

QByteArray ApiSnapshot::premiums() const
{
    QList<QByteArray> lines;
    {
        const QMutexLocker lock(&m_mutex);
        for (const QString &symbol : m_symbols)
            lines.append(m_premiums.value(symbol));
    }
    return '[' + lines.join(',') + ']';
}

std::optional<QByteArray> ApiSnapshot::premium(const QString &symbol) const
{
    const QMutexLocker lock(&m_mutex);
    const auto it = m_premiums.constFind(symbol);
    if (it == m_premiums.cend())
        return std::nullopt;
    return *it;
}

QByteArray ApiSnapshot::tickers() const
{
    const QMutexLocker lock(&m_mutex);
    return m_tickers;
}

QByteArray ApiSnapshot::positions() const
{
    const QMutexLocker lock(&m_mutex);
    return m_positions;
}

QByteArray ApiSnapshot::alerts() const
{
    const QMutexLocker lock(&m_mutex);
    return m_alerts;
}

ApiHealth ApiSnapshot::health() const
{
    const QMutexLocker lock(&m_mutex);
    return m_health;
}

QList<MetricFamily> ApiSnapshot::metrics() const
{
    const MetricsRegistry *registry = nullptr;
    {
        const QMutexLocker lock(&m_mutex);
        registry = m_registry;
    }
    return registry ? registry->snapshot() : QList<MetricFamily>();
}
