#pragma once

#include "alertevent.h"
#include "alertlatch.h"
#include "alertsettings.h"
#include "timedwindow.h"
#include "useralertrule.h"

#include <QObject>

#include <map>

class HealthBoard;
struct PremiumSample;

// Decides when each alert rule fires and clears, and emits every change as an AlertEvent. The
// inputs are plain facts (a request failed, a cache read missed, a premium, Redis's state, a
// key's age) recorded as they happen; `evaluate()`, called about once a second, checks the rules
// that depend on time passing (stale jobs, rates over the window). Time is the health board's
// clock, so tests drive both with one fake clock and no sleeps.
//
// Each rule keeps one latch per subject (per job, venue, cache, coin, key, user rule): a fire is
// emitted once, the clear once, and only a fire outside the cooldown and of an unmuted rule is
// marked for notification.
class AlertEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertEngine)

public:
    AlertEngine(const HealthBoard *board, const AlertSettings &settings, QObject *parent = nullptr);

    void setSettings(const AlertSettings &settings);
    const AlertSettings &settings() const { return m_settings; }
    // Rules whose definition changed (or that were removed) lose their crossing state.
    void setUserRules(const QList<UserAlertRule> &rules);
    const QList<UserAlertRule> &userRules() const { return m_userRules; }

    // The fire events of the rules firing now, oldest first.
    QList<AlertEvent> activeAlerts() const;

public Q_SLOTS:
    // One request to a venue or API (`api`: its id), failed or not.
    void recordRequest(const QString &api, bool failed);
    // One read of the shared cache (`cache`: ticker, fx, premium), hit or miss.
    void recordCacheRead(const QString &cache, bool hit);
    void recordPremium(const PremiumSample &sample);
    // Only while Redis is configured: false once it is lost, true when back (or switched off).
    void setRedisReachable(bool reachable);
    // A stored key's age in days, or nullopt once it is gone.
    void setKeyAge(const QString &keyId, std::optional<int> ageDays);
    void evaluate();

Q_SIGNALS:
    void alertRaised(const AlertEvent &event);

private:
    struct Check
    {
        bool firing = false;
        bool clearing = false;
        std::optional<Decimal> value;
        std::optional<Decimal> threshold;
    };

    void apply(AlertRule rule, const QString &key, const QString &subject, const Check &check,
               const QString &direction = {});
    qint64 now() const;
    Check rateCheck(const TimedWindow<bool> &window, int thresholdPercent) const;
    void checkStaleJobs();
    void checkRates(AlertRule rule, const std::map<QString, TimedWindow<bool>> &windows, int thresholdPercent);
    void checkSpike(const QString &symbol);
    void checkUserRules(const PremiumSample &sample);

    const HealthBoard *m_board;
    AlertSettings m_settings;
    QList<UserAlertRule> m_userRules;
    std::map<std::pair<AlertRule, QString>, AlertLatch> m_latches;
    std::map<std::pair<AlertRule, QString>, AlertEvent> m_active;
    std::map<QString, TimedWindow<bool>> m_requests; // true: failed
    std::map<QString, TimedWindow<bool>> m_cacheReads; // true: missed
    std::map<QString, TimedWindow<Decimal>> m_premiums;
};
