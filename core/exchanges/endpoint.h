#pragma once

#include "market/quoteresult.h"

#include <QUrl>
#include <QUrlQuery>

#include <functional>

using QuoteParser = std::function<QuoteResult(const QByteArray &body, const ReplyContext &context)>;

// One request a poller can make: where to send it and how to read the answer. Built from data
// (venue id, symbol) by VenueCatalog, never hard-wired per exchange.
struct Endpoint
{
    QString venue;
    QString symbol;
    QString market;
    QUrl baseUrl;   // scheme, host and port only: tests point it at a loopback server
    QString path;   // the venue's real path
    QUrlQuery query;
    QuoteParser parser;
    // What the request costs against the venue's weight budget (Binance ticker/price: 1).
    int weight = 1;

    QUrl url() const;
};
