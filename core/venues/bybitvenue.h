#pragma once

#include "quoterow.h"
#include "venueadapter.h"

// Bybit v5 linear perpetuals quoted in USDT: one tickers reply carries everything of every symbol
// (last, book, mark, funding, 24 h volume). Multiplied contracts are named either way round
// (SHIB1000USDT, 1000PEPEUSDT); their prices are for that many coins.
class BybitVenue final : public VenueAdapter
{
public:
    BybitVenue() = default;

    QString id() const override;
    QString displayName() const override;
    VenueSide side() const override;
    QUrl defaultBaseUrl() const override;
    VenueLimits limits() const override;

    VenueRequest listingRequest() const override;
    ListingResult parseListing(const QByteArray &body, const ReplyContext &context) const override;
    std::optional<VenueRequest> nextListingRequest(const QByteArray &body, const ReplyContext &context) const override;

    QList<VenueRequest> quoteRequests(const InstrumentSet &followed) const override;
    BatchResult parseQuotes(const VenueRequest &request, const QByteArray &body, const ReplyContext &context,
                            const InstrumentSet &followed) const override;

    // The fields of one symbol's ticker, the same in a REST row and in the socket's merged state:
    // last, book, 24 h volume and change, mark price and funding.
    static void readTicker(QuoteRow &row);
};
