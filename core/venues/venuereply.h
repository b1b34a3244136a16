#pragma once

#include "flatjson.h"
#include "instrumentset.h"
#include "quotebatch.h"
#include "quoterow.h"

#include "market/quoteresult.h"

#include <functional>
#include <initializer_list>
#include <optional>
#include <utility>
#include <variant>

// What the venue adapters share in reading replies: the document or a typed error, the venue's
// refusals, the rows of an all-symbol reply kept for the followed instruments, and the names that
// carry a contract multiplier. Pure functions; the formats themselves stay in each adapter.
namespace VenueReply {

// The JSON of a reply, or why there is none (no body, an HTML page, broken JSON), with the
// venue's refusals classified as refused() does. `body` must outlive the FlatJson.
std::variant<FlatJson, FetchError> document(const QByteArray &body, const ReplyContext &context);

// `error` as the HTTP status makes it, whatever the body said: 429 rate limited, 418 banned.
FetchError refused(FetchError error, const ReplyContext &context);

// The venue's own error answer (its code and message): RateLimited when the code says the venue
// is refusing us, else ApiError; then refused().
FetchError venueError(const ReplyContext &context, const QString &code, const QString &message, bool rateLimited);

// The batch answering `request` from the rows (the array token `rows` of `json`) of an all-symbol
// reply: each row whose `symbolKey` names a followed instrument is read by `read`; rows of other
// symbols are skipped silently, rows in no known shape are issues.
QuoteBatch collect(const FlatJson &json, qsizetype rows, QLatin1StringView symbolKey, const InstrumentSet &followed,
                   const QString &request, const ReplyContext &context, const std::function<void(QuoteRow &)> &read);
// The followed instrument a row (the object token `row`) names in `symbolKey`: nullptr for a row of
// another symbol, and for a row without one, whose issue goes into `batch`.
const Instrument *rowInstrument(const FlatJson &json, qsizetype row, QLatin1StringView symbolKey,
                                const InstrumentSet &followed, QuoteBatch &batch);
// One row of `instrument` read by `read` into `batch`: its quote when it carried any value, and its issues.
void readRow(const FlatJson &json, qsizetype row, const Instrument &instrument,
             const std::function<void(QuoteRow &)> &read, QuoteBatch &batch);

// The coin and how many of it one unit stands for, from a name with a multiplier in front:
// "1000SHIB" -> (SHIB, 1000), "1000000MOG" -> (MOG, 1000000), "1MBABYDOGE" -> (BABYDOGE, 1000000),
// anything else -> (itself, 1). A multiplier is 1 followed by three to nine zeros.
std::pair<QString, qint64> prefixMultiplier(QStringView base);
// The same with the multiplier behind: "SHIB1000" -> (SHIB, 1000).
std::pair<QString, qint64> suffixMultiplier(QStringView base);

// Whether every one of these members of `object` is a string of this text (a listing's filters).
bool hasStrings(const FlatJson &json, qsizetype object,
                std::initializer_list<std::pair<QLatin1StringView, QStringView>> expected);
// A contract named `symbol` whose prices and sizes count `coin.second` coins of `coin.first` (as
// prefixMultiplier() and suffixMultiplier() give them); nullopt when a name is empty.
std::optional<Instrument> contract(const QString &venue, const QString &symbol, const std::pair<QString, qint64> &coin);

// One instrument per coin: where a venue lists a coin twice, the first one listed.
QList<Instrument> onePerCoin(const QList<Instrument> &instruments);

} // namespace VenueReply
