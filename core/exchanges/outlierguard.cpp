#include "outlierguard.h"

#include <algorithm>

OutlierGuard::OutlierGuard(Decimal maxShare, int confirmations)
    : m_maxShare(maxShare)
    , m_confirmations(std::max(1, confirmations))
{
}

Decimal OutlierGuard::moveBetween(const Decimal &from, const Decimal &to)
{
    return (to - from).dividedBy(from, 8).value_or(Decimal());
}

bool OutlierGuard::isFar(const Decimal &from, const Decimal &to) const
{
    // |to - from| / from > share, multiplied out: every tick of every coin asks, and a product is
    // several times cheaper than a quotient.
    return from.isPositive() && (to - from).abs() > from * m_maxShare;
}

OutlierGuard::Verdict OutlierGuard::offer(const Quote &quote)
{
    Verdict verdict;
    if (!m_maxShare.isPositive() || !m_accepted) {
        m_accepted = quote;
        verdict.accepted = quote;
        return verdict;
    }
    const Decimal reference = m_accepted->price;
    const auto event = [&](OutlierEvent::Kind kind, const Quote &subject) {
        verdict.events.append(OutlierEvent { kind, subject, reference, moveBetween(reference, subject.price) });
    };

    if (!isFar(reference, quote.price)) {
        for (const Quote &held : std::as_const(m_held))
            event(OutlierEvent::Kind::Rejected, held);
        m_held.clear();
        m_accepted = quote;
        verdict.accepted = quote;
        return verdict;
    }
    if (!m_held.isEmpty() && isFar(m_held.constFirst().price, quote.price)) {
        // Far from both the accepted price and the held tick: the held tick is not confirmed,
        // and this one starts a new wait.
        for (const Quote &held : std::as_const(m_held))
            event(OutlierEvent::Kind::Rejected, held);
        m_held.clear();
    }
    m_held.append(quote);
    if (m_held.size() > m_confirmations) {
        event(OutlierEvent::Kind::Confirmed, quote);
        m_held.clear();
        m_accepted = quote;
        verdict.accepted = quote;
        return verdict;
    }
    if (m_held.size() == 1)
        event(OutlierEvent::Kind::Held, quote);
    return verdict;
}
