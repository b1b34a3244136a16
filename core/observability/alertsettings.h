#pragma once

#include "alertrule.h"

#include "market/decimal.h"

#include <QSet>
#include <QString>

class QSettings;

// The alert rules' thresholds, typed, with the seed's and SPEC's values as defaults. Read from and
// written to the settings group `alerts/`; a missing or out-of-range value is the default.
struct AlertSettings
{
    // BatchJobStale: how old each kind of job's last success may be (SPEC section 7).
    qint64 tickerStaleMs = 5'000;
    qint64 fxStaleMs = 15 * 60'000;
    qint64 premiumStaleMs = 5'000;
    // The span every rate and move is measured over.
    qint64 windowMs = 5 * 60'000;
    // ExternalApiHighErrorRate and HighCacheMissRate fire above these shares (percent) of the
    // window's requests or reads, once the window holds at least `minSamples` of them (one
    // failure out of two is noise, not a rate).
    int apiErrorRatePercent = 10;
    int cacheMissRatePercent = 30;
    int minSamples = 10;
    // PremiumRateSpike: the largest move within the window, in percentage points.
    Decimal premiumSpikePoints = Decimal::fromInteger(2);
    // A rate or spike rule clears only once its value is this share (percent) below the
    // threshold, so that a value hovering at the threshold does not fire again and again.
    int hysteresisPercent = 20;
    // KeyRotationDue fires from this key age (RotationPolicy warns from day 85).
    int keyRotationDays = 85;
    // A rule that fires again this soon after its last notification is logged, not notified.
    qint64 cooldownMs = 10 * 60'000;
    QSet<AlertRule> muted;

    // The stale limit of a job by name: `ticker:*`, `fx` or `premium`.
    qint64 staleAfterMs(const QString &job) const;
    bool isMuted(AlertRule rule) const { return muted.contains(rule); }

    static AlertSettings load(const QSettings &settings);
    void save(QSettings &settings) const;

    bool operator==(const AlertSettings &) const = default;
};
