#include "pushedsource.h"

#include "venues/pollingmarketsource.h"

#include <QDateTime>

PushedSource::PushedSource(PollingMarketSource *poller, QObject *parent)
    : MarketSource(parent)
    , m_poller(poller)
{
    connect(poller, &MarketSource::listingChanged, this, &MarketSource::listingChanged);
    connect(poller, &MarketSource::statusReceived, this, &MarketSource::statusReceived);
    connect(poller, &MarketSource::cycleFailed, this, &MarketSource::cycleFailed);
    connect(poller, &MarketSource::cycleEnded, this, &MarketSource::cycleEnded);
    connect(poller, &MarketSource::requestFinished, this, &MarketSource::requestFinished);
    connect(poller, &MarketSource::quotesReceived, this, [this](const QuoteBatch &batch) {
        if (m_polling)
            Q_EMIT quotesReceived(batch);
    });
}

QString PushedSource::venue() const
{
    return m_poller->venue();
}

void PushedSource::start()
{
    m_poller->start();
}

void PushedSource::stop()
{
    m_poller->stop();
}

const InstrumentSet &PushedSource::listed() const
{
    return m_poller->listed();
}

void PushedSource::follow(const QStringList &coins)
{
    m_poller->follow(coins);
}

void PushedSource::push(QList<MarketQuote> quotes, qint64 receivedAtMs)
{
    QuoteBatch batch;
    batch.venue = venue();
    batch.request = QStringLiteral("stream");
    batch.receivedAtMs = receivedAtMs > 0 ? receivedAtMs : QDateTime::currentMSecsSinceEpoch();
    for (MarketQuote &quote : quotes) {
        quote.venue = batch.venue;
        quote.origin = QuoteOrigin::Stream;
        quote.receivedAtMs = batch.receivedAtMs;
    }
    batch.quotes = std::move(quotes);
    Q_EMIT quotesReceived(batch);
}
