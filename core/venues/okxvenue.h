#pragma once

#include "quoterow.h"
#include "venueadapter.h"

// OKX perpetual swaps settled in USDT: every swap at once from the tickers, with the mark price
// and the funding rate in two slower replies of their own. OKX quotes every swap per one coin;
// sizes count contracts of ctVal coins.
class OkxVenue final : public VenueAdapter
{
public:
    OkxVenue() = default;

    QString id() const override;
    QString displayName() const override;
    VenueSide side() const override;
    QUrl defaultBaseUrl() const override;
    VenueLimits limits() const override;

    VenueRequest listingRequest() const override;
    ListingResult parseListing(const QByteArray &body, const ReplyContext &context) const override;

    QList<VenueRequest> quoteRequests(const InstrumentSet &followed) const override;
    BatchResult parseQuotes(const VenueRequest &request, const QByteArray &body, const ReplyContext &context,
                            const InstrumentSet &followed) const override;

    // The fields of one swap, the same in a REST row and a socket message: a tickers row (last,
    // book, volume, change since open) and a funding-rate row (the rate and the next settlement).
    static void readTicker(QuoteRow &row);
    static void readFundingRate(QuoteRow &row);
};
