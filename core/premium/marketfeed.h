#pragma once

#include "coinpremium.h"
#include "feedconfig.h"
#include "marketboard.h"
#include "premiummonitor.h"

#include "exchanges/outlierguard.h"
#include "venues/quotebatch.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>
#include <optional>

class FxKeeper;
class HttpPoller;
class MarketSource;
class PollingMarketSource;
class QNetworkAccessManager;
class QSettings;
class VenueFailover;
class VenueGates;
struct OutlierEvent;

// Every followed coin on one venue pair, once a period: a market source per venue of the pair
// feeds a MarketBoard (which validates every value), the FX feeds give the rate, and each period
// ends with the premium of every coin (`cycled`). The coin the window shows also drives a
// PremiumMonitor, so the cards, the chart, the history and the positions see one coin's samples
// as before.
//
// A period ends when both venues have ended their cycle (replied, failed, or been served from the
// shared cache), or after two periods of silence, so that a dead venue still gives one line per
// period with the reason.
//
// Each venue has a poller; with the stream transport a venue that has a push API gets a streaming
// source around its poller (which lists, reads wallet states and polls the coins whose stream is
// silent). A streamed batch does not wait for the period: the premiums of the coins it carried are
// emitted at once (`coinsUpdated`), and `cycled` still gives every coin once a period.
class MarketFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarketFeed)

public:
    // Makes the source of one venue around its poller (the source's child or owner, as it likes;
    // the feed is the parent); null keeps the poller alone. Called for every venue of the feed.
    using SourceMaker = std::function<MarketSource *(PollingMarketSource *poller, QObject *parent)>;

    // Streams where config.transport asks it and the venue has a push API.
    explicit MarketFeed(const FeedConfig &config, QObject *parent = nullptr);
    // Tests and benchmarks: their own source around each poller.
    MarketFeed(const FeedConfig &config, const SourceMaker &makeSource, QObject *parent = nullptr);
    ~MarketFeed() override;

    const FeedConfig &config() const { return m_config; }
    // The configured pair; activePair() has the Korean fallback venue while it stands in.
    const VenuePair &pair() const { return m_pair; }
    VenuePair activePair() const;
    // The venues of the pair (Korean first), and the Korean fallback when one is configured.
    QStringList venues() const;
    // Null when no Korean fallback venue is configured.
    VenueFailover *koreanFailover() const { return m_failover; }
    // The venue's poller: what the shared feed gates and what counts requests, whatever the transport.
    PollingMarketSource *poller(const QString &venue) const;
    // What the feed reads the venue from: its streaming source, or the poller itself.
    MarketSource *source(const QString &venue) const;
    PremiumMonitor *monitor() { return &m_monitor; }
    VenueGates *gates() const { return m_gates; }
    FxKeeper *fxKeeper() const { return m_fxKeeper; }
    HttpPoller *fxPoller() const { return m_fxPoller; }
    const MarketBoard &board() const { return m_board; }

    // The coins with a premium each period: the asked ones (all when none were asked) that both
    // venues list; until both listings are known, the asked ones.
    const QStringList &followedCoins() const { return m_followed; }
    // Asked coins that one venue of the pair does not list.
    const QStringList &unpairedCoins() const { return m_unpaired; }
    bool listingsKnown() const;

    void setManualFx(const std::optional<Decimal> &rate);
    // The coin the monitor follows (the window's selected row): its cards and chart start over with
    // the coin's current quotes, without waiting for the next period.
    void setMonitoredCoin(const QString &coin);
    // A follower's quotes of a venue (every coin of it), read from the shared cache: validated
    // like polled ones, and they end that venue's cycle.
    void acceptCached(const QuoteBatch &batch);
    // A venue's wallet and caution states, polled here or read from the shared cache.
    void acceptStatuses(const QList<CoinStatus> &statuses);

    void start();
    void stop();

Q_SIGNALS:
    // Once a period: the premium of every followed coin, in followedCoins() order.
    void cycled(const QList<CoinPremium> &premiums);
    // As soon as a streamed batch is accepted: the premium of each followed coin it carried on the
    // active pair (in the batch's order), computed as `cycled` computes it. Never emitted by polling.
    void coinsUpdated(const QList<CoinPremium> &premiums);
    // Both listings are known (again): which coins are followed, which asked ones are not paired.
    void coinsChanged(const QStringList &followed, const QStringList &unpaired);
    void dataIssue(const DataIssue &issue);
    // A venue's batch, polled, streamed or from the shared cache, once the board has taken what passes.
    void quotesApplied(const QuoteBatch &batch);
    void statusReceived(const QList<CoinStatus> &statuses);
    void outlierReported(FeedRole role, const OutlierEvent &event);

private:
    struct VenueState
    {
        MarketSource *source = nullptr;
        PollingMarketSource *poller = nullptr;
        std::optional<FetchError> error;
        bool ended = false;
        bool everAnswered = false;
    };

    void addSource(const QString &venue, const SourceMaker &makeSource);
    void onBatch(const QuoteBatch &batch);
    void publishStreamed(const QuoteBatch &batch);
    // The coin's premium on the pair now, with the feed's reason for an input that is not fresh.
    CoinPremium premiumOf(const QString &coin, const VenuePair &pair, const std::optional<Quote> &fx,
                          qint64 nowMs) const;
    void onListing(const QString &venue);
    void onCycleEnded(const QString &venue);
    void endPeriod();
    QString reasonFor(const CoinPremium &premium, qint64 nowMs) const;
    QString sideReason(const QString &venue, const std::optional<Decimal> &price, qint64 receivedAtMs, qint64 nowMs) const;
    void driveMonitor(const CoinPremium &premium);
    void deliverFx(const Quote &quote);
    void logIssue(const DataIssue &issue);

    FeedConfig m_config;
    VenuePair m_pair;
    QNetworkAccessManager *m_network;
    QSettings *m_state = nullptr;
    VenueGates *m_gates;
    MarketBoard m_board;
    PremiumMonitor m_monitor;
    FxKeeper *m_fxKeeper;
    HttpPoller *m_fxPoller = nullptr;
    OutlierGuard m_fxGuard;
    QHash<QString, VenueState> m_venues;
    VenueFailover *m_failover = nullptr;
    QStringList m_followed;
    QSet<QString> m_followedSet; // m_followed, for the streamed batches' lookups
    QStringList m_unpaired;
    QHash<QString, int> m_issueCounts;  // per venue, coin and kind
    QTimer m_watchdog;
    bool m_running = false;
};
