#pragma once

#include "alertrule.h"

#include "market/decimal.h"

#include <QJsonObject>
#include <QMetaType>

#include <optional>

// One change of an alert: a rule began to fire for a subject, or stopped. A value type, handed to
// the alert log, the tray and the headless stderr alike.
struct AlertEvent
{
    enum class Kind { Fired, Cleared };

    AlertRule rule = AlertRule::BatchJobStale;
    Kind kind = Kind::Fired;
    // What the rule fired for: a job (`ticker:bithumb`), a venue, a cache, a coin, a key id, or
    // for a user alert the coin and its pair (`BTC bithumb/binance`).
    QString subject;
    // The measured value and the limit it crossed, in the rule's unit: seconds of age (job
    // stale), percent (error and miss rates), percentage points (spike), percent (user
    // threshold), days (key age). Empty for Redis, which has no value.
    std::optional<Decimal> value;
    std::optional<Decimal> threshold;
    // User alerts: "above" or "below"; empty otherwise.
    QString direction;
    qint64 atMs = 0;
    // False when the rule is muted, within its cooldown, or for a clear: log it, do not pop it up.
    bool notify = false;

    // {"event":"alert","rule":"BatchJobStale","state":"fired","subject":...,"value":"7",...}
    QJsonObject toJson() const;
};

Q_DECLARE_METATYPE(AlertEvent)
