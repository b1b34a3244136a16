#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

// The alert rules: the seed's (section 6.3, under its names), key rotation, and the user's own
// premium thresholds. Core names them; widgets/ turns them into translated text.
enum class AlertRule {
    BatchJobStale, // a job's last success is older than its limit
    ExternalApiHighErrorRate, // a venue's or API's failed share over the window is too high
    HighCacheMissRate, // the shared cache misses too often (with Redis)
    PremiumRateSpike, // a coin's premium moved too far within the window
    RedisConnectionFailed, // the configured Redis is unreachable
    KeyRotationDue, // a stored key is old enough to be replaced
    UserPremiumThreshold, // the user's "above X / below Y" on a coin and venue pair
};

inline constexpr int AlertRuleCount = 7;

QString alertRuleId(AlertRule rule); // the seed's name: "BatchJobStale", ...
std::optional<AlertRule> alertRuleFromId(const QString &id);

Q_DECLARE_METATYPE(AlertRule)
