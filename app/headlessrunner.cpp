#include "headlessrunner.h"

#include "observability/alertevent.h"
#include "observability/logevent.h"
#include "premium/marketfeed.h"
#include "premium/premiumjson.h"

#include <QLoggingCategory>

#include <cstdio>

Q_LOGGING_CATEGORY(lcHeadless, "ps.headless")
Q_LOGGING_CATEGORY(lcAlerts, "ps.alerts")

HeadlessRunner::HeadlessRunner(MarketFeed *feed, std::optional<int> exitAfter, Lines lines, QObject *parent)
    : QObject(parent)
    , m_feed(feed)
    , m_remaining(exitAfter)
{
    connect(feed, &MarketFeed::cycled, this, &HeadlessRunner::printPeriod);
    if (lines == Lines::Push)
        connect(feed, &MarketFeed::coinsUpdated, this, &HeadlessRunner::printPushed);
    connect(feed, &MarketFeed::coinsChanged, this, &HeadlessRunner::onCoinsChanged);
    connect(feed->monitor(), &PremiumMonitor::feedStatusChanged, this, &HeadlessRunner::report);
}

namespace {

void print(const QByteArray &lines)
{
    if (lines.isEmpty())
        return;
    std::fwrite(lines.constData(), 1, static_cast<size_t>(lines.size()), stdout);
    std::fflush(stdout);
}

} // namespace

void HeadlessRunner::printPeriod(const QList<CoinPremium> &premiums)
{
    if (m_done || premiums.isEmpty())
        return;
    QByteArray out;
    for (const CoinPremium &premium : premiums) {
        if (!m_pushed.contains(premium.coin))
            out += PremiumJson::line(premium) + '\n';
    }
    m_pushed.clear();
    print(out);
    if (m_remaining && --*m_remaining == 0) {
        m_done = true;
        Q_EMIT finished(0);
    }
}

void HeadlessRunner::printPushed(const QList<CoinPremium> &premiums)
{
    if (m_done)
        return;
    QByteArray out;
    for (const CoinPremium &premium : premiums) {
        out += PremiumJson::line(premium) + '\n';
        m_pushed.insert(premium.coin);
    }
    print(out);
}

void HeadlessRunner::onCoinsChanged(const QStringList &followed, const QStringList &unpaired)
{
    const VenuePair &pair = m_feed->pair();
    for (const QString &coin : unpaired) {
        if (m_namedUnpaired.contains(coin))
            continue;
        m_namedUnpaired.insert(coin);
        LogEvent::warning(lcHeadless(), "coin_not_paired",
                          {{QStringLiteral("symbol"), coin}, {QStringLiteral("korea_venue"), pair.korea},
                           {QStringLiteral("foreign_venue"), pair.foreign},
                           {QStringLiteral("message"), QStringLiteral("%1 is not listed on both %2 and %3: left out")
                                                           .arg(coin, pair.korea, pair.foreign)}});
    }
    if (followed.isEmpty() && !m_done) {
        m_done = true;
        LogEvent::warning(lcHeadless(), "nothing_to_follow",
                          {{QStringLiteral("message"), QStringLiteral("none of the asked coins is listed on both %1 and %2")
                                                           .arg(pair.korea, pair.foreign)}});
        Q_EMIT finished(NothingToFollowExitCode);
    }
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
