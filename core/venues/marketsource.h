#pragma once

#include "coinstatus.h"
#include "instrumentset.h"
#include "quotebatch.h"

#include "exchanges/requestoutcome.h"
#include "market/fetcherror.h"

#include <QObject>

// Where one venue's quotes come from: polled over HTTP today, pushed over a socket later, read
// from the shared cache for a follower. The market feed only sees this interface, so a source of
// any kind plugs in without the feed knowing the venue or the transport.
class MarketSource : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarketSource)

public:
    explicit MarketSource(QObject *parent = nullptr)
        : QObject(parent)
    {
    }

    virtual QString venue() const = 0;
    // Reads the listing, then delivers quotes until stop().
    virtual void start() = 0;
    virtual void stop() = 0;
    // What the venue lists now (empty until the first listing arrived).
    virtual const InstrumentSet &listed() const = 0;
    // Restricts the quote requests to these coins (the coins both venues of the pair list, or the
    // ones asked on the command line); empty follows every listed coin.
    virtual void follow(const QStringList &coins) = 0;

Q_SIGNALS:
    void listingChanged(const InstrumentSet &listed);
    void quotesReceived(const QuoteBatch &batch);
    void statusReceived(const QList<CoinStatus> &statuses);
    // A cycle of this venue gave no quotes at all: transport, HTTP or the venue's own error, or
    // the venue's gate holding requests back (backoff, ban, open breaker).
    void cycleFailed(const FetchError &error);
    // After each cycle, successful or not, so that consumers can close their period.
    void cycleEnded();
    // Every request sent, as it ends (metrics, health).
    void requestFinished(const RequestOutcome &outcome);
};
