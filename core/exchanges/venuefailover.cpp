#include "venuefailover.h"

#include "httppoller.h"
#include "observability/logevent.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcFailover, "ps.failover", QtInfoMsg)

namespace {

QString venueOf(const HttpPoller *poller)
{
    return poller && !poller->endpoints().isEmpty() ? poller->endpoints().constFirst().venue : QString();
}

} // namespace

VenueFailover::VenueFailover(HttpPoller *primary, HttpPoller *fallback, int failoverAfterMs, QObject *parent)
    : QObject(parent)
    , m_primary(primary)
    , m_fallback(fallback)
{
    m_failoverTimer.setSingleShot(true);
    // "Failed for longer than the delay": a coarse timer may fire 5 % early.
    m_failoverTimer.setTimerType(Qt::PreciseTimer);
    m_failoverTimer.setInterval(std::max(0, failoverAfterMs));
    connect(&m_failoverTimer, &QTimer::timeout, this, [this] {
        if (m_failingSinceMs != 0 && m_primary->isRunning())
            switchTo(true);
    });
    connect(m_primary, &HttpPoller::quoteReceived, this, &VenueFailover::onPrimaryQuote);
    connect(m_primary, &HttpPoller::fetchFailed, this, &VenueFailover::onPrimaryFailure);
    if (m_fallback) {
        connect(m_fallback, &HttpPoller::quoteReceived, this, [this](const Quote &quote) {
            if (m_usingFallback)
                Q_EMIT quoteReceived(quote);
        });
        connect(m_fallback, &HttpPoller::fetchFailed, this, [this](const FetchError &error) {
            if (m_usingFallback)
                Q_EMIT fetchFailed(error);
        });
    }
}

QString VenueFailover::primaryVenue() const
{
    return venueOf(m_primary);
}

QString VenueFailover::activeVenue() const
{
    return venueOf(m_usingFallback ? m_fallback : m_primary);
}

void VenueFailover::stop()
{
    m_failoverTimer.stop();
    if (m_fallback)
        m_fallback->stop();
}

void VenueFailover::onPrimaryQuote(const Quote &quote)
{
    m_failingSinceMs = 0;
    m_failoverTimer.stop();
    if (m_usingFallback && ++m_recoveryTicks >= RecoveryTicks)
        switchTo(false);
    if (!m_usingFallback)
        Q_EMIT quoteReceived(quote);
}

void VenueFailover::onPrimaryFailure(const FetchError &error)
{
    m_recoveryTicks = 0;
    if (m_failingSinceMs == 0) {
        m_failingSinceMs = QDateTime::currentMSecsSinceEpoch();
        if (m_fallback && !m_usingFallback)
            m_failoverTimer.start();
    }
    if (!m_usingFallback)
        Q_EMIT fetchFailed(error);
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
                      { { QStringLiteral("from"), venueOf(fallback ? m_primary : m_fallback) },
                        { QStringLiteral("to"), activeVenue() } });
    Q_EMIT activeVenueChanged(activeVenue(), fallback);
}
