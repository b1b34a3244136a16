#pragma once

#include "market/fetcherror.h"
#include "market/quote.h"

#include <QObject>
#include <QTimer>

#include <optional>

class QSettings;

// Decides which USD/KRW rate the premium uses, and keeps the last good one (SPEC section 8, "FX
// API down"). In order: a manual rate the user set, until cleared; else the latest rate from the
// FX feeds; else the last good rate saved by an earlier run, with its original receive time so
// that its age shows (and makes the premium stale once past the FX staleness limit). The saved
// rate is a public market number, not a secret: it lives in the plain state file.
class FxKeeper final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FxKeeper)

public:
    enum class Origin { None, Saved, Live, Manual };
    // A manual rate is the user's statement about now: it is handed out again this often so
    // that it never counts as old.
    static constexpr int ManualRefreshMs = 60'000;
    static inline const QString ManualVenue = QStringLiteral("manual");

    explicit FxKeeper(QSettings *state, QObject *parent = nullptr);

    // Hands out the saved rate, if there is one and nothing newer arrived.
    void restore();
    void acceptLive(const Quote &quote);
    void acceptFailure(const FetchError &error);
    // nullopt clears the manual rate; the feeds' rate (or the saved one) is handed out again.
    void setManual(const std::optional<Decimal> &rate);

    Origin origin() const;
    std::optional<Quote> current() const;
    const std::optional<Decimal> &manual() const { return m_manual; }
    // The saved rate as the state file has it, or nullopt.
    std::optional<Quote> saved() const;

    static QString originId(Origin origin); // "none", "saved", "live", "manual"

    // A rate the user typed (KRW per dollar), when plausible. Outside 100 to 10,000 it is a typo
    // (a digit too many or too few), not a market: it would put every premium off by a factor.
    static constexpr int MinManualRate = 100;
    static constexpr int MaxManualRate = 10'000;
    static std::optional<Decimal> parseManualRate(const QString &text);

Q_SIGNALS:
    void rateChanged(const Quote &quote, FxKeeper::Origin origin);
    void failed(const FetchError &error);

private:
    Quote manualQuote() const;
    void publish();

    QSettings *m_state;
    std::optional<Quote> m_best;
    Origin m_bestOrigin = Origin::None;
    std::optional<Decimal> m_manual;
    QTimer m_manualRefresh;
};

Q_DECLARE_METATYPE(FxKeeper::Origin)
