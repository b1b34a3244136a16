#pragma once

#include "circuitbreaker.h"
#include "market/fetcherror.h"

#include <QMetaType>
#include <QString>

#include <optional>

// What the window and the logs need to know about one venue's standing: is it being asked, and
// if not, why and until when. Times are epoch milliseconds; 0 means "not set".
struct VenueHealth
{
    QString venue;
    CircuitBreaker::State breaker = CircuitBreaker::State::Closed;
    qint64 breakerOpenUntilMs = 0;
    qint64 bannedUntilMs = 0;
    qint64 retryAfterUntilMs = 0;
    qint64 backoffUntilMs = 0;
    int consecutiveFailures = 0;
    int failuresInWindow = 0;
    int usedWeight = 0;
    int weightLimit = 0;
    int requestsToday = 0;
    int dailyLimit = 0;
    std::optional<FetchError> lastError;

    bool isBanned(qint64 nowMs) const { return bannedUntilMs > nowMs; }
};

Q_DECLARE_METATYPE(VenueHealth)
