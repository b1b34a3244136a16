#pragma once

#include "streamevent.h"
#include "venueadapter.h"

#include <QJsonObject>

// Bithumb's current API ("v1") copies Upbit's: the same market list, ticker and order book rows,
// the same error object. Both adapters read them here; what differs (Bithumb's HTTP 200 errors,
// Upbit's padded books, their caution flags) stays in each adapter.
namespace UpbitStyle {

// The KRW markets of `/v1/market/all`: "KRW-BTC" is the coin "BTC", with its names.
ListingResult parseListing(const QString &venue, const QByteArray &body, const ReplyContext &context);

// Requests named `name` at `path` with `markets=KRW-BTC,KRW-ETH,…`, at most `perRequest` markets
// each, plus `extra` parameters.
QList<VenueRequest> chunkedRequests(const QString &name, const QString &path, const InstrumentSet &followed,
                                    int perRequest, const QUrlQuery &extra = {});

// The names of the quote requests.
inline const QString kTickerRequest = QStringLiteral("ticker");
inline const QString kBookRequest = QStringLiteral("book");

// A "ticker" reply (`/v1/ticker`, `/v1/ticker/all`: last trade, 24 h volume and change) or a "book"
// reply (`/v1/orderbook`: the first live level of each side), one quote per followed market. A
// market we asked for that the venue does not know fails the whole call ("Code not found"): that
// is a batch with listingStale set, not an error of the venue.
BatchResult parseQuotes(const QString &venue, const VenueRequest &request, const QByteArray &body,
                        const ReplyContext &context, const InstrumentSet &followed);

// One message of the socket (`/websocket/v1`, UTF-8 JSON in binary frames): a ticker or an order
// book of one market named by `code`, whose fields are the REST rows'; `{"status":"UP"}`, the
// answer to the text `PING`; or the venue's error object, after which it closes the socket.
StreamEvent parseStreamMessage(const QString &venue, QByteArrayView payload, qint64 receivedAtMs,
                               const InstrumentSet &followed);

// The caution flags of the KRW rows of `/v1/market/all`, each row read by `read`.
using CautionReader = void (*)(const QJsonObject &row, CoinStatus &status);
StatusResult parseCautions(const QByteArray &body, const ReplyContext &context, CautionReader read);

} // namespace UpbitStyle
