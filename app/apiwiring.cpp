#include "apiwiring.h"

#include "observabilitywiring.h"

#include "api/apiserver.h"
#include "positions/positionbook.h"
#include "positions/positionexport.h"
#include "premium/marketfeed.h"
#include "premium/premiumjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcApi, "ps.api")

namespace {

QString stateId(FeedStatus::State state)
{
    switch (state) {
    case FeedStatus::State::Waiting:
        return QStringLiteral("waiting");
    case FeedStatus::State::Live:
        return QStringLiteral("live");
    case FeedStatus::State::Stale:
        return QStringLiteral("stale");
    case FeedStatus::State::Failing:
        return QStringLiteral("failing");
    }
    return QString();
}

QJsonValue decimalOrNull(const std::optional<Decimal> &value)
{
    return value ? QJsonValue(value->toString()) : QJsonValue(QJsonValue::Null);
}

QJsonObject tickerJson(const FeedStatus &status)
{
    const std::optional<Quote> &quote = status.lastQuote;
    const auto book = [&](Decimal BookTop::*side) {
        return quote && quote->book ? decimalOrNull((*quote->book).*side) : QJsonValue(QJsonValue::Null);
    };
    return {
        { QStringLiteral("role"), feedRoleId(status.role) },
        { QStringLiteral("venue"), quote ? QJsonValue(quote->venue) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("symbol"), quote ? QJsonValue(quote->symbol) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("price"), quote ? decimalOrNull(quote->price) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("bid"), book(&BookTop::bid) },
        { QStringLiteral("ask"), book(&BookTop::ask) },
        { QStringLiteral("received_at"),
          quote ? QJsonValue(PremiumJson::isoUtc(quote->receivedAtMs)) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("state"), stateId(status.state) },
        { QStringLiteral("age_ms"), status.ageMs },
        { QStringLiteral("error"), status.error ? QJsonValue(status.error->describe()) : QJsonValue(QJsonValue::Null) },
    };
}

} // namespace

ApiWiring::ApiWiring(QObject *parent)
    : QObject(parent)
{
}

ApiWiring::~ApiWiring() = default;

void ApiWiring::serve(const std::optional<ApiServerConfig> &config)
{
    m_server.reset();
    if (!config)
        return;
    m_server = std::make_unique<ApiServer>(&m_snapshot, *config);
    connect(m_server.get(), &ApiServer::listening, this, [this, address = config->address](quint16 port) {
        qCInfo(lcApi).noquote() << "API listening on" << address.toString() + u':' + QString::number(port);
        Q_EMIT listening(port);
    });
    connect(m_server.get(), &ApiServer::failed, this, [this](const ApiFailure &failure) {
        qCWarning(lcApi).noquote() << "API not served:" << failure.describe();
        Q_EMIT failed(failure);
    });
    m_server->start();
}

void ApiWiring::setFeed(MarketFeed *feed)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_feedConnections))
        disconnect(connection);
    m_feedConnections.clear();
    m_feed = feed;
    if (feed) {
        m_feedConnections.append(connect(feed, &MarketFeed::cycled, this, &ApiWiring::onCycle));
        // A pushed premium is served as soon as its headless line is printed.
        m_feedConnections.append(connect(feed, &MarketFeed::coinsUpdated, this, &ApiWiring::onCycle));
        // Statuses come every second: tickers, ages and health follow them.
        m_feedConnections.append(
            connect(feed->monitor(), &PremiumMonitor::feedStatusChanged, this, &ApiWiring::refreshFeeds));
    }
    refreshFeeds();
}

void ApiWiring::setPositions(PositionBook *book)
{
    if (m_book)
        disconnect(m_book, nullptr, this, nullptr);
    m_book = book;
    if (book) {
        connect(book, &PositionBook::positionsReset, this, &ApiWiring::refreshPositions);
        connect(book, &PositionBook::positionAdded, this, &ApiWiring::refreshPositions);
        connect(book, &PositionBook::positionChanged, this, &ApiWiring::refreshPositions);
        connect(book, &PositionBook::positionRemoved, this, &ApiWiring::refreshPositions);
        connect(book, &PositionBook::valuationsUpdated, this, &ApiWiring::refreshPositions);
    }
    refreshPositions();
}

void ApiWiring::observe(ObservabilityWiring *observability)
{
    if (m_observability)
        disconnect(m_observability, nullptr, this, nullptr);
    m_observability = observability;
    m_snapshot.setMetrics(observability ? observability->registry() : nullptr);
    if (observability) {
        connect(observability, &ObservabilityWiring::evaluated, this, &ApiWiring::refreshHealth);
        connect(observability->alerts(), &AlertEngine::alertRaised, this, &ApiWiring::onAlert);
    }
    refreshHealth();
}

void ApiWiring::onCycle(const QList<CoinPremium> &premiums)
{
    for (const CoinPremium &premium : premiums)
        m_snapshot.setPremium(premium.coin, PremiumJson::line(premium));
}

void ApiWiring::refreshFeeds()
{
    QJsonArray tickers;
    if (m_feed) {
        for (int i = 0; i < FeedRoleCount; ++i)
            tickers.append(tickerJson(m_feed->monitor()->status(static_cast<FeedRole>(i))));
    }
    m_snapshot.setTickers(QJsonDocument(tickers).toJson(QJsonDocument::Compact));
}

void ApiWiring::refreshPositions()
{
    QJsonArray positions;
    if (m_book) {
        for (const Position &position : m_book->positions())
            positions.append(PositionExport::json({ position, m_book->valuation(position.id) }, m_book->basis()));
    }
    m_snapshot.setPositions(QJsonDocument(positions).toJson(QJsonDocument::Compact));
}

void ApiWiring::refreshHealth()
{
    // Unhealthy exactly when the health board says stale, which is when BatchJobStale fires.
    ApiHealth health;
    if (m_observability) {
        const HealthBoard *board = m_observability->health();
        const qint64 now = board->now();
        for (const QString &name : board->jobs()) {
            const JobHealth *job = board->job(name);
            if (job->state(now) != JobHealth::State::Stale)
                continue;
            QString reason = QStringLiteral("no fresh value for %1 s (limit %2 s)")
                                 .arg(job->ageMs(now) / 1000)
                                 .arg(job->staleAfterMs() / 1000);
            if (const int errors = job->errors(now); errors > 0)
                reason += QStringLiteral("; %1 of %2 requests failed in the last 5 min")
                              .arg(errors)
                              .arg(job->attempts(now));
            health.failing.append({ name, reason });
        }
    }
    m_snapshot.setHealth(health);
}

void ApiWiring::onAlert(const AlertEvent &event)
{
    m_alerts.prepend(QJsonDocument(event.toJson()).toJson(QJsonDocument::Compact));
    if (m_alerts.size() > AlertLimit)
        m_alerts.removeLast();
    m_snapshot.setAlerts('[' + m_alerts.join(',') + ']');
}
