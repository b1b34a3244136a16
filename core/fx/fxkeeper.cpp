#include "fxkeeper.h"

#include "observability/logevent.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSettings>

Q_LOGGING_CATEGORY(lcFx, "ps.fx", QtInfoMsg)

namespace {

const QString kVenue = QStringLiteral("fx/last/venue");
const QString kSymbol = QStringLiteral("fx/last/symbol");
const QString kPrice = QStringLiteral("fx/last/price");
const QString kReceived = QStringLiteral("fx/last/receivedAtMs");
const QString kVenueTime = QStringLiteral("fx/last/venueTimeMs");

} // namespace

FxKeeper::FxKeeper(QSettings *state, QObject *parent)
    : QObject(parent)
    , m_state(state)
{
    m_manualRefresh.setInterval(ManualRefreshMs);
    connect(&m_manualRefresh, &QTimer::timeout, this, &FxKeeper::publish);
}

std::optional<Decimal> FxKeeper::parseManualRate(const QString &text)
{
    const std::optional<Decimal> rate = Decimal::fromString(text.trimmed());
    if (!rate || *rate < Decimal::fromInteger(MinManualRate) || *rate > Decimal::fromInteger(MaxManualRate))
        return std::nullopt;
    return rate;
}

QString FxKeeper::originId(Origin origin)
{
    switch (origin) {
    case Origin::None:
        return QStringLiteral("none");
    case Origin::Saved:
        return QStringLiteral("saved");
    case Origin::Live:
        return QStringLiteral("live");
    case Origin::Manual:
        return QStringLiteral("manual");
    }
    return QString();
}

std::optional<Quote> FxKeeper::saved() const
{
    if (!m_state)
        return std::nullopt;
    const std::optional<Decimal> price = Decimal::fromString(m_state->value(kPrice).toString());
    const qint64 received = m_state->value(kReceived, 0).toLongLong();
    if (!price || !price->isPositive() || received <= 0)
        return std::nullopt;
    Quote quote;
    quote.venue = m_state->value(kVenue).toString();
    quote.symbol = m_state->value(kSymbol, QStringLiteral("USD/KRW")).toString();
    quote.price = *price;
    quote.receivedAtMs = received;
    quote.venueTimeMs = m_state->value(kVenueTime, 0).toLongLong();
    return quote;
}

void FxKeeper::restore()
{
    if (m_best)
        return;
    m_best = saved();
    if (!m_best)
        return;
    m_bestOrigin = Origin::Saved;
    LogEvent::info(lcFx(), "fx_restored",
                   { { QStringLiteral("venue"), m_best->venue },
                     { QStringLiteral("rate"), m_best->price.toString() },
                     { QStringLiteral("age_ms"), QDateTime::currentMSecsSinceEpoch() - m_best->receivedAtMs } });
    publish();
}

void FxKeeper::acceptLive(const Quote &quote)
{
    m_best = quote;
    m_bestOrigin = Origin::Live;
    if (m_state) {
        m_state->setValue(kVenue, quote.venue);
        m_state->setValue(kSymbol, quote.symbol);
        m_state->setValue(kPrice, quote.price.toString());
        m_state->setValue(kReceived, quote.receivedAtMs);
        m_state->setValue(kVenueTime, quote.venueTimeMs);
        m_state->sync();
    }
    publish();
}

void FxKeeper::acceptFailure(const FetchError &error)
{
    // While the user's rate rules, the feeds' trouble is not the premium's.
    if (!m_manual)
        Q_EMIT failed(error);
}

void FxKeeper::setManual(const std::optional<Decimal> &rate)
{
    m_manual = rate && rate->isPositive() ? rate : std::nullopt;
    if (m_manual) {
        m_manualRefresh.start();
        LogEvent::info(lcFx(), "fx_manual_set", { { QStringLiteral("rate"), m_manual->toString() } });
    } else {
        m_manualRefresh.stop();
        LogEvent::info(lcFx(), "fx_manual_cleared");
    }
    publish();
}

FxKeeper::Origin FxKeeper::origin() const
{
    return m_manual ? Origin::Manual : m_bestOrigin;
}

Quote FxKeeper::manualQuote() const
{
    Quote quote;
    quote.venue = ManualVenue;
    quote.symbol = QStringLiteral("USD/KRW");
    quote.price = *m_manual;
    quote.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
    return quote;
}

std::optional<Quote> FxKeeper::current() const
{
    return m_manual ? std::optional<Quote>(manualQuote()) : m_best;
}

void FxKeeper::publish()
{
    if (const std::optional<Quote> quote = current())
        Q_EMIT rateChanged(*quote, origin());
}
