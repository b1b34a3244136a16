#pragma once

#include "venueadapter.h"

// Binance USDⓈ-M futures: the USDT perpetuals that trade, every symbol at once from four
// all-symbol replies (book, mark and funding, last price, and the costly 24 h statistics now and
// then). Prices of prefixed contracts (1000SHIBUSDT) are for a thousand coins.
class BinanceVenue final : public VenueAdapter
{
public:
    BinanceVenue() = default;

    QString id() const override;
    QString displayName() const override;
    VenueSide side() const override;
    QUrl defaultBaseUrl() const override;
    VenueLimits limits() const override;

    VenueRequest listingRequest() const override;
    ListingResult parseListing(const QByteArray &body, const ReplyContext &context) const override;
    std::optional<RateLimit> publishedWeightLimit(const QByteArray &listingBody) const override;

    QList<VenueRequest> quoteRequests(const InstrumentSet &followed) const override;
    BatchResult parseQuotes(const VenueRequest &request, const QByteArray &body, const ReplyContext &context,
                            const InstrumentSet &followed) const override;
};
