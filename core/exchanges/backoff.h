#pragma once

#include <QRandomGenerator>
#include <QtGlobal>

// Exponential backoff with full jitter (AWS architecture blog, "Exponential Backoff And Jitter"):
// after the n-th failure in a row the next attempt waits a uniform random time in
// [0, min(cap, base * 2^(n-1))]. The randomness spreads retries of many clients that failed
// together instead of making them return in lockstep.
class Backoff final
{
public:
    static constexpr qint64 DefaultBaseMs = 250;
    static constexpr qint64 DefaultCapMs = 30'000;

    explicit Backoff(qint64 baseMs = DefaultBaseMs, qint64 capMs = DefaultCapMs);

    // Records one more failure and returns how long to wait before the next attempt.
    qint64 nextDelayMs();
    // The same, drawn below `capMs` when that is lower than the backoff's own cap. The failure
    // still counts: a later draw with the full cap continues the doubling.
    qint64 nextDelayMs(qint64 capMs);
    // The upper bound the next failure will draw from.
    qint64 ceilingMs() const;
    void reset();
    // Reproducible draws for tests.
    void seed(quint32 value);

    int failures() const { return m_failures; }
    qint64 baseMs() const { return m_baseMs; }
    qint64 capMs() const { return m_capMs; }

private:
    qint64 m_baseMs;
    qint64 m_capMs;
    int m_failures = 0;
    QRandomGenerator m_random;
};
