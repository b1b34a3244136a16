#pragma once

#include <QObject>
#include <QTimer>

// The time the stream transport reads and the beat it checks its deadlines on (keep-alive,
// silence, backoff, the planned replacement, the period). The real clock is the wall clock and
// beats every tickMs; a manual clock stands still until a test advances it, so that a test of a
// 25 s keep-alive or a 24 h connection limit runs in milliseconds.
class StreamClock final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StreamClock)

public:
    static constexpr int DefaultTickMs = 50;

    enum class Mode {
        Real,
        Manual,
    };

    explicit StreamClock(Mode mode = Mode::Real, QObject *parent = nullptr);

    qint64 nowMs() const;
    bool isManual() const { return m_mode == Mode::Manual; }
    // Real clock only: how often it beats.
    void setTickMs(int tickMs);
    // Manual clock only: moves the time forward and beats once.
    void advance(qint64 ms);

Q_SIGNALS:
    void ticked(qint64 nowMs);

private:
    Mode m_mode;
    qint64 m_manualMs = 0;
    QTimer m_timer;
};
