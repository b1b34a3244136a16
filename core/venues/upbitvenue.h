#pragma once

#include "venueadapter.h"

// Upbit, Korean spot in KRW: every KRW ticker in one request, order books in chunks, caution flags
// from the market list (its wallet status needs a key, so there is none here).
class UpbitVenue final : public VenueAdapter
{
public:
    UpbitVenue() = default;

    QString id() const override;
    QString displayName() const override;
    VenueSide side() const override;
    QUrl defaultBaseUrl() const override;
    VenueLimits limits() const override;

    VenueRequest listingRequest() const override;
    ListingResult parseListing(const QByteArray &body, const ReplyContext &context) const override;

    // "ticker" (`/v1/ticker/all`, every KRW market) and "book" for at most kBooksPerRequest markets
    // each.
    QList<VenueRequest> quoteRequests(const InstrumentSet &followed) const override;
    BatchResult parseQuotes(const VenueRequest &request, const QByteArray &body, const ReplyContext &context,
                            const InstrumentSet &followed) const override;

    // "caution": `market_event` of the market list (designated caution and the five 주의 flags).
    QList<VenueRequest> statusRequests() const override;
    StatusResult parseStatus(const VenueRequest &request, const QByteArray &body,
                             const ReplyContext &context) const override;

    // Upbit documents no cap on the markets of one order book request, and clients ask for every KRW
    // market at once; its ticker group allows 10 requests a second. 100 keeps the URL near 1.1 KB,
    // far below where servers refuse long URLs (Bithumb, with the same API, at about 4.2 KB), for
    // three requests per cycle at 250 coins.
    static constexpr int kBooksPerRequest = 100;
    // Levels per side asked of the order book (the default is 30): the first live level is the top
    // but for padding, and five levels are a sixth of the default's bytes to parse every cycle.
    static constexpr int kBookLevels = 5;
};
