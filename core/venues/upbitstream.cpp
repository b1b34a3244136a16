#include "upbitstream.h"

#include "upbitvenue.h"

UpbitStream::UpbitStream()
    : UpbitStyleStream(UpbitVenue().defaultBaseUrl(), QUrl(QStringLiteral("wss://api.upbit.com")))
{
}

QString UpbitStream::id() const
{
    return UpbitVenue().id();
}

int UpbitStream::connectionsPerSecond() const
{
    // 5 connections a second per IP (and 5 messages a second, 100 a minute, per connection: the
    // one subscription frame and a PING every 25 s stay far below).
    return 5;
}
