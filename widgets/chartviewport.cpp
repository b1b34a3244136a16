#include "chartviewport.h"

#include <algorithm>
#include <cmath>

namespace {

constexpr qint64 MinuteMs = 60'000;
constexpr qint64 DayMs = 24 * 60 * MinuteMs;

} // namespace

ChartViewport::ChartViewport(QObject *parent)
    : QObject(parent)
{
}

qint64 ChartViewport::presetSpanMs(Preset preset)
{
    switch (preset) {
    case Preset::FiveMinutes: return 5 * MinuteMs;
    case Preset::OneHour: return 60 * MinuteMs;
    case Preset::Day: return DayMs;
    case Preset::Week: return 7 * DayMs;
    case Preset::Month: return 30 * DayMs;
    case Preset::All: return 0;
    }
    return 60 * MinuteMs;
}

qint64 ChartViewport::presetSpan() const
{
    if (m_preset != Preset::All)
        return presetSpanMs(m_preset);
    // "All" reaches back to the oldest stored moment; an empty history shows the last hour.
    return m_oldestMs > 0 && m_oldestMs < m_nowMs ? std::max(MinimumSpanMs, m_nowMs - m_oldestMs) : presetSpanMs(Preset::OneHour);
}

void ChartViewport::setNow(qint64 nowMs)
{
    m_nowMs = nowMs;
    if (m_following)
        apply(nowMs - (m_preset == Preset::All ? presetSpan() : spanMs()), nowMs, true);
}

void ChartViewport::setOldestMs(qint64 oldestMs)
{
    m_oldestMs = oldestMs;
    if (m_following && m_preset == Preset::All)
        apply(m_nowMs - presetSpan(), m_nowMs, true);
}

void ChartViewport::setPreset(Preset preset)
{
    m_preset = preset;
    reset();
}

void ChartViewport::reset()
{
    apply(m_nowMs - presetSpan(), m_nowMs, true);
}

void ChartViewport::followLive()
{
    apply(m_nowMs - spanMs(), m_nowMs, true);
}

void ChartViewport::zoom(double factor, qint64 anchorMs)
{
    const qint64 span = std::max<qint64>(MinimumSpanMs, std::llround(double(spanMs()) * factor));
    const double anchorShare = spanMs() > 0 ? double(anchorMs - m_fromMs) / double(spanMs()) : 1.0;
    const qint64 from = anchorMs - std::llround(anchorShare * double(span));
    // Zooming at the live edge keeps the edge live: that is what the user is looking at.
    if (m_following && anchorShare >= 0.999) {
        apply(m_nowMs - span, m_nowMs, true);
        return;
    }
    apply(from, from + span, false);
}

void ChartViewport::pan(qint64 deltaMs)
{
    apply(m_fromMs + deltaMs, m_toMs + deltaMs, false);
}

void ChartViewport::setRange(qint64 fromMs, qint64 toMs)
{
    if (toMs < fromMs)
        std::swap(fromMs, toMs);
    if (toMs - fromMs < MinimumSpanMs) {
        const qint64 middle = fromMs + (toMs - fromMs) / 2;
        fromMs = middle - MinimumSpanMs / 2;
        toMs = fromMs + MinimumSpanMs;
    }
    apply(fromMs, toMs, false);
}

void ChartViewport::apply(qint64 fromMs, qint64 toMs, bool following)
{
    const qint64 span = std::max(MinimumSpanMs, toMs - fromMs);
    // Not past the live edge: there is nothing there, and reaching it means following again.
    if (toMs >= m_nowMs && m_nowMs > 0) {
        toMs = m_nowMs;
        following = true;
    }
    fromMs = toMs - span;
    if (fromMs == m_fromMs && toMs == m_toMs && following == m_following)
        return;
    m_fromMs = fromMs;
    m_toMs = toMs;
    m_following = following;
    Q_EMIT changed();
}
