#include "feedconfig.h"

#include "exchanges/venuecatalog.h"

QUrl FeedConfig::baseUrl(const QString &venue) const
{
    const QUrl configured = baseUrls.value(venue);
    return configured.isValid() && !configured.isEmpty() ? configured : VenueCatalog::defaultBaseUrl(venue);
}
