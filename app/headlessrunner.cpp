#include "headlessrunner.h"

#include "observability/alertevent.h"
#include "observability/logevent.h"
#include "premium/livefeed.h"
#include "premium/premiumjson.h"

#include <QLoggingCategory>

#include <cstdio>

Q_LOGGING_CATEGORY(lcHeadless, "ps.headless")
Q_LOGGING_CATEGORY(lcAlerts, "ps.alerts")

HeadlessRunner::HeadlessRunner(LiveFeed *feed, std::optional<int> exitAfter, QObject *parent)
    : QObject(parent)
    , m_remaining(exitAfter)
{
    PremiumMonitor *monitor = feed->monitor();
    connect(monitor, &PremiumMonitor::sampled, this, [this, monitor](const PremiumSample &sample) {
        print(PremiumJson::line(sample, PremiumJson::reason(monitor->statuses())));
    });
    connect(monitor, &PremiumMonitor::unavailable, this, [this, monitor](qint64 observedAtMs) {
        print(PremiumJson::unavailableLine(monitor->symbol(), monitor->basis(), monitor->statuses(), observedAtMs));
    });
    connect(monitor, &PremiumMonitor::feedStatusChanged, this, &HeadlessRunner::report);
}

void HeadlessRunner::print(const QByteArray &json)
{
    if (m_remaining && *m_remaining <= 0)
        return;
    const QByteArray line = json + '\n';
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stdout);
    std::fflush(stdout);
    if (m_remaining && --*m_remaining == 0)
        Q_EMIT finished(0);
}

void HeadlessRunner::report(const FeedStatus &status)
{
    // One stderr line when a feed's error changes, not one per second while it stays broken.
    const QString text = status.error ? status.error->describe() : QString();
    QString &last = m_lastReported[static_cast<int>(status.role)];
    if (text == last)
        return;
    last = text;
    if (text.isEmpty())
        qCInfo(lcHeadless).noquote() << feedRoleId(status.role) << "feed recovered";
    else
        qCWarning(lcHeadless).noquote() << feedRoleId(status.role) << "feed failing:" << text;
}

void HeadlessRunner::reportAlert(const AlertEvent &event)
{
    if (event.kind == AlertEvent::Kind::Fired)
        LogEvent::warning(lcAlerts(), "alert", event.toJson());
    else
        LogEvent::info(lcAlerts(), "alert", event.toJson());
}
