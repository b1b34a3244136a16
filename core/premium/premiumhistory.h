#pragma once

#include "premium/premiumsample.h"

#include <deque>

// The premium samples of a rolling time window, kept apart from any chart so that the chart can
// be redrawn from them at its own pace (and replaced without touching the data), and so that a
// hover can show every input of a moment. Times are the samples' observation times: the window
// follows the data, not the wall clock.
class PremiumHistory final
{
public:
    static constexpr qint64 DefaultSpanMs = 60 * 60'000;

    explicit PremiumHistory(qint64 spanMs = DefaultSpanMs);

    // Appends and drops what fell out of the window. A sample older than the newest is ignored:
    // the x axis is time, and a clock stepping back would draw the line backwards.
    bool append(const PremiumSample &sample);
    void clear();

    void setSpanMs(qint64 spanMs);
    qint64 spanMs() const { return m_spanMs; }

    const std::deque<PremiumSample> &samples() const { return m_samples; }
    bool isEmpty() const { return m_samples.empty(); }
    qsizetype size() const { return static_cast<qsizetype>(m_samples.size()); }
    // The sample observed closest to `atMs`; nullptr when empty.
    const PremiumSample *nearest(qint64 atMs) const;

private:
    void trim();

    qint64 m_spanMs;
    std::deque<PremiumSample> m_samples;
};
