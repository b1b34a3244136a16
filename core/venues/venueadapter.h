#pragma once

#include "coinstatus.h"
#include "instrumentset.h"
#include "quotebatch.h"
#include "venuerequest.h"
#include "venueside.h"

#include "exchanges/ratelimit.h"
#include "exchanges/venuelimits.h"
#include "market/quoteresult.h"

#include <QByteArray>
#include <QList>
#include <QUrl>

#include <optional>
#include <variant>

using ListingResult = std::variant<QList<Instrument>, FetchError>;
using BatchResult = std::variant<QuoteBatch, FetchError>;
using StatusResult = std::variant<QList<CoinStatus>, FetchError>;

// Everything the app knows about one venue's public API, and the only place that knows it: its
// address, budgets, the requests of its listing, quote and status jobs, and the parsers of their
// replies. One subclass per venue, one file each; nothing else names a venue.
//
// Parsers are pure (bytes in, values or a typed error out) and const, so one adapter serves every
// source and thread. A FetchError is about the venue (transport, HTTP status, the venue's own
// error answer, a reply in no known shape) and counts against its health; a bad row inside a good
// reply is a DataIssue in the batch and does not.
class VenueAdapter
{
public:
    VenueAdapter() = default;
    virtual ~VenueAdapter() = default;
    Q_DISABLE_COPY_MOVE(VenueAdapter)

    virtual QString id() const = 0; // "bithumb"
    // "Bithumb", "Binance USDⓈ-M"; marked for translation in the "Venue" context, which the window
    // translates (QCoreApplication::translate).
    virtual QString displayName() const = 0;
    virtual VenueSide side() const = 0;
    virtual QUrl defaultBaseUrl() const = 0;
    // The seed's budgets for this venue (SPEC section 3) and how to read its used-weight header.
    virtual VenueLimits limits() const = 0;

    // The venue's tradable markets, read at start and every hour: KRW markets on Korean venues,
    // USDT perpetuals that trade on the others, each mapped to a coin with its multipliers.
    virtual VenueRequest listingRequest() const = 0;
    virtual ListingResult parseListing(const QByteArray &body, const ReplyContext &context) const = 0;
    // The request of the listing's next page, where the venue pages it and `body` (the reply to the
    // previous page) says there is one (Bybit's nextPageCursor); nullopt when the listing is whole.
    // Each page goes through parseListing; the listing is every page's instruments together.
    virtual std::optional<VenueRequest> nextListingRequest(const QByteArray &body, const ReplyContext &context) const;

    // The request weight the venue publishes about itself in its listing reply (Binance's
    // exchangeInfo carries its rateLimits), to replace limits().weightPerMinute; nullopt when the
    // venue publishes none.
    virtual std::optional<RateLimit> publishedWeightLimit(const QByteArray &listingBody) const;

    // One cycle's requests for these instruments: every coin at once where the venue allows, else
    // in as few chunks as its URL limits let. Together they carry last price, best bid and ask, 24 h
    // volume and, on perpetuals, mark price and funding.
    virtual QList<VenueRequest> quoteRequests(const InstrumentSet &followed) const = 0;
    // `context.market` is the request's name. Rows of coins not in `followed` are skipped silently
    // (all-symbol replies list far more than we follow).
    virtual BatchResult parseQuotes(const VenueRequest &request, const QByteArray &body, const ReplyContext &context,
                                    const InstrumentSet &followed) const = 0;

    // Wallet state and caution flags from public endpoints, every 60 s; none on perpetual venues.
    virtual QList<VenueRequest> statusRequests() const { return {}; }
    virtual StatusResult parseStatus(const VenueRequest &request, const QByteArray &body,
                                     const ReplyContext &context) const;
};
