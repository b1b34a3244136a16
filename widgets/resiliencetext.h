#pragma once

#include "exchanges/outlierevent.h"
#include "exchanges/venuehealth.h"
#include "fx/fxkeeper.h"
#include "premium/feedrole.h"
#include "streaming/streamsocketstatus.h"

#include <QCoreApplication>
#include <QString>

// Words for what the resilience parts of core report: a venue's standing (backoff, breaker, ban,
// budgets), the Korean venue in use, outlier decisions and where the FX rate comes from.
class ResilienceText final
{
    Q_DECLARE_TR_FUNCTIONS(ResilienceText)

public:
    ResilienceText() = delete;

    // "OK", "Banned until 14:03:00", "Circuit open until 14:00:31", "Probing after an outage",
    // "Backing off after 3 failures", "Asked to wait until 14:00:05", "Daily budget used".
    static QString venueState(const VenueHealth &health, qint64 nowMs);
    // True when the venue is held back by anything but a short budget wait.
    static bool isHeldBack(const VenueHealth &health, qint64 nowMs);
    // "Weight 1,234 of 2,400 per minute", "312 of 1,000 requests today"; empty when the venue has no such budget.
    static QString budgetText(const VenueHealth &health);
    // "Premium uses Bithumb" / "Premium uses Upbit: Bithumb failing for 12 s".
    static QString koreanVenueText(const QString &activeVenue, const QString &primaryVenue, bool fallback,
                                   qint64 failingForMs);
    // "Bithumb tick 100,000,000 held back (−22.81 %), waiting for confirmation" and the like.
    static QString outlierText(FeedRole role, const OutlierEvent &event);
    // "Live from Dunamu", "Saved rate from Dunamu, 3 h old", "Manual rate"
    static QString fxOriginText(FxKeeper::Origin origin, const std::optional<Quote> &quote, qint64 nowMs);
    // "Binance public: open · 12.5 messages/s · round trip 41 ms" (a socket of a venue's stream);
    // the round trip is left out until a keep-alive was answered.
    static QString socketText(const StreamSocketStatus &status);
    // "14:03:00", or with the date when it is not today.
    static QString clockText(qint64 epochMs, qint64 nowMs);
};
