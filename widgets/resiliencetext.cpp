#include "resiliencetext.h"

#include "feedtext.h"
#include "priceformat.h"

#include <QDateTime>
#include <QLocale>

QString ResilienceText::clockText(qint64 epochMs, qint64 nowMs)
{
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(epochMs);
    const QLocale locale;
    // The same clock either way, so that a ban ending just after midnight reads like one ending
    // just before it; the date only when it is not today.
    const QString time = locale.toString(when.time(), QStringLiteral("HH:mm:ss"));
    if (when.date() == QDateTime::fromMSecsSinceEpoch(nowMs).date())
        return time;
    return locale.toString(when.date(), QLocale::ShortFormat) + u' ' + time;
}

bool ResilienceText::isHeldBack(const VenueHealth &health, qint64 nowMs)
{
    return health.bannedUntilMs > nowMs || health.breaker != CircuitBreaker::State::Closed
        || health.retryAfterUntilMs > nowMs || health.backoffUntilMs > nowMs
        || (health.dailyLimit > 0 && health.requestsToday >= health.dailyLimit);
}

QString ResilienceText::venueState(const VenueHealth &health, qint64 nowMs)
{
    if (health.bannedUntilMs > nowMs)
        return tr("Banned until %1").arg(clockText(health.bannedUntilMs, nowMs));
    if (health.breaker == CircuitBreaker::State::Open && health.breakerOpenUntilMs > nowMs)
        return tr("Circuit open until %1").arg(clockText(health.breakerOpenUntilMs, nowMs));
    if (health.breaker != CircuitBreaker::State::Closed)
        return tr("Probing after an outage");
    if (health.retryAfterUntilMs > nowMs)
        return tr("Asked to wait until %1").arg(clockText(health.retryAfterUntilMs, nowMs));
    if (health.dailyLimit > 0 && health.requestsToday >= health.dailyLimit)
        return tr("Daily budget used");
    if (health.consecutiveFailures > 0)
        return tr("Backing off after %n failure(s)", nullptr, health.consecutiveFailures);
    return tr("OK");
}

QString ResilienceText::socketText(const StreamSocketStatus &status)
{
    QString state;
    switch (status.state) {
    case StreamSocketStatus::State::Connecting:
        state = tr("connecting");
        break;
    case StreamSocketStatus::State::Open:
        state = tr("open");
        break;
    case StreamSocketStatus::State::BackingOff:
        state = tr("reconnecting after a failure");
        break;
    case StreamSocketStatus::State::Closed:
        state = tr("closed");
        break;
    }
    QString text = tr("%1 %2: %3").arg(FeedText::venueName(status.venue), status.name, state);
    if (status.state == StreamSocketStatus::State::Open)
        text += QStringLiteral(" · ") + tr("%L1 messages/s").arg(status.messagesPerSecond, 0, 'f', 1);
    if (status.roundTripMs)
        text += QStringLiteral(" · ") + tr("round trip %L1 ms").arg(*status.roundTripMs);
    return text;
}

QString ResilienceText::budgetText(const VenueHealth &health)
{
    const QLocale locale;
    if (health.weightLimit > 0)
        return tr("Weight %1 of %2 per minute")
            .arg(locale.toString(health.usedWeight), locale.toString(health.weightLimit));
    if (health.dailyLimit > 0)
        return tr("%1 of %2 requests today")
            .arg(locale.toString(health.requestsToday), locale.toString(health.dailyLimit));
    return QString();
}

QString ResilienceText::koreanVenueText(const QString &activeVenue, const QString &primaryVenue, bool fallback,
                                        qint64 failingForMs)
{
    if (!fallback)
        return tr("Premium uses %1").arg(FeedText::venueName(activeVenue));
    return tr("Premium uses %1: %2 failing for %3")
        .arg(FeedText::venueName(activeVenue), FeedText::venueName(primaryVenue), FeedText::durationText(failingForMs));
}

QString ResilienceText::outlierText(FeedRole role, const OutlierEvent &event)
{
    const QString price = role == FeedRole::KoreanSpot ? PriceFormat::krw(event.quote.price)
        : role == FeedRole::ForeignPerp                ? PriceFormat::usdt(event.quote.price)
                                                       : PriceFormat::fxRate(event.quote.price);
    const QString move = PriceFormat::signedNumber(event.move * Decimal::fromInteger(100), 2);
    const QString venue = FeedText::venueName(event.quote.venue);
    switch (event.kind) {
    case OutlierEvent::Kind::Held:
        return tr("%1 tick %2 held back (%3 %), waiting for confirmation").arg(venue, price, move);
    case OutlierEvent::Kind::Confirmed:
        return tr("%1 move to %2 (%3 %) confirmed by the next ticks").arg(venue, price, move);
    case OutlierEvent::Kind::Rejected:
        return tr("%1 tick %2 (%3 %) dropped: the next tick did not confirm it").arg(venue, price, move);
    }
    return QString();
}

QString ResilienceText::fxOriginText(FxKeeper::Origin origin, const std::optional<Quote> &quote, qint64 nowMs)
{
    switch (origin) {
    case FxKeeper::Origin::None:
        return tr("No rate yet");
    case FxKeeper::Origin::Manual:
        return tr("Manual rate, set by you");
    case FxKeeper::Origin::Live:
        return quote ? tr("Live from %1").arg(FeedText::venueName(quote->venue)) : tr("Live");
    case FxKeeper::Origin::Saved:
        if (!quote)
            return tr("Saved rate");
        return tr("Saved rate from %1, %2 old")
            .arg(FeedText::venueName(quote->venue), FeedText::durationText(nowMs - quote->receivedAtMs));
    }
    return QString();
}
