#include "premiummatrix.h"

#include "marketfeed.h"

#include "fx/fxkeeper.h"
#include "venues/pollingmarketsource.h"
#include "venues/venuedirectory.h"

#include <QDateTime>
#include <QNetworkAccessManager>

#include <limits>

PremiumMatrix::PremiumMatrix(MarketFeed *feed, QObject *parent)
    : QObject(parent)
    , m_feed(feed)
    , m_network(new QNetworkAccessManager(this))
    , m_board(feed->config().outlierShare)
    , m_koreanVenues(VenueDirectory::standard().ids(VenueSide::KoreanSpot))
    , m_foreignVenues(VenueDirectory::standard().ids(VenueSide::Perpetual))
{
    const VenuePair pair = feed->pair();
    for (const QString &venue : m_koreanVenues + m_foreignVenues) {
        if (venue != pair.korea && venue != pair.foreign)
            addSource(venue);
    }
    connect(feed, &MarketFeed::quotesApplied, this, &PremiumMatrix::take);
    connect(feed, &MarketFeed::cycled, this, [this] {
        // With the feed's first period: a feed that never runs costs the other venues nothing.
        if (!m_running && !m_stopped)
            start();
        Q_EMIT updated();
    });
}

PremiumMatrix::~PremiumMatrix() = default;

void PremiumMatrix::addSource(const QString &venue)
{
    auto *source = new PollingMarketSource(VenueDirectory::standard().find(venue), m_network, m_feed->gates(),
                                           m_feed->config().baseUrls.value(venue), this);
    source->setPeriodMs(m_periodMs);
    // Wallet states are the table's business (the feed's pair): asked once at start, not every minute.
    source->setStatusPeriodMs(std::numeric_limits<int>::max());
    connect(source, &MarketSource::quotesReceived, this, &PremiumMatrix::take);
    connect(source, &MarketSource::listingChanged, this, &PremiumMatrix::updated);
    m_sources.insert(venue, source);
}

VenuePair PremiumMatrix::feedPair() const
{
    return m_feed ? m_feed->pair() : VenuePair {};
}

void PremiumMatrix::setCoin(const QString &coin)
{
    if (coin == m_coin)
        return;
    for (const QString &venue : m_koreanVenues + m_foreignVenues)
        m_board.forget(venue, { m_coin });
    m_coin = coin;
    for (PollingMarketSource *source : std::as_const(m_sources)) {
        // An empty list would follow every coin the venue lists.
        if (coin.isEmpty()) {
            source->stop();
            continue;
        }
        source->follow({ coin });
        if (m_running && !source->isRunning())
            source->start();
    }
    Q_EMIT updated();
}

void PremiumMatrix::setPeriodMs(int periodMs)
{
    m_periodMs = periodMs;
    for (PollingMarketSource *source : std::as_const(m_sources))
        source->setPeriodMs(periodMs);
}

void PremiumMatrix::start()
{
    m_running = true;
    if (m_coin.isEmpty())
        return;
    for (PollingMarketSource *source : std::as_const(m_sources)) {
        source->follow({ m_coin });
        source->start();
    }
}

void PremiumMatrix::stop()
{
    m_running = false;
    m_stopped = true;
    for (PollingMarketSource *source : std::as_const(m_sources))
        source->stop();
}

void PremiumMatrix::take(const QuoteBatch &batch)
{
    if (m_coin.isEmpty())
        return;
    QuoteBatch mine;
    mine.venue = batch.venue;
    mine.request = batch.request;
    mine.receivedAtMs = batch.receivedAtMs;
    for (const MarketQuote &quote : batch.quotes) {
        if (quote.coin == m_coin)
            mine.quotes.append(quote);
    }
    if (mine.quotes.isEmpty())
        return;
    m_board.apply(mine);
    Q_EMIT updated();
}

CoinPremium PremiumMatrix::premium(const VenuePair &pair) const
{
    std::optional<Quote> fx;
    PremiumBasis basis = PremiumBasis::Seed;
    if (m_feed) {
        fx = m_feed->fxKeeper()->current();
        basis = m_feed->config().basis;
    }
    CoinPremium premium = m_board.premium(m_coin, pair, fx, basis, QDateTime::currentMSecsSinceEpoch());
    premium.stale = premium.stale || !premium.rate;
    return premium;
}

std::optional<bool> PremiumMatrix::lists(const QString &venue) const
{
    const MarketSource *source = m_sources.value(venue);
    if (!source && m_feed)
        source = m_feed->poller(venue);
    if (!source || source->listed().isEmpty())
        return std::nullopt;
    return source->listed().byCoin(m_coin) != nullptr;
}
