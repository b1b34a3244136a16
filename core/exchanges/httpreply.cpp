#include "httpreply.h"

namespace HttpReply {

FetchError transportError(QNetworkReply::NetworkError code, const QString &text, bool timedOut)
{
    FetchError error;
    error.detail = text;
    if (timedOut || code == QNetworkReply::TimeoutError || code == QNetworkReply::OperationCanceledError)
        error.kind = FetchError::Kind::Timeout;
    else if (code == QNetworkReply::ConnectionRefusedError)
        error.kind = FetchError::Kind::ConnectionRefused;
    else
        error.kind = FetchError::Kind::Network;
    if (error.kind == FetchError::Kind::Timeout)
        error.detail.clear();
    return error;
}

std::optional<FetchError> statusError(int httpStatus, const FetchError *parsed)
{
    if (httpStatus == 429 || httpStatus == 418) {
        FetchError error = parsed ? *parsed : FetchError {};
        error.kind = httpStatus == 429 ? FetchError::Kind::RateLimited : FetchError::Kind::Banned;
        error.httpStatus = httpStatus;
        return error;
    }
    if (parsed)
        return *parsed;
    if (httpStatus >= 400)
        return FetchError { FetchError::Kind::HttpStatus, httpStatus, QString(), std::nullopt };
    return std::nullopt;
}

ReplyFacts facts(const QNetworkReply &reply, const QByteArray &usedWeightHeader)
{
    return ReplyFacts { reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                        reply.rawHeader("Retry-After"),
                        usedWeightHeader.isEmpty() ? QByteArray() : reply.rawHeader(usedWeightHeader) };
}

} // namespace HttpReply
