#pragma once

#include "backoff.h"
#include "circuitbreaker.h"

#include <QByteArray>
#include <QString>

class QSettings;

// How hard one venue may be asked and how to behave when it refuses. The budgets are the seed's
// (SPEC section 3) and are user settings; the failure handling numbers are contracts of the
// resilience issue and only tests shorten them.
struct VenueLimits
{
    int requestsPerSecond = 0; // 0: no per-second budget
    int requestsPerDay = 0; // 0: no daily quota
    int weightPerMinute = 0; // until the venue publishes its own (Binance exchangeInfo)
    QByteArray usedWeightHeader;
    qint64 backoffBaseMs = Backoff::DefaultBaseMs;
    qint64 backoffCapMs = Backoff::DefaultCapMs;
    // After an outage (5xx, error pages, timeouts, refused connections) the backoff draws below
    // this instead; a 429 or 418 keeps backoffCapMs. forPollPeriod lowers it for a ticker.
    qint64 outageBackoffCapMs = Backoff::DefaultCapMs;
    CircuitBreaker::Policy breaker;
    // A ban (HTTP 418) without a stated end lasts at least this long.
    qint64 minBanMs = 120'000;

    // The venue's adapter's (VenueAdapter::limits), FX sources 1000/day.
    static VenueLimits defaults(const QString &venue);
    // The defaults with the budgets the user changed ("limits/<venue>/perSecond", "perDay",
    // "weightPerMinute").
    static VenueLimits read(const QSettings &settings, const QString &venue);
    // These limits for a venue polled every `periodMs`: after an outage it is asked again within
    // two periods, and an open breaker holds it no longer than that, so that a venue back from a
    // short outage is seen within a few periods. Retry-After and bans still hold for as long as
    // the venue asked.
    VenueLimits forPollPeriod(qint64 periodMs) const;
    void writeBudgets(QSettings &settings, const QString &venue) const;
};
