#pragma once

#include "venues/venueadapter.h"

#include <QByteArray>

#include <functional>
#include <variant>

// A venue adapter fed with bodies the caller gives for its requests (fixture files, a synthetic
// market) instead of the network: its listing, page after page, and its quote and status requests,
// through the adapter's own parsers.
namespace VenuePlayback {

using Body = std::function<QByteArray(const VenueRequest &request)>;

inline ReplyContext context(const VenueAdapter &adapter, const VenueRequest &request, qint64 receivedAtMs)
{
    return ReplyContext { adapter.id(), request.name, QString(), 200, receivedAtMs };
}

inline std::variant<InstrumentSet, FetchError> listing(const VenueAdapter &adapter, const Body &body,
                                                       qint64 receivedAtMs)
{
    QList<Instrument> instruments;
    std::optional<VenueRequest> request = adapter.listingRequest();
    while (request) {
        const QByteArray reply = body(*request);
        const ReplyContext replyContext = context(adapter, *request, receivedAtMs);
        ListingResult page = adapter.parseListing(reply, replyContext);
        if (auto *error = std::get_if<FetchError>(&page))
            return *error;
        instruments += std::get<QList<Instrument>>(page);
        request = adapter.nextListingRequest(reply, replyContext);
    }
    return InstrumentSet(instruments);
}

// Every quote request of one cycle (also those asked only every few cycles), in order.
inline std::variant<QList<QuoteBatch>, FetchError> quotes(const VenueAdapter &adapter, const InstrumentSet &followed,
                                                          const Body &body, qint64 receivedAtMs)
{
    QList<QuoteBatch> batches;
    for (const VenueRequest &request : adapter.quoteRequests(followed)) {
        BatchResult batch
            = adapter.parseQuotes(request, body(request), context(adapter, request, receivedAtMs), followed);
        if (auto *error = std::get_if<FetchError>(&batch))
            return *error;
        batches.append(std::get<QuoteBatch>(batch));
    }
    return batches;
}

inline std::variant<QList<CoinStatus>, FetchError> statuses(const VenueAdapter &adapter, const Body &body,
                                                            qint64 receivedAtMs)
{
    QList<CoinStatus> all;
    for (const VenueRequest &request : adapter.statusRequests()) {
        StatusResult status = adapter.parseStatus(request, body(request), context(adapter, request, receivedAtMs));
        if (auto *error = std::get_if<FetchError>(&status))
            return *error;
        all += std::get<QList<CoinStatus>>(status);
    }
    return all;
}

} // namespace VenuePlayback
