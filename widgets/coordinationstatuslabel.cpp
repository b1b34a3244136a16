#include "coordinationstatuslabel.h"

#include <QEvent>

CoordinationStatusLabel::CoordinationStatusLabel(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("coordinationStatus"));
    refresh();
}

void CoordinationStatusLabel::setStatus(const SharedFeedStatus &status)
{
    if (status == m_status)
        return;
    m_status = status;
    refresh();
}

QString CoordinationStatusLabel::roleText(const SharedFeedStatus &status)
{
    switch (status.role) {
    case SharedFeedStatus::Role::Polling:
        return tr("Polling for all instances");
    case SharedFeedStatus::Role::Following:
        return status.leaderId.isEmpty() ? tr("Following the shared feed") : tr("Following %1").arg(status.leaderId);
    case SharedFeedStatus::Role::Alone:
        break;
    }
    return tr("Alone");
}

QString CoordinationStatusLabel::redisText(const SharedFeedStatus &status)
{
    switch (status.redis) {
    case SharedFeedStatus::RedisState::Off:
        return tr("shared feed off");
    case SharedFeedStatus::RedisState::Connecting:
        return tr("Redis connecting…");
    case SharedFeedStatus::RedisState::Connected:
        return tr("Redis connected");
    case SharedFeedStatus::RedisState::Unreachable:
        break;
    }
    if (status.passwordRefused)
        return tr("Redis refused the password");
    return tr("Redis unreachable, retrying");
}

void CoordinationStatusLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QLabel::changeEvent(event);
}

void CoordinationStatusLabel::refresh()
{
    QStringList parts{roleText(m_status)};
    if (!m_status.instanceId.isEmpty())
        parts << tr("instance %1").arg(m_status.instanceId);
    parts << redisText(m_status);
    setText(parts.join(QStringLiteral(" · ")));

    QStringList tip;
    if (!m_status.redisUrl.isEmpty())
        tip << tr("Shared feed: %1").arg(m_status.redisUrl);
    if (m_status.redis == SharedFeedStatus::RedisState::Unreachable) {
        if (m_status.passwordRefused)
            tip << tr("Set the Redis password under Settings → API keys (headless: PREMIUM_SPREAD_REDIS_PASSWORD).");
        tip << tr("Every instance polls the exchanges on its own until Redis is back.");
        if (!m_status.lastError.isEmpty())
            tip << tr("Last error: %1").arg(m_status.lastError);
    }
    if (m_status.refusedWrites > 0)
        tip << tr("Stale writes refused: %1 (this instance was paused while another one took over).").arg(m_status.refusedWrites);
    setToolTip(tip.join(u'\n'));
    // A window polling on its own because Redis is gone should not look like the normal case.
    const bool warn = m_status.redis == SharedFeedStatus::RedisState::Unreachable;
    setStyleSheet(warn ? QStringLiteral("color: palette(highlighted-text); background: #b35c00; padding: 0 4px;") : QString());
}
