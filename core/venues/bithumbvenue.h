#pragma once

#include "venueadapter.h"

// Bithumb, Korean spot in KRW: its current API ("v1", Upbit's formats, errors with HTTP 200) for
// listing and quotes, the legacy one for wallet status per network.
class BithumbVenue final : public VenueAdapter
{
public:
    BithumbVenue() = default;

    QString id() const override;
    QString displayName() const override;
    VenueSide side() const override;
    QUrl defaultBaseUrl() const override;
    VenueLimits limits() const override;

    VenueRequest listingRequest() const override;
    ListingResult parseListing(const QByteArray &body, const ReplyContext &context) const override;

    // "ticker" and "book" for at most kMarketsPerRequest markets each.
    QList<VenueRequest> quoteRequests(const InstrumentSet &followed) const override;
    BatchResult parseQuotes(const VenueRequest &request, const QByteArray &body, const ReplyContext &context,
                            const InstrumentSet &followed) const override;

    // "wallet" (deposits and withdrawals per network) and "caution" (market_warning); each reply
    // fills its part of a coin's status.
    QList<VenueRequest> statusRequests() const override;
    StatusResult parseStatus(const VenueRequest &request, const QByteArray &body,
                             const ReplyContext &context) const override;

    // More than 200 markets give HTTP 400 and a URL of about 4.2 KB gives 414; 100 stay far from
    // both (about 1.1 KB of URL).
    static constexpr int kMarketsPerRequest = 100;
};
