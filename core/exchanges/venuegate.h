#pragma once

#include "dailyquota.h"
#include "replyfacts.h"
#include "requestbudget.h"
#include "venuehealth.h"
#include "venuelimits.h"
#include "weightbudget.h"

#include <QObject>
#include <QUrl>

class QSettings;

// The one place that decides whether a venue may be asked now. Every poller that talks to the
// venue consults the same gate before each request and reports each reply to it, so the budgets,
// the backoff, Retry-After, bans and the circuit breaker hold for the venue as a whole, whatever
// number of feeds ask it.
//
// A request is either held for a moment (a budget has no room yet: the caller waits) or blocked
// (the venue must not be asked now: a feed with other sources skips to the next, others report
// the reason for this cycle). Bans and Retry-After survive a restart through the state file,
// kept per venue and server (scheme, host and port): a ban from a test server given on the
// command line never holds the real venue, nor the other way round.
class VenueGate final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VenueGate)

public:
    struct Admission
    {
        qint64 waitMs = 0;
        std::optional<FetchError> blocked;
    };

    // `baseUrl` is the server asked (empty: the venue's real address).
    VenueGate(QString venue, VenueLimits limits, QSettings *state, const QUrl &baseUrl = {}, QObject *parent = nullptr);

    // "https_fapi.binance.com_443": names one server in the state file and in VenueGates.
    static QString serverId(const QUrl &baseUrl);

    const QString &venue() const { return m_venue; }
    const QString &server() const { return m_server; }
    const VenueLimits &limits() const { return m_limits; }

    Admission admit(int weight, qint64 nowMs);
    void onSent(int weight, qint64 nowMs);
    // `error` is null for a usable answer. Returns how long the venue asked not to be called
    // (Retry-After or a ban), if it did.
    std::optional<qint64> onReply(const ReplyFacts &facts, const FetchError *error, qint64 nowMs);
    // A reply that says nothing about the venue's health (a side request such as exchangeInfo)
    // still reports the weight used.
    void noteUsedWeight(const ReplyFacts &facts, qint64 nowMs);
    // From the venue's own published limits.
    void setWeightLimit(int limit, qint64 windowMs);

    VenueHealth health(qint64 nowMs) const;
    // For tests: reproducible jitter.
    void seedBackoff(quint32 seed) { m_backoff.seed(seed); }

Q_SIGNALS:
    void healthChanged(const VenueHealth &health);

private:
    FetchError holdError(FetchError::Kind kind, qint64 untilMs, qint64 nowMs, const QString &why) const;
    void hold(qint64 &untilField, const char *stateKey, qint64 untilMs);
    QString stateKey(const char *name) const;
    void restoreHolds();
    void onFailure(const ReplyFacts &facts, const FetchError &error, qint64 nowMs);
    void publish(qint64 nowMs);

    QString m_venue;
    QString m_server;
    VenueLimits m_limits;
    QSettings *m_state;
    RequestBudget m_perSecond;
    WeightBudget m_weight;
    DailyQuota m_daily;
    Backoff m_backoff;
    CircuitBreaker m_breaker;
    qint64 m_bannedUntilMs = 0;
    qint64 m_retryAfterUntilMs = 0;
    qint64 m_backoffUntilMs = 0;
    std::optional<FetchError> m_lastError;
};
