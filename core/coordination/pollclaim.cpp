#include "pollclaim.h"

#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcClaim, "ps.coordination", QtInfoMsg)

PollClaim::PollClaim(QByteArray lockKey, QByteArray token, int leaseMs)
    : m_lock(std::move(lockKey), std::move(token), leaseMs)
{
}

QList<RedisCommand> PollClaim::commands(const QList<SharedRequestBudget::Limit> &budgets) const
{
    return { m_lock.holdCommand(), SharedRequestBudget::take(m_lock, budgets) };
}

std::optional<HttpPoller::CycleDecision> PollClaim::apply(const QList<RedisReply> &replies, qsizetype first)
{
    if (!m_lock.applyHold(replies.at(first)))
        return std::nullopt;
    const auto budget = SharedRequestBudget::outcome(replies.at(first + 1));
    if (budget == SharedRequestBudget::Outcome::Exhausted)
        qCWarning(lcClaim).noquote() << "the shared request budget of" << m_lock.key()
                                     << "is used up for this second: skipping a cycle";
    HttpPoller::CycleDecision decision;
    decision.poll
        = budget != SharedRequestBudget::Outcome::Exhausted && budget != SharedRequestBudget::Outcome::NotHolder;
    return decision;
}

int PollClaim::followerDelayMs(qint64 newestMs, int periodMs, qint64 nowMs)
{
    // Nothing new yet: the poller is late, gone, or Redis was emptied. Look again soon; this is
    // also how a follower notices a free lock well before a whole period has passed.
    if (newestMs <= 0)
        return periodMs / 4;
    // The poller writes about one period after the value we just read; read a little after that.
    const qint64 lag = std::max(50, periodMs / 10);
    return static_cast<int>(std::clamp<qint64>(newestMs + periodMs + lag - nowMs, periodMs / 4, periodMs * 3 / 2));
}
