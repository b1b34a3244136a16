#include "bithumbstream.h"

#include "bithumbvenue.h"

BithumbStream::BithumbStream()
    : UpbitStyleStream(BithumbVenue().defaultBaseUrl(), QUrl(QStringLiteral("wss://ws-api.bithumb.com")))
{
}

QString BithumbStream::id() const
{
    return BithumbVenue().id();
}

int BithumbStream::connectionsPerSecond() const
{
    // 10 connection requests a second per IP; beyond, 429 and, kept up, a ten-minute block.
    return 10;
}
