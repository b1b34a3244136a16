#pragma once

#include "outlierevent.h"

#include <QList>

#include <optional>

// Flash-crash protection (SPEC section 8): a tick further than `maxShare` from the last accepted
// price is held back, not shown, until the next `confirmations` ticks agree with it (each within
// `maxShare` of the held one); then the move is real and the newest tick is accepted. A tick back
// near the accepted price instead drops the held ones as glitches. Every decision is reported.
class OutlierGuard final
{
public:
    struct Verdict
    {
        std::optional<Quote> accepted;
        QList<OutlierEvent> events;
    };

    // A share of zero or less lets everything through.
    explicit OutlierGuard(Decimal maxShare, int confirmations = 2);

    Verdict offer(const Quote &quote);
    const std::optional<Quote> &lastAccepted() const { return m_accepted; }
    bool isHolding() const { return !m_held.isEmpty(); }

private:
    // |to - from| / from, signed as to - from.
    static Decimal moveBetween(const Decimal &from, const Decimal &to);
    bool isFar(const Decimal &from, const Decimal &to) const;

    Decimal m_maxShare;
    int m_confirmations;
    std::optional<Quote> m_accepted;
    QList<Quote> m_held;
};
