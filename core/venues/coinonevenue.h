#pragma once

#include "venueadapter.h"

// Coinone, Korean spot in KRW: one ticker list carries every coin's last trade, best bid and ask
// and 24 h volume, and doubles as the listing; wallet status per coin (no networks).
class CoinoneVenue final : public VenueAdapter
{
public:
    CoinoneVenue() = default;

    QString id() const override;
    QString displayName() const override;
    VenueSide side() const override;
    QUrl defaultBaseUrl() const override;
    VenueLimits limits() const override;

    // The KRW ticker list: each `target_currency` is a coin, and Coinone's code for it.
    VenueRequest listingRequest() const override;
    ListingResult parseListing(const QByteArray &body, const ReplyContext &context) const override;

    // One "ticker" request for every coin.
    QList<VenueRequest> quoteRequests(const InstrumentSet &followed) const override;
    BatchResult parseQuotes(const VenueRequest &request, const QByteArray &body, const ReplyContext &context,
                            const InstrumentSet &followed) const override;

    // "wallet": deposits and withdrawals per coin, as one network with an empty name.
    QList<VenueRequest> statusRequests() const override;
    StatusResult parseStatus(const VenueRequest &request, const QByteArray &body,
                             const ReplyContext &context) const override;
};
