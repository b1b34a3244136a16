#pragma once

#include <QtGlobal>

// A venue's request-weight budget per fixed window (Binance: 2400 per minute, counted per UTC
// minute and reported back in X-MBX-USED-WEIGHT-1M). The venue's own count is authoritative; in
// between replies the weight we sent is added locally. Above SlowdownPercent of the limit the
// remaining weight is spread over what is left of the window; at StopPercent nothing goes out
// until the next window, so the limit itself is never reached (going over earns a 429, ignoring
// those a ban).
class WeightBudget final
{
public:
    static constexpr int SlowdownPercent = 80;
    static constexpr int StopPercent = 95;
    // Our clock and the venue's disagree a little; wait this much past the window's end.
    static constexpr qint64 WindowMarginMs = 500;

    explicit WeightBudget(int limit = 0, qint64 windowMs = 60'000);

    void setLimit(int limit, qint64 windowMs);
    void spend(int weight, qint64 nowMs);
    // The venue's figure, including the request that carried it.
    void observeUsed(int used, qint64 nowMs);
    qint64 waitMs(int weight, qint64 nowMs) const;

    int limit() const { return m_limit; }
    qint64 windowMs() const { return m_windowMs; }
    int used(qint64 nowMs) const;

private:
    qint64 windowStart(qint64 nowMs) const;

    int m_limit;
    qint64 m_windowMs;
    int m_used = 0;
    qint64 m_usedWindowStart = 0;
    qint64 m_lastSentMs = 0;
};
