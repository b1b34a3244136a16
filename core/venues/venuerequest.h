#pragma once

#include <QString>
#include <QUrl>
#include <QUrlQuery>

// One request of a venue's cycle, listing or status job: the venue's real path and query (the base
// address is the source's, so tests point it at a loopback server) and what it costs.
struct VenueRequest
{
    QString name; // what it asks for, passed back to the parser: "ticker", "book", "funding", "listing"
    QString path;
    QUrlQuery query;
    int weight = 1; // against the venue's weight budget (Binance bookTicker without a symbol: 5)
    // Asked every this many cycles: a costly request whose values change slowly (Binance's 24 h
    // statistics, weight 40) would otherwise eat the weight budget.
    int everyCycles = 1;

    QUrl url(const QUrl &baseUrl) const;
};
