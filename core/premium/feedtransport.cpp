#include "feedtransport.h"

QString feedTransportId(FeedTransport transport)
{
    return transport == FeedTransport::Stream ? QStringLiteral("stream") : QStringLiteral("poll");
}

std::optional<FeedTransport> feedTransportFromId(QStringView id)
{
    if (id == u"stream")
        return FeedTransport::Stream;
    if (id == u"poll")
        return FeedTransport::Poll;
    return std::nullopt;
}
