#include "livefeed.h"

#include "exchanges/httppoller.h"
#include "exchanges/ratelimitprobe.h"
#include "exchanges/venuecatalog.h"
#include "exchanges/venuefailover.h"
#include "exchanges/venuegates.h"
#include "fx/fxkeeper.h"
#include "observability/logevent.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSettings>

Q_LOGGING_CATEGORY(lcOutlier, "ps.outlier", QtInfoMsg)

namespace {

// The tickers' venues are polled every tickerPeriodMs: their backoff and breaker follow that
// period, so that a venue back from an outage is seen within a few periods.
QHash<QString, VenueLimits> pollingLimits(const FeedConfig &config)
{
    QHash<QString, VenueLimits> limits = config.limits;
    for (const QString &venue : { config.koreanVenue, config.koreanFallbackVenue, config.foreignVenue }) {
        if (!venue.isEmpty())
            limits.insert(venue,
                          limits.value(venue, VenueLimits::defaults(venue)).forPollPeriod(config.tickerPeriodMs));
    }
    return limits;
}

} // namespace

LiveFeed::LiveFeed(const FeedConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_network(new QNetworkAccessManager(this))
    , m_state(config.stateFile.isEmpty() ? nullptr : new QSettings(config.stateFile, QSettings::IniFormat, this))
    , m_gates(new VenueGates(pollingLimits(config), m_state, this))
    , m_monitor(config.symbol, config.basis, StalenessPolicy{}, this)
    , m_guards{OutlierGuard(config.outlierShare), OutlierGuard(config.outlierShare), OutlierGuard(config.outlierShare)}
    , m_fxKeeper(new FxKeeper(m_state, this))
{
    m_monitor.setWatchdogMs(config.tickerPeriodMs * 2);

    QList<Endpoint> korea;
    if (auto endpoint = VenueCatalog::koreanSpot(config.koreanVenue, config.symbol, config.baseUrl(config.koreanVenue)))
        korea.append(*endpoint);
    QList<Endpoint> foreign;
    if (auto endpoint = VenueCatalog::foreignPerp(config.foreignVenue, config.symbol, config.baseUrl(config.foreignVenue)))
        foreign.append(*endpoint);
    QList<Endpoint> fx;
    for (const QString &source : config.fxSources) {
        if (auto endpoint = VenueCatalog::usdKrw(source, config.baseUrl(source), config.apiKeys.value(source)))
            fx.append(*endpoint);
    }

    makePoller(FeedRole::KoreanSpot, korea, config.tickerPeriodMs);
    makePoller(FeedRole::ForeignPerp, foreign, config.tickerPeriodMs);
    HttpPoller *fxPoller = makePoller(FeedRole::Fx, fx, config.fxPeriodMs);
    fxPoller->setTimeoutMs(std::min(5000, config.fxPeriodMs));
    fxPoller->setRetryAfterFailureMs(30'000);

    m_koreanFallback = makeFallbackPoller();
    m_failover = new VenueFailover(poller(FeedRole::KoreanSpot), m_koreanFallback, config.koreanFailoverMs, this);
    connect(m_failover, &VenueFailover::quoteReceived, this, [this](const Quote &quote) { deliver(FeedRole::KoreanSpot, quote); });
    connect(m_failover, &VenueFailover::fetchFailed, &m_monitor, [this](const FetchError &error) {
        m_monitor.acceptFailure(FeedRole::KoreanSpot, error);
    });
    connect(poller(FeedRole::ForeignPerp), &HttpPoller::quoteReceived, this, [this](const Quote &quote) {
        deliver(FeedRole::ForeignPerp, quote);
    });
    connect(poller(FeedRole::ForeignPerp), &HttpPoller::fetchFailed, &m_monitor, [this](const FetchError &error) {
        m_monitor.acceptFailure(FeedRole::ForeignPerp, error);
    });
    connect(fxPoller, &HttpPoller::quoteReceived, this, [this](const Quote &quote) { deliver(FeedRole::Fx, quote); });
    connect(fxPoller, &HttpPoller::fetchFailed, m_fxKeeper, &FxKeeper::acceptFailure);
    connect(m_fxKeeper, &FxKeeper::rateChanged, &m_monitor, [this](const Quote &quote) { m_monitor.acceptQuote(FeedRole::Fx, quote); });
    connect(m_fxKeeper, &FxKeeper::failed, &m_monitor, [this](const FetchError &error) { m_monitor.acceptFailure(FeedRole::Fx, error); });

    if (auto url = VenueCatalog::publishedLimits(config.foreignVenue, config.baseUrl(config.foreignVenue)))
        m_limitsProbe = new RateLimitProbe(
            m_network, m_gates->gate(config.foreignVenue, config.baseUrl(config.foreignVenue)), *url, this);
    if (config.manualFx)
        m_fxKeeper->setManual(config.manualFx);
    m_fxKeeper->restore();
}

LiveFeed::~LiveFeed() = default;

HttpPoller *LiveFeed::newPoller(QList<Endpoint> endpoints, int periodMs)
{
    auto *poller = new HttpPoller(m_network, std::move(endpoints), this);
    poller->setPeriodMs(periodMs);
    poller->setTimeoutMs(m_config.tickerTimeoutMs());
    poller->setRetryAfterFailureMs(periodMs);
    poller->setGates(m_gates);
    return poller;
}

HttpPoller *LiveFeed::makePoller(FeedRole role, QList<Endpoint> endpoints, int periodMs)
{
    HttpPoller *poller = newPoller(std::move(endpoints), periodMs);
    m_pollers[static_cast<int>(role)] = poller;
    return poller;
}

HttpPoller *LiveFeed::makeFallbackPoller()
{
    const QString &venue = m_config.koreanFallbackVenue;
    if (venue.isEmpty() || venue == m_config.koreanVenue)
        return nullptr;
    const auto endpoint = VenueCatalog::koreanSpot(venue, m_config.symbol, m_config.baseUrl(venue));
    if (!endpoint)
        return nullptr;
    return newPoller({*endpoint}, m_config.tickerPeriodMs);
}

void LiveFeed::deliver(FeedRole role, const Quote &quote)
{
    OutlierGuard &guard = m_guards[static_cast<int>(role)];
    const OutlierGuard::Verdict verdict = guard.offer(quote);
    for (const OutlierEvent &event : verdict.events) {
        LogEvent::warning(lcOutlier(), "outlier",
                          {{QStringLiteral("feed"), feedRoleId(role)}, {QStringLiteral("decision"), OutlierEvent::kindId(event.kind)},
                           {QStringLiteral("venue"), event.quote.venue}, {QStringLiteral("price"), event.quote.price.toString()},
                           {QStringLiteral("reference"), event.reference.toString()}, {QStringLiteral("move"), event.move.toString()}});
        Q_EMIT outlierReported(role, event);
    }
    if (role == FeedRole::Fx) {
        if (verdict.accepted)
            m_fxKeeper->acceptLive(*verdict.accepted);
        return;
    }
    // A held tick still ends the cycle, with the last accepted value and its true age.
    if (const std::optional<Quote> &shown = verdict.accepted ? verdict.accepted : guard.lastAccepted())
        m_monitor.acceptQuote(role, *shown);
}

void LiveFeed::setManualFx(const std::optional<Decimal> &rate)
{
    m_fxKeeper->setManual(rate);
}

void LiveFeed::start()
{
    for (HttpPoller *poller : m_pollers)
        poller->start();
    if (m_limitsProbe)
        m_limitsProbe->start();
}

void LiveFeed::stop()
{
    for (HttpPoller *poller : m_pollers)
        poller->stop();
    m_failover->stop();
}
