#include "alerttext.h"

namespace {

QString number(const std::optional<Decimal> &value)
{
    return value ? value->toString() : QStringLiteral("?");
}

QString venueName(const QString &id)
{
    return id.isEmpty() ? id : id.at(0).toUpper() + id.mid(1);
}

} // namespace

QString AlertText::ruleName(AlertRule rule)
{
    switch (rule) {
    case AlertRule::BatchJobStale:
        return tr("Feed stale");
    case AlertRule::ExternalApiHighErrorRate:
        return tr("API error rate");
    case AlertRule::HighCacheMissRate:
        return tr("Cache miss rate");
    case AlertRule::PremiumRateSpike:
        return tr("Premium spike");
    case AlertRule::RedisConnectionFailed:
        return tr("Redis connection lost");
    case AlertRule::KeyRotationDue:
        return tr("Key rotation due");
    case AlertRule::UserPremiumThreshold:
        return tr("Premium threshold");
    }
    return {};
}

QString AlertText::stateText(AlertEvent::Kind kind)
{
    return kind == AlertEvent::Kind::Fired ? tr("Fired") : tr("Cleared");
}

QString AlertText::subjectText(const QString &subject)
{
    if (subject.startsWith(u"ticker:"))
        return tr("%1 ticker").arg(venueName(subject.mid(7)));
    if (subject == u"fx")
        return tr("USD/KRW rate");
    if (subject == u"premium")
        return tr("Premium");
    return subject;
}

QString AlertText::message(const AlertEvent &event)
{
    const QString subject = subjectText(event.subject);
    const QString value = number(event.value);
    const QString limit = number(event.threshold);
    const bool fired = event.kind == AlertEvent::Kind::Fired;
    switch (event.rule) {
    case AlertRule::BatchJobStale:
        return fired ? tr("%1 has had no fresh value for %2 s (limit %3 s)").arg(subject, value, limit)
                     : tr("%1 is fresh again").arg(subject);
    case AlertRule::ExternalApiHighErrorRate:
        return fired ? tr("%1 failed %2 % of requests in 5 minutes (limit %3 %)").arg(venueName(subject), value, limit)
                     : tr("%1 answers again (%2 % failed)").arg(venueName(subject), value);
    case AlertRule::HighCacheMissRate:
        return fired ? tr("The shared %1 cache missed %2 % of reads (limit %3 %)").arg(subject, value, limit)
                     : tr("The shared %1 cache hits again").arg(subject);
    case AlertRule::PremiumRateSpike:
        return fired ? tr("%1 premium moved %2 points within 5 minutes (limit %3)").arg(subject, value, limit)
                     : tr("%1 premium has calmed down").arg(subject);
    case AlertRule::RedisConnectionFailed:
        return fired ? tr("Redis is unreachable: every instance polls on its own") : tr("Redis is back");
    case AlertRule::KeyRotationDue:
        return fired ? tr("%1 is %2 days old: replace it (from day %3)").arg(subject, value, limit)
                     : tr("%1 no longer needs rotating").arg(subject);
    case AlertRule::UserPremiumThreshold:
        if (!fired)
            return tr("%1 premium is back across %2 %").arg(subject, limit);
        return event.direction == u"below" ? tr("%1 premium went below %2 %: %3 %").arg(subject, limit, value)
                                           : tr("%1 premium went above %2 %: %3 %").arg(subject, limit, value);
    }
    return {};
}

QString AlertText::healthText(JobHealth::State state)
{
    switch (state) {
    case JobHealth::State::Waiting:
        return tr("Waiting");
    case JobHealth::State::Healthy:
        return tr("Healthy");
    case JobHealth::State::Stale:
        return tr("Stale");
    }
    return {};
}
