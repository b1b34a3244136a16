#pragma once

#include "apisettings.h"
#include "observability/alertsettings.h"
#include "observability/useralertrule.h"
#include "positions/feerates.h"
#include "premium/feedconfig.h"
#include "premium/premiumbands.h"
#include "premium/venuepair.h"

#include <QObject>
#include <QSettings>

// The user's persistent choices, typed. Secrets never come here: they live in the keychain.
class AppSettings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppSettings)

public:
    explicit AppSettings(QObject *parent = nullptr);
    // For tests and portable setups: an explicit INI file instead of the platform's store.
    explicit AppSettings(const QString &iniPath, QObject *parent = nullptr);

    // The window's feed: every coin the chosen pair lists, the remembered pair and selected coin.
    FeedConfig feedConfig() const;
    void setFeedConfig(const FeedConfig &config);

    // The venue pair chosen in the toolbar (Bithumb against Binance until one is chosen); an id
    // the venue directory does not know falls back to the default.
    VenuePair venuePair() const;
    void setVenuePair(const VenuePair &pair);
    // The coin selected in the window (its cards, chart and positions form); BTC by default.
    QString selectedCoin() const;
    void setSelectedCoin(const QString &coin);

    // The fee rates a new position starts from (entry form and `position open`).
    FeeRates positionFees() const;
    void setPositionFees(const FeeRates &fees);

    // How long raw one-second history rows are kept; one-minute rollups are kept for ever.
    int historyRetentionDays() const;
    void setHistoryRetentionDays(int days);
    // The coins whose every second is kept (besides those with an open position); every other
    // followed coin keeps its one-minute rollups. Default BTC and ETH.
    QStringList historyWatchlist() const;
    void setHistoryWatchlist(const QStringList &coins);

    // The shared feed's Redis, redis://[user@]host:port[/db] without a password; empty: off.
    QString redisUrl() const;
    void setRedisUrl(const QString &url);

    // Alert thresholds, cooldown and muted rules, and the user's own premium alerts.
    AlertSettings alertSettings() const;
    void setAlertSettings(const AlertSettings &settings);
    QList<UserAlertRule> userAlerts();
    void setUserAlerts(const QList<UserAlertRule> &rules);
    // The local read-only API (docs/api.md); off by default.
    ApiSettings apiSettings() const;
    void setApiSettings(const ApiSettings &api);

    // Where the market table colours a premium warm or cool (Preferences).
    PremiumBands premiumBands() const;
    void setPremiumBands(const PremiumBands &bands);

    // The store itself, for widgets that keep their own state in a group of it (the market table).
    QSettings &store() { return m_settings; }

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

Q_SIGNALS:
    void feedConfigChanged(const FeedConfig &config);
    void alertSettingsChanged(const AlertSettings &settings);
    void userAlertsChanged(const QList<UserAlertRule> &rules);
    // Emitted by setApiSettings() when something changed.
    void apiSettingsChanged(const ApiSettings &api);
    // Emitted by setPremiumBands() when something changed.
    void premiumBandsChanged(const PremiumBands &bands);

private:
    QSettings m_settings;
};
