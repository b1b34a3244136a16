#include "venueadapter.h"

StatusResult VenueAdapter::parseStatus(const VenueRequest &, const QByteArray &, const ReplyContext &context) const
{
    FetchError error;
    error.kind = FetchError::Kind::NoData;
    error.detail = context.venue + QStringLiteral(" publishes no wallet status");
    return error;
}

std::optional<VenueRequest> VenueAdapter::nextListingRequest(const QByteArray &, const ReplyContext &) const
{
    return std::nullopt;
}

std::optional<RateLimit> VenueAdapter::publishedWeightLimit(const QByteArray &) const
{
    return std::nullopt;
}
