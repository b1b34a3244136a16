#pragma once

#include "coinpremium.h"
#include "marketboard.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

class MarketFeed;
class PollingMarketSource;
class QNetworkAccessManager;

// One coin's premium on every venue pair at once (each Korean spot venue against each perpetual
// venue), for the window's matrix. The feed's own pair is already polled: its batches are taken
// from the feed. The other venues are polled here for that one coin only, through the feed's
// gates, so that their budgets, backoff and bans are the ones the feed would use; more slowly
// than the feed, since the matrix is a glance, not the trading number. The FX rate and the basis
// are the feed's.
//
// Belongs to one feed: the application rebuilds it with the feed.
class PremiumMatrix final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PremiumMatrix)

public:
    static constexpr int DefaultPeriodMs = 2000;

    // `feed` must outlive the matrix (make the matrix its child).
    explicit PremiumMatrix(MarketFeed *feed, QObject *parent = nullptr);
    ~PremiumMatrix() override;

    // The venues of the rows and the columns, in the venue directory's order.
    const QStringList &koreanVenues() const { return m_koreanVenues; }
    const QStringList &foreignVenues() const { return m_foreignVenues; }
    VenuePair feedPair() const;
    const QString &coin() const { return m_coin; }

    // Follows another coin; empty stops asking. Each venue's next cycle asks for it.
    void setCoin(const QString &coin);
    void setPeriodMs(int periodMs);
    // Polling starts by itself with the feed's first period, or here; after stop() it stays off.
    void start();
    void stop();

    // The coin's premium on `pair` now: rates unset while an input is missing, `stale` as the feed
    // judges its own.
    CoinPremium premium(const VenuePair &pair) const;
    // Whether the venue lists the coin; nullopt until its listing is known.
    std::optional<bool> lists(const QString &venue) const;

Q_SIGNALS:
    // New quotes of the coin, or a new period of the feed (new FX, older inputs).
    void updated();

private:
    void addSource(const QString &venue);
    void take(const QuoteBatch &batch);

    QPointer<MarketFeed> m_feed;
    QNetworkAccessManager *m_network;
    MarketBoard m_board;
    QStringList m_koreanVenues;
    QStringList m_foreignVenues;
    QHash<QString, PollingMarketSource *> m_sources; // the venues not in the feed's pair
    QString m_coin;
    int m_periodMs = DefaultPeriodMs;
    bool m_running = false;
    bool m_stopped = false;
};
