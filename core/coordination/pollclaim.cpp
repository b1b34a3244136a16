#include "pollclaim.h"

#include <QLoggingCategory>

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
