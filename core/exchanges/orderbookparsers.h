#pragma once

#include "market/quoteresult.h"

#include <QByteArray>

// Pure parsers for the top of an order book: bytes and status in, a quote whose `book` holds the
// best bid and ask (and whose price is their mid) or a typed error out.
namespace OrderBookParsers {

// Bithumb's current API and Upbit: GET /v1/orderbook?markets=KRW-BTC, a bare array of books with
// `orderbook_units` best first. Venues list levels with size 0: each side's top is the first
// level on that side with a positive size.
QuoteResult parseMarketOrderbook(const QByteArray &body, const ReplyContext &context);

// Binance USDⓈ-M `ticker/bookTicker`: {"symbol","bidPrice","bidQty","askPrice","askQty","time"}.
QuoteResult parseFuturesBookTicker(const QByteArray &body, const ReplyContext &context);

} // namespace OrderBookParsers
