#include "marketfeed.h"

#include "exchanges/httppoller.h"
#include "exchanges/venuefailover.h"
#include "exchanges/venuecatalog.h"
#include "exchanges/venuegates.h"
#include "fx/fxkeeper.h"
#include "observability/logevent.h"
#include "streaming/streamingmarketsource.h"
#include "venues/pollingmarketsource.h"
#include "venues/venuedirectory.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSettings>

#include <algorithm>

Q_LOGGING_CATEGORY(lcMarket, "ps.market", QtInfoMsg)
Q_LOGGING_CATEGORY(lcFxOutlier, "ps.outlier", QtInfoMsg)

namespace {

// The pair's venues are polled every tickerPeriodMs: their backoff and breaker follow that period,
// so that a venue back from an outage is seen within a few periods.
QHash<QString, VenueLimits> pollingLimits(const FeedConfig &config)
{
    QHash<QString, VenueLimits> limits = config.limits;
    for (const QString &venue : { config.koreanVenue, config.koreanFallbackVenue, config.foreignVenue }) {
        const VenueAdapter *adapter = VenueDirectory::standard().find(venue);
        if (adapter)
            limits.insert(venue, limits.value(venue, adapter->limits()).forPollPeriod(config.tickerPeriodMs));
    }
    return limits;
}

// Polling: every venue's poller alone. Streaming: a venue with a push API streams around its
// poller, whose address (a test server's, a proxy's) the sockets follow.
MarketFeed::SourceMaker transportSources(const FeedConfig &config)
{
    if (config.transport == FeedTransport::Poll)
        return {};
    return [streamUrls = config.streamUrls](PollingMarketSource *poller, QObject *parent) -> MarketSource * {
        const VenueStream *stream = VenueDirectory::standard().findStream(poller->venue());
        if (!stream)
            return nullptr;
        auto *source = new StreamingMarketSource(stream, poller, nullptr, parent);
        if (streamUrls.contains(poller->venue()))
            source->setStreamBaseUrl(streamUrls.value(poller->venue()));
        return source;
    };
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

Quote sideQuote(const QString &venue, const QString &coin, const std::optional<Decimal> &price,
                const std::optional<Decimal> &bid, const std::optional<Decimal> &ask, qint64 receivedAtMs, QuoteOrigin origin)
{
    Quote quote;
    quote.venue = venue;
    quote.symbol = coin;
    quote.price = *price;
    quote.receivedAtMs = receivedAtMs;
    quote.fromCache = origin == QuoteOrigin::Cache;
    if (bid && ask)
        quote.book = BookTop{*bid, {}, *ask, {}};
    return quote;
}

} // namespace

MarketFeed::MarketFeed(const FeedConfig &config, QObject *parent)
    : MarketFeed(config, transportSources(config), parent)
{
}

MarketFeed::MarketFeed(const FeedConfig &config, const SourceMaker &makeSource, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_pair{config.koreanVenue, config.foreignVenue}
    , m_network(new QNetworkAccessManager(this))
    , m_state(config.stateFile.isEmpty() ? nullptr : new QSettings(config.stateFile, QSettings::IniFormat, this))
    , m_gates(new VenueGates(pollingLimits(config), m_state, this))
    , m_board(config.outlierShare)
    , m_monitor(config.symbol, config.basis, StalenessPolicy{}, this)
    , m_fxKeeper(new FxKeeper(m_state, this))
    , m_fxGuard(config.outlierShare)
{
    m_monitor.setWatchdogMs(config.tickerPeriodMs * 2);
    m_followed = config.symbols;
    m_followedSet = QSet<QString>(m_followed.cbegin(), m_followed.cend());
    addSource(m_pair.korea, makeSource);
    addSource(m_pair.foreign, makeSource);
    const QString &fallback = config.koreanFallbackVenue;
    if (!fallback.isEmpty() && fallback != m_pair.korea
        && VenueDirectory::standard().ids(VenueSide::KoreanSpot).contains(fallback)) {
        addSource(fallback, makeSource);
        m_failover = new VenueFailover(source(m_pair.korea), source(fallback), config.koreanFailoverMs, this);
    }

    QList<Endpoint> fx;
    for (const QString &source : config.fxSources) {
        if (auto endpoint = VenueCatalog::usdKrw(source, config.baseUrl(source), config.apiKeys.value(source)))
            fx.append(*endpoint);
    }
    m_fxPoller = new HttpPoller(m_network, fx, this);
    m_fxPoller->setPeriodMs(config.fxPeriodMs);
    m_fxPoller->setTimeoutMs(std::min(5000, config.fxPeriodMs));
    m_fxPoller->setRetryAfterFailureMs(30'000);
    m_fxPoller->setGates(m_gates);
    connect(m_fxPoller, &HttpPoller::quoteReceived, this, &MarketFeed::deliverFx);
    connect(m_fxPoller, &HttpPoller::fetchFailed, m_fxKeeper, &FxKeeper::acceptFailure);
    connect(m_fxKeeper, &FxKeeper::rateChanged, &m_monitor, [this](const Quote &quote) { m_monitor.acceptQuote(FeedRole::Fx, quote); });
    connect(m_fxKeeper, &FxKeeper::failed, &m_monitor, [this](const FetchError &error) { m_monitor.acceptFailure(FeedRole::Fx, error); });

    m_watchdog.setSingleShot(true);
    m_watchdog.setInterval(config.tickerPeriodMs * 2);
    connect(&m_watchdog, &QTimer::timeout, this, &MarketFeed::endPeriod);

    if (config.manualFx)
        m_fxKeeper->setManual(config.manualFx);
    m_fxKeeper->restore();
}

MarketFeed::~MarketFeed() = default;

void MarketFeed::addSource(const QString &venue, const SourceMaker &makeSource)
{
    const VenueAdapter *adapter = VenueDirectory::standard().find(venue);
    if (!adapter || m_venues.contains(venue))
        return;
    auto *poller = new PollingMarketSource(adapter, m_network, m_gates, m_config.baseUrls.value(venue), this);
    poller->setPeriodMs(m_config.tickerPeriodMs);
    poller->setTimeoutMs(m_config.tickerTimeoutMs());
    MarketSource *made = makeSource ? makeSource(poller, this) : nullptr;
    MarketSource *source = made ? made : poller;
    m_venues.insert(venue, VenueState{source, poller, std::nullopt, false, false});
    connect(source, &MarketSource::quotesReceived, this, &MarketFeed::onBatch);
    connect(source, &MarketSource::listingChanged, this, [this, venue] { onListing(venue); });
    connect(source, &MarketSource::statusReceived, this, &MarketFeed::acceptStatuses);
    connect(source, &MarketSource::cycleFailed, this, [this, venue](const FetchError &error) {
        VenueState &state = m_venues[venue];
        state.error = error;
        state.everAnswered = true;
    });
    connect(source, &MarketSource::cycleEnded, this, [this, venue] { onCycleEnded(venue); });
}

QStringList MarketFeed::venues() const
{
    QStringList result{m_pair.korea, m_pair.foreign};
    if (m_failover)
        result.append(m_config.koreanFallbackVenue);
    return result;
}

VenuePair MarketFeed::activePair() const
{
    return {m_failover ? m_failover->activeVenue() : m_pair.korea, m_pair.foreign};
}

PollingMarketSource *MarketFeed::poller(const QString &venue) const
{
    return m_venues.value(venue).poller;
}

MarketSource *MarketFeed::source(const QString &venue) const
{
    return m_venues.value(venue).source;
}

bool MarketFeed::listingsKnown() const
{
    for (const QString &venue : {m_pair.korea, m_pair.foreign}) {
        const MarketSource *source = this->source(venue);
        if (!source || source->listed().isEmpty())
            return false;
    }
    return true;
}

void MarketFeed::setManualFx(const std::optional<Decimal> &rate)
{
    m_fxKeeper->setManual(rate);
}

void MarketFeed::setMonitoredCoin(const QString &coin)
{
    if (coin.isEmpty() || coin == m_config.symbol)
        return;
    m_config.symbol = coin;
    m_monitor.setSymbol(coin);
    const VenuePair pair = activePair();
    if (!m_running || !m_venues.value(pair.korea).everAnswered || !m_venues.value(pair.foreign).everAnswered)
        return;
    driveMonitor(m_board.premium(coin, pair, m_fxKeeper->current(), m_config.basis, nowMs()));
}

void MarketFeed::onBatch(const QuoteBatch &batch)
{
    VenueState &state = m_venues[batch.venue];
    state.error.reset();
    state.everAnswered = true;
    // The source logged the batch's own issues; the board's verdicts follow them and are logged here.
    const QList<DataIssue> issues = m_board.apply(batch);
    for (qsizetype i = 0; i < issues.size(); ++i) {
        if (i >= batch.issues.size())
            logIssue(issues[i]);
        Q_EMIT dataIssue(issues[i]);
    }
    Q_EMIT quotesApplied(batch);
    if (batch.isStreamed())
        publishStreamed(batch);
}

void MarketFeed::publishStreamed(const QuoteBatch &batch)
{
    const VenuePair pair = activePair();
    if (!m_running || (batch.venue != pair.korea && batch.venue != pair.foreign))
        return;
    // As a period: nothing to say while the other venue's first answer is on its way.
    if (!m_venues.value(pair.korea).everAnswered || !m_venues.value(pair.foreign).everAnswered)
        return;
    const qint64 now = nowMs();
    const std::optional<Quote> fx = m_fxKeeper->current();
    QList<CoinPremium> premiums;
    premiums.reserve(batch.quotes.size());
    for (const MarketQuote &quote : batch.quotes) {
        if (!m_followedSet.contains(quote.coin))
            continue;
        // A batch carries a coin once, except where a venue sends a coin's book and trade together.
        const bool repeated = std::any_of(premiums.cbegin(), premiums.cend(),
                                          [&quote](const CoinPremium &premium) { return premium.coin == quote.coin; });
        if (!repeated)
            premiums.append(premiumOf(quote.coin, pair, fx, now));
    }
    if (!premiums.isEmpty())
        Q_EMIT coinsUpdated(premiums);
}

void MarketFeed::acceptStatuses(const QList<CoinStatus> &statuses)
{
    m_board.apply(statuses);
    Q_EMIT statusReceived(statuses);
}

void MarketFeed::acceptCached(const QuoteBatch &batch)
{
    onBatch(batch);
    onCycleEnded(batch.venue);
}


void MarketFeed::logIssue(const DataIssue &issue)
{
    // A crossed book can last for minutes: the first time and then every hundredth, not every second.
    const int count = ++m_issueCounts[issue.venue + u'/' + issue.coin + u'/' + DataIssue::kindName(issue.kind)];
    if (count == 1 || count % 100 == 0)
        LogEvent::warning(lcMarket(), "data_issue",
                          {{QStringLiteral("venue"), issue.venue}, {QStringLiteral("coin"), issue.coin},
                           {QStringLiteral("kind"), DataIssue::kindName(issue.kind)}, {QStringLiteral("detail"), issue.detail},
                           {QStringLiteral("count"), count}});
}

void MarketFeed::onListing(const QString &venue)
{
    if (venue == m_config.koreanFallbackVenue && m_failover)
        return;  // the fallback follows the pair's coins; it does not choose them
    if (!listingsKnown())
        return;
    const InstrumentSet &korea = source(m_pair.korea)->listed();
    const InstrumentSet &foreign = source(m_pair.foreign)->listed();
    QStringList common;
    for (const Instrument &instrument : korea.all()) {
        if (foreign.byCoin(instrument.coin))
            common.append(instrument.coin);
    }
    QStringList followed;
    QStringList unpaired;
    if (m_config.symbols.isEmpty()) {
        followed = common;
    } else {
        const QSet<QString> listed(common.cbegin(), common.cend());
        for (const QString &coin : m_config.symbols)
            (listed.contains(coin) ? followed : unpaired).append(coin);
    }
    const QSet<QString> kept(followed.cbegin(), followed.cend());
    QStringList dropped;
    for (const QString &coin : std::as_const(m_followed)) {
        if (!kept.contains(coin))
            dropped.append(coin);
    }
    for (auto it = m_venues.cbegin(); it != m_venues.cend(); ++it)
        m_board.forget(it.key(), dropped);
    const bool changed = followed != m_followed || unpaired != m_unpaired;
    m_followed = followed;
    m_followedSet = QSet<QString>(m_followed.cbegin(), m_followed.cend());
    m_unpaired = unpaired;
    for (const VenueState &state : std::as_const(m_venues))
        state.source->follow(m_followed);
    if (changed)
        Q_EMIT coinsChanged(m_followed, m_unpaired);
}

void MarketFeed::onCycleEnded(const QString &venue)
{
    auto it = m_venues.find(venue);
    if (it == m_venues.end())
        return;
    it->ended = true;
    const VenuePair active = activePair();
    if (m_venues.value(active.korea).ended && m_venues.value(active.foreign).ended)
        endPeriod();
}

void MarketFeed::endPeriod()
{
    if (!m_running)
        return;
    for (VenueState &state : m_venues)
        state.ended = false;
    m_watchdog.start();

    const VenuePair pair = activePair();
    // Nothing to say while the first answers are on their way; a venue that failed has its reason.
    if (!m_venues.value(pair.korea).everAnswered || !m_venues.value(pair.foreign).everAnswered)
        return;
    const qint64 now = nowMs();
    const std::optional<Quote> fx = m_fxKeeper->current();
    QList<CoinPremium> premiums;
    premiums.reserve(m_followed.size());
    for (const QString &coin : std::as_const(m_followed)) {
        CoinPremium premium = premiumOf(coin, pair, fx, now);
        if (coin == m_config.symbol)
            driveMonitor(premium);
        premiums.append(std::move(premium));
    }
    Q_EMIT cycled(premiums);
}

CoinPremium MarketFeed::premiumOf(const QString &coin, const VenuePair &pair, const std::optional<Quote> &fx,
                                  qint64 now) const
{
    CoinPremium premium = m_board.premium(coin, pair, fx, m_config.basis, now);
    if (fx)
        premium.fxSource = fx->venue;
    premium.reason = reasonFor(premium, now);
    premium.stale = premium.stale || !premium.rate || !premium.reason.isEmpty();
    return premium;
}

QString MarketFeed::sideReason(const QString &venue, const std::optional<Decimal> &price, qint64 receivedAtMs,
                               qint64 now) const
{
    const VenueState state = m_venues.value(venue);
    if (state.error)
        return state.error->describe();
    if (!price)
        return state.everAnswered ? QStringLiteral("no quote for this coin") : QStringLiteral("no answer yet");
    const qint64 ageMs = now - receivedAtMs;
    if (m_board.policy().isStale(FeedRole::KoreanSpot, ageMs))
        return QStringLiteral("last value %1 s old").arg(ageMs / 1000);
    return {};
}

// The words of today's headless lines: "korea: HTTP 502; fx: last value 960 s old".
QString MarketFeed::reasonFor(const CoinPremium &premium, qint64 now) const
{
    QStringList parts;
    const QString korea = sideReason(premium.pair.korea, premium.koreaPrice, premium.koreaReceivedAtMs, now);
    if (!korea.isEmpty())
        parts.append(QStringLiteral("korea: ") + korea);
    const QString foreign = sideReason(premium.pair.foreign, premium.foreignPrice, premium.foreignReceivedAtMs, now);
    if (!foreign.isEmpty())
        parts.append(QStringLiteral("foreign: ") + foreign);
    const FeedStatus fx = m_monitor.status(FeedRole::Fx);
    if (!premium.fx)
        parts.append(QStringLiteral("fx: ") + (fx.error ? fx.error->describe() : QStringLiteral("no answer yet")));
    else if (m_board.policy().isStale(FeedRole::Fx, now - premium.fxReceivedAtMs))
        parts.append(QStringLiteral("fx: last value %1 s old").arg((now - premium.fxReceivedAtMs) / 1000));
    return parts.join(QStringLiteral("; "));
}

// The window's coin keeps its one-pair path: the monitor gets this period's two quotes (or the
// venue's failure) exactly as the pollers used to hand them over.
void MarketFeed::driveMonitor(const CoinPremium &premium)
{
    const auto drive = [this, &premium](FeedRole role, const QString &venue, const std::optional<Decimal> &price,
                                        const std::optional<Decimal> &bid, const std::optional<Decimal> &ask,
                                        qint64 receivedAtMs, QuoteOrigin origin) {
        const VenueState state = m_venues.value(venue);
        if (state.error) {
            m_monitor.acceptFailure(role, *state.error);
        } else if (price) {
            Quote quote = sideQuote(venue, premium.coin, price, bid, ask, receivedAtMs, origin);
            if (role == FeedRole::KoreanSpot)
                quote.volume24h = premium.koreaVolume24h;
            m_monitor.acceptQuote(role, quote);
        }
    };
    drive(FeedRole::KoreanSpot, premium.pair.korea, premium.koreaPrice, premium.koreaBid, premium.koreaAsk,
          premium.koreaReceivedAtMs, premium.koreaOrigin);
    drive(FeedRole::ForeignPerp, premium.pair.foreign, premium.foreignPrice, premium.foreignBid, premium.foreignAsk,
          premium.foreignReceivedAtMs, premium.foreignOrigin);
}

void MarketFeed::deliverFx(const Quote &quote)
{
    const OutlierGuard::Verdict verdict = m_fxGuard.offer(quote);
    for (const OutlierEvent &event : verdict.events) {
        LogEvent::warning(lcFxOutlier(), "outlier",
                          {{QStringLiteral("feed"), feedRoleId(FeedRole::Fx)}, {QStringLiteral("decision"), OutlierEvent::kindId(event.kind)},
                           {QStringLiteral("venue"), event.quote.venue}, {QStringLiteral("price"), event.quote.price.toString()},
                           {QStringLiteral("reference"), event.reference.toString()}, {QStringLiteral("move"), event.move.toString()}});
        Q_EMIT outlierReported(FeedRole::Fx, event);
    }
    if (verdict.accepted)
        m_fxKeeper->acceptLive(*verdict.accepted);
}

void MarketFeed::start()
{
    m_running = true;
    for (const QString &venue : {m_pair.korea, m_pair.foreign}) {
        if (MarketSource *source = this->source(venue))
            source->start();
    }
    m_fxPoller->start();
    m_watchdog.start();
}

void MarketFeed::stop()
{
    m_running = false;
    m_watchdog.stop();
    for (const VenueState &state : std::as_const(m_venues))
        state.source->stop();
    if (m_failover)
        m_failover->stop();
    m_fxPoller->stop();
}
