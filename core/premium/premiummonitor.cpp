#include "premiummonitor.h"

#include "premiumcalculator.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPremium, "ps.premium", QtInfoMsg)

PremiumMonitor::PremiumMonitor(QString symbol, PremiumBasis basis, StalenessPolicy policy, QObject *parent)
    : QObject(parent)
    , m_symbol(std::move(symbol))
    , m_basis(basis)
    , m_policy(policy)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_watchdog.setSingleShot(true);
    m_watchdog.setInterval(2000);
    connect(&m_watchdog, &QTimer::timeout, this, &PremiumMonitor::emitSample);
    // Ages grow without any event; the window's "stale for 12 s" needs a beat of its own.
    m_statusTimer.setInterval(1000);
    connect(&m_statusTimer, &QTimer::timeout, this, &PremiumMonitor::refreshStatuses);
    m_statusTimer.start();
    m_watchdog.start();
}

void PremiumMonitor::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void PremiumMonitor::setWatchdogMs(int watchdogMs)
{
    m_watchdog.setInterval(watchdogMs);
    m_watchdog.start();
}

void PremiumMonitor::setSymbol(const QString &symbol)
{
    if (symbol == m_symbol)
        return;
    m_symbol = symbol;
    m_latest.reset();
    for (FeedRole role : { FeedRole::KoreanSpot, FeedRole::ForeignPerp }) {
        input(role) = Input {};
        Q_EMIT feedStatusChanged(status(role));
    }
}

void PremiumMonitor::setBasis(PremiumBasis basis)
{
    m_basis = basis;
}

FeedStatus PremiumMonitor::status(FeedRole role) const
{
    const Input &in = input(role);
    FeedStatus status;
    status.role = role;
    status.lastQuote = in.quote;
    status.error = in.error;
    if (in.quote)
        status.ageMs = std::max<qint64>(0, m_clock() - in.quote->receivedAtMs);
    if (in.error)
        status.state = FeedStatus::State::Failing;
    else if (!in.quote)
        status.state = FeedStatus::State::Waiting;
    else if (m_policy.isStale(role, status.ageMs))
        status.state = FeedStatus::State::Stale;
    else
        status.state = FeedStatus::State::Live;
    return status;
}

QList<FeedStatus> PremiumMonitor::statuses() const
{
    QList<FeedStatus> all;
    for (int i = 0; i < FeedRoleCount; ++i)
        all.append(status(static_cast<FeedRole>(i)));
    return all;
}

void PremiumMonitor::acceptQuote(FeedRole role, const Quote &quote)
{
    Input &in = input(role);
    in.quote = quote;
    in.error.reset();
    in.reported = true;
    Q_EMIT feedStatusChanged(status(role));
    // The slow FX feed is not part of a cycle, but the very first premium should not wait a
    // whole cycle for it when the tickers came first.
    if (role == FeedRole::Fx && !m_latest && input(FeedRole::KoreanSpot).quote && input(FeedRole::ForeignPerp).quote) {
        emitSample();
        return;
    }
    onReported();
}

void PremiumMonitor::acceptFailure(FeedRole role, const FetchError &error)
{
    Input &in = input(role);
    in.error = error;
    in.reported = true;
    Q_EMIT feedStatusChanged(status(role));
    onReported();
}

void PremiumMonitor::onReported()
{
    if (input(FeedRole::KoreanSpot).reported && input(FeedRole::ForeignPerp).reported)
        emitSample();
}

void PremiumMonitor::emitSample()
{
    QElapsedTimer processing;
    processing.start();
    m_watchdog.start();
    input(FeedRole::KoreanSpot).reported = false;
    input(FeedRole::ForeignPerp).reported = false;

    const Input &korea = input(FeedRole::KoreanSpot);
    const Input &foreign = input(FeedRole::ForeignPerp);
    const Input &fx = input(FeedRole::Fx);
    if (!korea.quote || !foreign.quote || !fx.quote) {
        // Answers still on their way at the start are no news; a feed that failed before it
        // ever gave a value is, once per cycle.
        const auto failedWithoutValue = [](const Input &in) {
            return !in.quote && in.error;
        };
        if (failedWithoutValue(korea) || failedWithoutValue(foreign) || failedWithoutValue(fx))
            Q_EMIT unavailable(m_clock());
        else
            qCDebug(lcPremium) << "no premium yet: waiting for the first value of every feed";
        return;
    }

    const auto rate = PremiumCalculator::rate(korea.quote->price, foreign.quote->price, fx.quote->price, m_basis, 2);
    const auto precise = PremiumCalculator::rate(korea.quote->price, foreign.quote->price, fx.quote->price, m_basis, 8);
    if (!rate || !precise)
        return;

    PremiumSample sample;
    sample.symbol = m_symbol;
    sample.basis = m_basis;
    sample.rate = *rate;
    sample.preciseRate = *precise;
    sample.korea = *korea.quote;
    sample.foreign = *foreign.quote;
    sample.fx = *fx.quote;
    sample.pair = VenuePair{korea.quote->venue, foreign.quote->venue};
    sample.observedAtMs = m_clock();
    if (korea.quote->fromCache || foreign.quote->fromCache)
        sample.source = QStringLiteral("cache");
    for (int i = 0; i < FeedRoleCount; ++i) {
        const FeedStatus::State state = status(static_cast<FeedRole>(i)).state;
        if (state == FeedStatus::State::Failing || state == FeedStatus::State::Stale)
            sample.stale = true;
    }
    m_latest = sample;
    Q_EMIT sampled(sample);
    Q_EMIT tickProcessed(processing.nsecsElapsed());
}

void PremiumMonitor::refreshStatuses()
{
    for (int i = 0; i < FeedRoleCount; ++i)
        Q_EMIT feedStatusChanged(status(static_cast<FeedRole>(i)));
}
