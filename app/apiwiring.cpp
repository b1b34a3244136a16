#include "apiwiring.h"

#include "api/apiserver.h"
#include "positions/positionbook.h"
#include "positions/positionexport.h"
#include "premium/livefeed.h"
#include "premium/premiumjson.h"

#include <QDateTime>
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

MetricFamily gauge(const QString &name, const QString &help)
{
    MetricFamily family;
    family.name = name;
    family.help = help;
    family.type = MetricFamily::Type::Gauge;
    return family;
}

} // namespace

ApiWiring::ApiWiring(QObject *parent)
    : QObject(parent)
{
    refreshMetrics();
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

void ApiWiring::setFeed(LiveFeed *feed)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_feedConnections))
        disconnect(connection);
    m_feedConnections.clear();
    m_feed = feed;
    if (feed) {
        m_feedConnections.append(connect(feed->monitor(), &PremiumMonitor::sampled, this, &ApiWiring::onSample));
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

void ApiWiring::onSample(const PremiumSample &sample)
{
    m_latest.insert(sample.symbol, sample);
    m_snapshot.setPremium(sample.symbol, PremiumJson::line(sample));
    refreshMetrics();
}

void ApiWiring::refreshFeeds()
{
    QJsonArray tickers;
    ApiHealth health;
    if (m_feed) {
        const PremiumMonitor *monitor = m_feed->monitor();
        for (int i = 0; i < FeedRoleCount; ++i) {
            const FeedStatus status = monitor->status(static_cast<FeedRole>(i));
            tickers.append(tickerJson(status));
            if (status.state == FeedStatus::State::Failing)
                health.failing.append(
                    { feedRoleId(status.role), status.error ? status.error->describe() : QStringLiteral("failing") });
            else if (status.state == FeedStatus::State::Stale)
                health.failing.append(
                    { feedRoleId(status.role), QStringLiteral("no fresh value for %1 s").arg(status.ageMs / 1000) });
        }
        const qint64 premiumAgeMs
            = monitor->latest() ? QDateTime::currentMSecsSinceEpoch() - monitor->latest()->observedAtMs : 0;
        if (premiumAgeMs > PremiumStaleMs)
            health.failing.append(
                { QStringLiteral("premium"), QStringLiteral("no premium for %1 s").arg(premiumAgeMs / 1000) });
    }
    m_snapshot.setTickers(QJsonDocument(tickers).toJson(QJsonDocument::Compact));
    m_snapshot.setHealth(health);
}

void ApiWiring::refreshPositions()
{
    QJsonArray positions;
    if (m_book) {
        for (const Position &position : m_book->positions())
            positions.append(PositionExport::json({ position, m_book->valuation(position.id) }, m_book->basis()));
    }
    m_snapshot.setPositions(QJsonDocument(positions).toJson(QJsonDocument::Compact));
    refreshMetrics();
}

void ApiWiring::refreshMetrics()
{
    // The seed's premium, FX and position gauges. Values for graphs, so doubles; the premium is the
    // rounded rate of the JSON routes, so that both say the same.
    MetricFamily premium
        = gauge(QStringLiteral("premium.rate.current"), QStringLiteral("The latest premium in percent."));
    MetricFamily fx
        = gauge(QStringLiteral("fx.rate.current"), QStringLiteral("The USD/KRW rate of the latest premium."));
    for (const PremiumSample &sample : std::as_const(m_latest)) {
        premium.samples.append({ { { QStringLiteral("symbol"), sample.symbol },
                                   { QStringLiteral("basis"), premiumBasisId(sample.basis) } },
                                 sample.rate.toDouble(),
                                 {},
                                 0,
                                 0 });
        if (fx.samples.isEmpty())
            fx.samples.append(
                { { { QStringLiteral("pair"), QStringLiteral("USD/KRW") } }, sample.fx.price.toDouble(), {}, 0, 0 });
    }
    QList<MetricFamily> families { premium, fx };
    // Only a run that holds the positions (the window) knows how many are open.
    if (m_book) {
        MetricFamily open = gauge(QStringLiteral("position.open.count"), QStringLiteral("Open positions."));
        open.samples.append({ {}, static_cast<double>(m_book->openCount()), {}, 0, 0 });
        families.append(open);
    }
    m_snapshot.setMetrics(families);
}
