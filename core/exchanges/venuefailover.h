#pragma once

#include <QObject>
#include <QTimer>

class MarketSource;

// Chooses which of two sources of the same side the premium uses. The primary is used while it
// works; once its cycles have failed without a break for `failoverAfterMs` the fallback source is
// started and used instead. The primary keeps being asked (within its venue's budgets and
// backoff) and takes over again after RecoveryTicks good cycles in a row; the fallback then stops.
class VenueFailover final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VenueFailover)

public:
    static constexpr int RecoveryTicks = 3;

    // `fallback` may be null: the primary is always the active one.
    VenueFailover(MarketSource *primary, MarketSource *fallback, int failoverAfterMs, QObject *parent = nullptr);

    QString primaryVenue() const;
    QString activeVenue() const;
    bool usingFallback() const { return m_usingFallback; }
    // Epoch ms of the primary's first failure in the current run of failures; 0 while it works.
    qint64 primaryFailingSinceMs() const { return m_failingSinceMs; }
    // Stops the fallback source too; the primary is its owner's to stop.
    void stop();

Q_SIGNALS:
    void activeVenueChanged(const QString &venue, bool fallback);

private:
    void onPrimaryCycle();
    void switchTo(bool fallback);

    MarketSource *m_primary;
    MarketSource *m_fallback;
    QTimer m_failoverTimer;
    qint64 m_failingSinceMs = 0;
    int m_recoveryTicks = 0;
    bool m_cycleFailed = false;
    bool m_usingFallback = false;
    bool m_running = true;
};
