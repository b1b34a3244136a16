#pragma once

#include "dataissue.h"
#include "marketquote.h"

#include <QList>
#include <QMetaType>

// Everything one reply said: a quote per coin it carried, and the values it carried that could not
// be used. A batch is never all-or-nothing: one bad row is an issue, the other rows stand.
struct QuoteBatch
{
    QString venue;
    QString request; // the VenueRequest name it answers: "ticker", "book", "funding", ...
    qint64 receivedAtMs = 0;
    QList<MarketQuote> quotes;
    QList<DataIssue> issues;
    // The venue answered that a code we asked for does not exist: read the listing again.
    bool listingStale = false;

    // Pushed over a venue's socket: a batch comes whole from one transport, so its first quote says.
    bool isStreamed() const { return !quotes.isEmpty() && quotes.constFirst().origin == QuoteOrigin::Stream; }
};

Q_DECLARE_METATYPE(QuoteBatch)
