#pragma once

#include "replyfacts.h"

#include "market/fetcherror.h"

#include <QNetworkReply>

#include <optional>

// What every poller reads the same way off a venue's HTTP reply, whatever it asked for: the
// transport's failure, the HTTP status's verdict over the parser's, and the facts for the gate.
namespace HttpReply {

// No HTTP answer at all: refused, reset, timed out (`timedOut`: cut off by our own deadline).
FetchError transportError(QNetworkReply::NetworkError code, const QString &text, bool timedOut);
// The error a reply stands for, given its status and what the parser made of it (null: a value).
// 429 and 418 mean "stop asking for a while" whatever the body says; another status from 400 up
// is an error even when the body parsed.
std::optional<FetchError> statusError(int httpStatus, const FetchError *parsed);
// Status, Retry-After and the venue's used-weight header (none when `usedWeightHeader` is empty).
ReplyFacts facts(const QNetworkReply &reply, const QByteArray &usedWeightHeader);

} // namespace HttpReply
