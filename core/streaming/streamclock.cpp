#include "streamclock.h"

#include <QDateTime>

StreamClock::StreamClock(Mode mode, QObject *parent)
    : QObject(parent)
    , m_mode(mode)
    , m_manualMs(QDateTime::currentMSecsSinceEpoch())
{
    if (m_mode == Mode::Manual)
        return;
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] { Q_EMIT ticked(nowMs()); });
    m_timer.start(DefaultTickMs);
}

qint64 StreamClock::nowMs() const
{
    return m_mode == Mode::Manual ? m_manualMs : QDateTime::currentMSecsSinceEpoch();
}

void StreamClock::setTickMs(int tickMs)
{
    if (m_mode == Mode::Real)
        m_timer.start(std::max(1, tickMs));
}

void StreamClock::advance(qint64 ms)
{
    if (m_mode != Mode::Manual)
        return;
    m_manualMs += std::max<qint64>(0, ms);
    Q_EMIT ticked(m_manualMs);
}
