#pragma once

#include "market/decimal.h"
#include "venues/quotebatch.h"

#include <QString>

// Builders of quotes and batches as an adapter would hand them to the market board.
namespace MarketQuotes {

inline Decimal d(const QString &text)
{
    return Decimal::fromString(text).value();
}

inline Decimal d(const char *text)
{
    return d(QString::fromLatin1(text));
}

inline MarketQuote quote(const QString &venue, const QString &coin, qint64 receivedAtMs,
                         QuoteOrigin origin = QuoteOrigin::Poll)
{
    MarketQuote quote;
    quote.venue = venue;
    quote.coin = coin;
    quote.instrument = coin + QStringLiteral("-CODE");
    quote.receivedAtMs = receivedAtMs;
    quote.origin = origin;
    return quote;
}

inline MarketQuote last(const QString &venue, const QString &coin, const char *price, qint64 receivedAtMs,
                        QuoteOrigin origin = QuoteOrigin::Poll)
{
    MarketQuote q = quote(venue, coin, receivedAtMs, origin);
    q.last = d(price);
    return q;
}

inline BookTop book(const QString &bid, const QString &ask)
{
    return BookTop { d(bid), d("1"), d(ask), d("1") };
}

inline MarketQuote withBook(const QString &venue, const QString &coin, const char *bid, const char *ask,
                            qint64 receivedAtMs, QuoteOrigin origin = QuoteOrigin::Poll)
{
    MarketQuote q = quote(venue, coin, receivedAtMs, origin);
    q.book = book(QString::fromLatin1(bid), QString::fromLatin1(ask));
    return q;
}

inline QuoteBatch batch(const QString &venue, QList<MarketQuote> quotes,
                        const QString &request = QStringLiteral("ticker"))
{
    QuoteBatch batch;
    batch.venue = venue;
    batch.request = request;
    batch.receivedAtMs = quotes.isEmpty() ? 0 : quotes.constFirst().receivedAtMs;
    batch.quotes = std::move(quotes);
    return batch;
}

} // namespace MarketQuotes
