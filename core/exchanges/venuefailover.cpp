#include "venuefailover.h"

#include "observability/logevent.h"
#include "venues/marketsource.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcFailover, "ps.failover", QtInfoMsg)

VenueFailover::VenueFailover(MarketSource *primary, MarketSource *fallback, int failoverAfterMs, QObject *parent)
    : QObject(parent)
    , m_primary(primary)
    , m_fallback(fallback)
{
    m_failoverTimer.setSingleShot(true);
    // "Failed for longer than the delay": a coarse timer may fire 5 % early.
    m_failoverTimer.setTimerType(Qt::PreciseTimer);
    m_failoverTimer.setInterval(std::max(0, failoverAfterMs));
    connect(&m_failoverTimer, &QTimer::timeout, this, [this] {
        if (m_failingSinceMs != 0 && m_running)
            switchTo(true);
    });
    connect(m_primary, &MarketSource::cycleFailed, this, [this] { m_cycleFailed = true; });
    connect(m_primary, &MarketSource::cycleEnded, this, &VenueFailover::onPrimaryCycle);
}

QString VenueFailover::primaryVenue() const
{
    return m_primary->venue();
}

QString VenueFailover::activeVenue() const
{
    return m_usingFallback ? m_fallback->venue() : m_primary->venue();
}

void VenueFailover::stop()
{
    m_running = false;
    m_failoverTimer.stop();
    if (m_fallback)
        m_fallback->stop();
}

void VenueFailover::onPrimaryCycle()
{
    const bool failed = std::exchange(m_cycleFailed, false);
    if (!failed) {
        m_failingSinceMs = 0;
        m_failoverTimer.stop();
        if (m_usingFallback && ++m_recoveryTicks >= RecoveryTicks)
            switchTo(false);
        return;
    }
    m_recoveryTicks = 0;
    if (m_failingSinceMs == 0) {
        m_failingSinceMs = QDateTime::currentMSecsSinceEpoch();
        if (m_fallback && !m_usingFallback)
            m_failoverTimer.start();
    }
}

void VenueFailover::switchTo(bool fallback)
{
    if (fallback == m_usingFallback || !m_fallback)
        return;
    m_usingFallback = fallback;
    m_recoveryTicks = 0;
    if (fallback) {
        m_fallback->start();
    } else {
        m_fallback->stop();
        m_failingSinceMs = 0;
    }
    LogEvent::warning(lcFailover(), fallback ? "failover" : "failback",
                      {{QStringLiteral("from"), fallback ? m_primary->venue() : m_fallback->venue()},
                       {QStringLiteral("to"), activeVenue()}});
    Q_EMIT activeVenueChanged(activeVenue(), fallback);
}
