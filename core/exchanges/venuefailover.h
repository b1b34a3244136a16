#pragma once

#include "market/fetcherror.h"
#include "market/quote.h"

#include <QObject>
#include <QTimer>

class HttpPoller;

// Chooses which of two pollers of the same input the premium uses. The primary is used while it
// works; once it has failed without a break for `failoverAfterMs` the fallback poller is started
// and its answers are used instead. The primary keeps being asked (within its venue's budgets and
// backoff) and takes over again after RecoveryTicks good answers in a row; the fallback then
// stops. Only the active poller's quotes and failures are passed on.
class VenueFailover final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VenueFailover)

public:
    static constexpr int RecoveryTicks = 3;

    // `fallback` may be null: everything from the primary is passed on.
    VenueFailover(HttpPoller *primary, HttpPoller *fallback, int failoverAfterMs, QObject *parent = nullptr);

    QString primaryVenue() const;
    QString activeVenue() const;
    bool usingFallback() const { return m_usingFallback; }
    // Epoch ms of the primary's first failure in the current run of failures; 0 while it works.
    qint64 primaryFailingSinceMs() const { return m_failingSinceMs; }

    // Stops the fallback poller too; the primary is its owner's to stop.
    void stop();

Q_SIGNALS:
    void quoteReceived(const Quote &quote);
    void fetchFailed(const FetchError &error);
    void activeVenueChanged(const QString &venue, bool fallback);

private:
    void onPrimaryQuote(const Quote &quote);
    void onPrimaryFailure(const FetchError &error);
    void switchTo(bool fallback);

    HttpPoller *m_primary;
    HttpPoller *m_fallback;
    QTimer m_failoverTimer;
    qint64 m_failingSinceMs = 0;
    int m_recoveryTicks = 0;
    bool m_usingFallback = false;
};
