#include "livefeed.h"

#include "exchanges/httppoller.h"
#include "exchanges/venuecatalog.h"

#include <QNetworkAccessManager>

LiveFeed::LiveFeed(const FeedConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_network(new QNetworkAccessManager(this))
    , m_monitor(config.symbol, config.basis, StalenessPolicy{}, this)
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
        if (auto endpoint = VenueCatalog::usdKrw(source, config.baseUrl(source)))
            fx.append(*endpoint);
    }

    makePoller(FeedRole::KoreanSpot, korea, config.tickerPeriodMs);
    makePoller(FeedRole::ForeignPerp, foreign, config.tickerPeriodMs);
    HttpPoller *fxPoller = makePoller(FeedRole::Fx, fx, config.fxPeriodMs);
    fxPoller->setTimeoutMs(std::min(5000, config.fxPeriodMs));
    fxPoller->setRetryAfterFailureMs(30'000);
}

LiveFeed::~LiveFeed() = default;

HttpPoller *LiveFeed::makePoller(FeedRole role, QList<Endpoint> endpoints, int periodMs)
{
    auto *poller = new HttpPoller(m_network, std::move(endpoints), this);
    poller->setPeriodMs(periodMs);
    poller->setTimeoutMs(m_config.tickerTimeoutMs());
    poller->setRetryAfterFailureMs(periodMs);
    connect(poller, &HttpPoller::quoteReceived, &m_monitor, [this, role](const Quote &quote) {
        m_monitor.acceptQuote(role, quote);
    });
    connect(poller, &HttpPoller::fetchFailed, &m_monitor, [this, role](const FetchError &error) {
        m_monitor.acceptFailure(role, error);
    });
    m_pollers[static_cast<int>(role)] = poller;
    return poller;
}

void LiveFeed::start()
{
    for (HttpPoller *poller : m_pollers)
        poller->start();
}

void LiveFeed::stop()
{
    for (HttpPoller *poller : m_pollers)
        poller->stop();
}
