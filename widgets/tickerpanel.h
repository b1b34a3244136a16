#pragma once

#include "premium/feedstatus.h"
#include "premium/premiummonitor.h"
#include "premium/premiumsample.h"

#include <QPointer>
#include <QWidget>

#include <array>
#include <optional>

class FeedStatusBadge;
class QLabel;

// The numbers a trader watches: the premium, large, with its basis; the three inputs with their
// venue, age and feed state. Driven by a PremiumMonitor's signals, so a test can drive it with a
// monitor fed by hand. A premium computed from an old or failing input is greyed and tagged
// STALE, never shown like a fresh number.
class TickerPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TickerPanel)

public:
    explicit TickerPanel(QWidget *parent = nullptr);

    // Follows the monitor and shows its current statuses and latest sample at once; nullptr
    // detaches (the last values stay on screen).
    void setMonitor(PremiumMonitor *monitor);
    PremiumMonitor *monitor() const { return m_monitor; }
    // Venue ids ("bithumb", "binance") for the captions until their first quote names them.
    void setVenues(const QString &koreanVenue, const QString &foreignVenue, const QString &fxSource);
    // The perpetual's own code for `coin` on the perp venue ("BTC-USDT-SWAP" on OKX), for the perp
    // card's caption; the bare coin is shown until the code of the shown coin is known.
    void setForeignInstrument(const QString &coin, const QString &instrument);

    FeedStatusBadge *badge(FeedRole role) const { return m_badges[static_cast<int>(role)]; }
    bool isPremiumStale() const { return m_premiumStale; }
    // "BTC +1.28 %", with "(stale)" when it is; empty before the first premium. For the title bar.
    QString summary() const;

Q_SIGNALS:
    void summaryChanged(const QString &summary);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Card
    {
        QLabel *title = nullptr;
        QLabel *value = nullptr;
        QLabel *source = nullptr;
    };

    void onSampled(const PremiumSample &sample);
    void onStatusChanged(const FeedStatus &status);
    void refresh();
    void refreshInput(FeedRole role);
    void refreshPremium();
    QString venueOf(FeedRole role) const;
    Card &card(FeedRole role) { return m_cards[static_cast<int>(role)]; }

    QPointer<PremiumMonitor> m_monitor;
    QString m_symbol = QStringLiteral("BTC");
    std::array<QString, FeedRoleCount> m_venues;
    QString m_instrumentCoin;
    QString m_foreignInstrument;
    std::optional<PremiumSample> m_sample;
    std::optional<qint64> m_lastFreshAtMs;
    std::array<FeedStatus, FeedRoleCount> m_statuses;
    bool m_premiumStale = false;
    QString m_summary;

    QLabel *m_premiumTitle;
    QLabel *m_premiumValue;
    QLabel *m_staleTag;
    QLabel *m_premiumBasis;
    QLabel *m_premiumTime;
    std::array<Card, FeedRoleCount> m_cards;
    std::array<FeedStatusBadge *, FeedRoleCount> m_badges{};
};
