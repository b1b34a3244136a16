#pragma once

#include <QObject>

// The time window a chart shows, and every way a user moves it: range presets, zoom around a
// point, pan, a dragged-out range, reset. Kept apart from the chart so that the rules are plain
// arithmetic, tested without a window, and survive a change of charting library.
//
// While following the live edge the window ends at "now" and slides with it; zooming in on the
// right edge keeps following, any other move stops it, panning back to the edge resumes it.
class ChartViewport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartViewport)

public:
    enum class Preset { FiveMinutes, OneHour, Day, Week, Month, All };
    static constexpr qint64 MinimumSpanMs = 10'000;

    explicit ChartViewport(QObject *parent = nullptr);

    static qint64 presetSpanMs(Preset preset);

    qint64 fromMs() const { return m_fromMs; }
    qint64 toMs() const { return m_toMs; }
    qint64 spanMs() const { return m_toMs - m_fromMs; }
    Preset preset() const { return m_preset; }
    bool isFollowingLive() const { return m_following; }

    // The live edge. While following, the window slides to end here.
    void setNow(qint64 nowMs);
    // The oldest stored moment: where "all" starts and how far back panning goes.
    void setOldestMs(qint64 oldestMs);
    qint64 oldestMs() const { return m_oldestMs; }

    void setPreset(Preset preset);
    // factor < 1 zooms in, > 1 out; the moment under `anchorMs` stays where it is on screen.
    void zoom(double factor, qint64 anchorMs);
    void pan(qint64 deltaMs);
    void setRange(qint64 fromMs, qint64 toMs);
    // Back to the preset's window at the live edge.
    void reset();
    void followLive();

Q_SIGNALS:
    void changed();

private:
    void apply(qint64 fromMs, qint64 toMs, bool following);
    qint64 presetSpan() const;

    qint64 m_nowMs = 0;
    qint64 m_oldestMs = 0;
    qint64 m_fromMs = -60 * 60'000;  // the one-hour preset until the first setNow()
    qint64 m_toMs = 0;
    Preset m_preset = Preset::OneHour;
    bool m_following = true;
};
