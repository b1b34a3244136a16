#include "alertrule.h"

QString alertRuleId(AlertRule rule)
{
    switch (rule) {
    case AlertRule::BatchJobStale:
        return QStringLiteral("BatchJobStale");
    case AlertRule::ExternalApiHighErrorRate:
        return QStringLiteral("ExternalApiHighErrorRate");
    case AlertRule::HighCacheMissRate:
        return QStringLiteral("HighCacheMissRate");
    case AlertRule::PremiumRateSpike:
        return QStringLiteral("PremiumRateSpike");
    case AlertRule::RedisConnectionFailed:
        return QStringLiteral("RedisConnectionFailed");
    case AlertRule::KeyRotationDue:
        return QStringLiteral("KeyRotationDue");
    case AlertRule::UserPremiumThreshold:
        return QStringLiteral("UserPremiumThreshold");
    }
    return {};
}

std::optional<AlertRule> alertRuleFromId(const QString &id)
{
    for (int i = 0; i < AlertRuleCount; ++i) {
        if (alertRuleId(static_cast<AlertRule>(i)) == id)
            return static_cast<AlertRule>(i);
    }
    return std::nullopt;
}
