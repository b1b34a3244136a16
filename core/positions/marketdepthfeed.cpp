#include "marketdepthfeed.h"

#include "exchanges/httppoller.h"
#include "exchanges/venuecatalog.h"

#include <QNetworkAccessManager>

MarketDepthFeed::MarketDepthFeed(const FeedConfig &config, QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_depth.symbol = config.symbol.toUpper();
    const QUrl korea = config.baseUrl(config.koreanVenue);
    const QUrl foreign = config.baseUrl(config.foreignVenue);
    makePoller(Source::KoreanBook, VenueCatalog::koreanSpotBook(config.koreanVenue, config.symbol, korea), config.tickerPeriodMs);
    makePoller(Source::ForeignBook, VenueCatalog::foreignPerpBook(config.foreignVenue, config.symbol, foreign), config.tickerPeriodMs);
    makePoller(Source::Funding, VenueCatalog::foreignPerpFunding(config.foreignVenue, config.symbol, foreign), DefaultFundingPeriodMs);
    for (HttpPoller *poller : m_pollers)
        poller->setTimeoutMs(config.tickerTimeoutMs());
}

MarketDepthFeed::~MarketDepthFeed() = default;

void MarketDepthFeed::makePoller(Source source, const std::optional<Endpoint> &endpoint, int periodMs)
{
    QList<Endpoint> endpoints;
    if (endpoint)
        endpoints.append(*endpoint);
    auto *poller = new HttpPoller(m_network, endpoints, this);
    poller->setPeriodMs(periodMs);
    poller->setRetryAfterFailureMs(periodMs);
    connect(poller, &HttpPoller::quoteReceived, this, [this, source](const Quote &quote) { accept(source, quote); });
    connect(poller, &HttpPoller::fetchFailed, this, [this, source](const FetchError &error) {
        Q_EMIT fetchFailed(source, error);
    });
    m_pollers[static_cast<int>(source)] = poller;
}

void MarketDepthFeed::setFundingPeriodMs(int periodMs)
{
    poller(Source::Funding)->setPeriodMs(periodMs);
    poller(Source::Funding)->setRetryAfterFailureMs(periodMs);
}

void MarketDepthFeed::setGates(VenueGates *gates)
{
    for (HttpPoller *poller : m_pollers)
        poller->setGates(gates);
}

void MarketDepthFeed::setFx(const Quote &fx)
{
    m_depth.fx = fx;
    Q_EMIT depthChanged(m_depth);
}

void MarketDepthFeed::accept(Source source, const Quote &quote)
{
    switch (source) {
    case Source::KoreanBook:
        m_depth.korea = quote;
        break;
    case Source::ForeignBook:
        m_depth.foreign = quote;
        break;
    case Source::Funding:
        m_depth.funding = quote;
        if (const auto settled = m_settlement.observe(quote))
            Q_EMIT fundingSettled(*settled);
        break;
    }
    Q_EMIT depthChanged(m_depth);
}

void MarketDepthFeed::start()
{
    for (HttpPoller *poller : m_pollers)
        poller->start();
}

void MarketDepthFeed::stop()
{
    for (HttpPoller *poller : m_pollers)
        poller->stop();
}
