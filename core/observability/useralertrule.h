#pragma once

#include "market/decimal.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

class QSettings;
struct PremiumSample;

// The user's own alert: "tell me when <coin>'s premium on <Korean venue>/<foreign venue> goes
// above X or below Y". Fires once per crossing: after firing above X it re-arms only when the
// premium is back below X − hysteresis (below Y: above Y + hysteresis).
//
// Kept in the settings (QSettings, group `userAlerts`), not in the history database: they are the
// user's preferences like the thresholds beside them, must load when the database is locked,
// unreachable or a MariaDB shared with other users, and stay with the user's profile.
struct UserAlertRule
{
    QString id; // stable across edits: the engine keeps each rule's crossing state by it
    QString symbol;
    QString koreaVenue;
    QString foreignVenue;
    std::optional<Decimal> above; // percent
    std::optional<Decimal> below; // percent
    Decimal hysteresis = Decimal::fromParts(10, 2); // percentage points
    bool enabled = true;

    bool matches(const PremiumSample &sample) const;
    // "BTC bithumb/binance": the subject of its alert events.
    QString subject() const;

    static QList<UserAlertRule> load(QSettings &settings);
    static void save(QSettings &settings, const QList<UserAlertRule> &rules);
    // A fresh id for a new rule.
    static QString newId();

    bool operator==(const UserAlertRule &) const = default;
};

Q_DECLARE_METATYPE(UserAlertRule)
