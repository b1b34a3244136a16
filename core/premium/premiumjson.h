#pragma once

#include "coinpremium.h"
#include "feedstatus.h"
#include "premiumsample.h"

#include <QByteArray>
#include <QList>

// The headless output format, one JSON object per line. A stable interface for scripts: fields
// are only ever added, never renamed or removed; decimals are strings so no reader rounds them.
namespace PremiumJson {

// Without the trailing newline. `reason` says why the line is stale (see reason()); empty
// writes null.
QByteArray line(const PremiumSample &sample, const QString &reason = QString());
// One coin's line of the market feed: the fields of line() (the foreign price is the price of one
// coin), then foreign_instrument, entry_rate, exit_rate, funding_rate, korea_volume_24h, and the
// Korean venue's word on the coin: korea_deposit_open, korea_withdrawal_open, caution (booleans; null
// where unknown or not published), then how each price came and its age when the line was made:
// korea_origin, foreign_origin ("poll", "cache", "stream") and korea_age_ms, foreign_age_ms (null
// without the price). A coin without a rate has "rate" null and the reason.
QByteArray line(const CoinPremium &premium);
// The line's "source": "cache" when a price was read from the shared cache, "stream" when both
// prices were pushed over the venues' sockets, else "exchange" (polled here).
QString source(const CoinPremium &premium);
// A cycle without a premium: the same fields, "rate" null, "stale" true, the inputs known so far
// (null where there is none yet) and the reason.
QByteArray unavailableLine(const QString &symbol, PremiumBasis basis, const QList<FeedStatus> &statuses,
                           qint64 observedAtMs);
// The feeds that are not live and why, "korea: malformed reply (HTTP 502); fx: no answer yet";
// empty when every feed is live. Masked: a venue may echo a key in its error message.
QString reason(const QList<FeedStatus> &statuses);
QString isoUtc(qint64 epochMs); // 2026-11-25T10:33:40.123Z

} // namespace PremiumJson
