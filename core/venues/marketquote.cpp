#include "marketquote.h"

QString quoteOriginId(QuoteOrigin origin)
{
    switch (origin) {
    case QuoteOrigin::Poll:
        return QStringLiteral("poll");
    case QuoteOrigin::Cache:
        return QStringLiteral("cache");
    case QuoteOrigin::Stream:
        return QStringLiteral("stream");
    }
    return {};
}
