#pragma once

#include "feedstatus.h"
#include "premiumsample.h"
#include "stalenesspolicy.h"

#include <QObject>
#include <QTimer>

#include <array>
#include <functional>

// Turns the three feeds into premium samples. A sample is computed as soon as both tickers have
// reported in the current cycle (a quote or a failure), so a reply reaches the output without
// waiting for a timer, and there is one sample per cycle even while a feed is failing. A
// watchdog computes one anyway when a ticker stays silent. Inputs that failed or are too old
// make the sample stale; the last good values are kept. While an input that has never had a
// value is failing, each cycle ends with `unavailable` instead, so that the output does not go
// silent.
class PremiumMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PremiumMonitor)

public:
    using Clock = std::function<qint64()>;

    PremiumMonitor(QString symbol, PremiumBasis basis, StalenessPolicy policy, QObject *parent = nullptr);

    void setClock(Clock clock);
    void setWatchdogMs(int watchdogMs);
    void setBasis(PremiumBasis basis);
    PremiumBasis basis() const { return m_basis; }
    const QString &symbol() const { return m_symbol; }
    // Follows another coin: its two tickers start over (waiting, no sample); the FX stays, it is
    // the same for every coin.
    void setSymbol(const QString &symbol);

    FeedStatus status(FeedRole role) const;
    QList<FeedStatus> statuses() const; // in FeedRole order
    const std::optional<PremiumSample> &latest() const { return m_latest; }

    void acceptQuote(FeedRole role, const Quote &quote);
    void acceptFailure(FeedRole role, const FetchError &error);

Q_SIGNALS:
    void sampled(const PremiumSample &sample);
    // A cycle ended without a premium: an input without a value yet has failed (statuses() says which).
    void unavailable(qint64 observedAtMs);
    void feedStatusChanged(const FeedStatus &status);
    // After each sample: how long computing it and handing it to every consumer took.
    void tickProcessed(qint64 nanoseconds);

private:
    struct Input
    {
        std::optional<Quote> quote;
        std::optional<FetchError> error;
        bool reported = false;
    };

    Input &input(FeedRole role) { return m_inputs[static_cast<int>(role)]; }
    const Input &input(FeedRole role) const { return m_inputs[static_cast<int>(role)]; }
    void onReported();
    void emitSample();
    void refreshStatuses();

    QString m_symbol;
    PremiumBasis m_basis;
    StalenessPolicy m_policy;
    Clock m_clock;
    std::array<Input, FeedRoleCount> m_inputs;
    std::optional<PremiumSample> m_latest;
    QTimer m_watchdog;
    QTimer m_statusTimer;
};
