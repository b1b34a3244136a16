#pragma once

#include "premiumbasis.h"

#include <QHash>
#include <QStringList>
#include <QUrl>

// Everything needed to start the live feed: which venues, where they are, how often to ask.
struct FeedConfig
{
    QString symbol = QStringLiteral("BTC");
    QString koreanVenue = QStringLiteral("bithumb");
    QString foreignVenue = QStringLiteral("binance");
    // First is the primary; the others are asked, in order, when it fails.
    QStringList fxSources = {QStringLiteral("dunamu"), QStringLiteral("open-er-api")};
    // Venue id -> scheme, host and port. A venue not listed uses its real address.
    QHash<QString, QUrl> baseUrls;
    PremiumBasis basis = PremiumBasis::Seed;
    int tickerPeriodMs = 1000;
    int fxPeriodMs = 10 * 60'000;

    QUrl baseUrl(const QString &venue) const;
    // Ticker requests must end before the next is due.
    int tickerTimeoutMs() const { return tickerPeriodMs * 4 / 5; }
};
