#pragma once

#include <QByteArrayView>
#include <QStringView>

#include <optional>

// Pure readers for what venues say about slowing down. Every input is untrusted bytes from the
// network: anything unexpected is nullopt, never a guess. Fuzzed in tests/fuzz.
namespace ThrottleHints {

// The longest wait we believe: Binance bans last up to three days; a week is beyond any venue.
inline constexpr qint64 MaxHoldMs = 7LL * 24 * 3600 * 1000;

// `Retry-After`: delta-seconds or an HTTP date (IMF-fixdate, RFC 850 or asctime, RFC 9110
// section 5.6.7), as milliseconds from `nowMs` (0 for a date in the past).
std::optional<qint64> retryAfterMs(QByteArrayView value, qint64 nowMs);

// An HTTP date as epoch milliseconds.
std::optional<qint64> httpDateMs(QByteArrayView text);

// Binance's 418 message "... IP banned until 1795600540000. ...": the end of the ban, epoch ms.
std::optional<qint64> bannedUntilMs(QStringView message);

// `X-MBX-USED-WEIGHT-1M: 17`.
std::optional<int> usedWeight(QByteArrayView value);

} // namespace ThrottleHints
