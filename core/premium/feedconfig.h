#pragma once

#include "exchanges/venuelimits.h"
#include "feedtransport.h"
#include "market/decimal.h"
#include "premiumbasis.h"

#include <QHash>
#include <QStringList>
#include <QUrl>

// Everything needed to start the live feed: which venues, where they are, how often to ask.
struct FeedConfig
{
    // What a user may set (Preferences checks them; AppSettings falls back to the defaults
    // outside them, so that a hand-edited file cannot make the app hammer the venues).
    static constexpr int MinTickerPeriodMs = 500;
    static constexpr int MaxTickerPeriodMs = 60'000;
    static constexpr int MinFxPeriodMinutes = 1;
    static constexpr int MaxFxPeriodMinutes = 1440;
    static constexpr int MinFailoverSeconds = 1;
    static constexpr int MaxFailoverSeconds = 600;

    // The coins to follow; empty follows every coin both venues of the pair list. A coin only one
    // of them lists is left out (and named once).
    QStringList symbols = {QStringLiteral("BTC")};
    // The coin the window's cards, chart and positions form show (the selected row).
    QString symbol = QStringLiteral("BTC");
    QString koreanVenue = QStringLiteral("bithumb");
    QString foreignVenue = QStringLiteral("binance");
    // First is the primary; the others are asked, in order, when it fails. Keyed sources are
    // left out while their key is missing.
    QStringList fxSources = {QStringLiteral("dunamu"), QStringLiteral("open-er-api"), QStringLiteral("exchangerate-api"),
                             QStringLiteral("koreaexim")};
    // Takes over from koreanVenue once that has failed for koreanFailoverMs, until it recovers;
    // empty: no fallback.
    QString koreanFallbackVenue = QStringLiteral("upbit");
    int koreanFailoverMs = 10'000;
    // A tick further than this share from the last accepted value waits for two confirming ticks.
    Decimal outlierShare = Decimal::fromParts(10, 2);
    // Budgets per venue id; a venue not listed uses VenueLimits::defaults.
    QHash<QString, VenueLimits> limits;
    // KRW per USD set by the user; overrides the FX feeds while set.
    std::optional<Decimal> manualFx;
    // API keys by source id, from the keychain (GUI) or the environment (headless). Only in memory:
    // AppSettings never writes them.
    QHash<QString, QString> apiKeys;
    // Non-secret state that outlives the run (last good FX, daily request counts, bans); empty
    // keeps it in memory.
    QString stateFile;
    // Venue id -> scheme, host and port. A venue not listed uses its real address.
    QHash<QString, QUrl> baseUrls;
    // Venue id -> scheme, host and port of its sockets when they are not where its REST API is (a
    // proxy, a test server that plays only the sockets); a venue not listed streams from its REST
    // address's host (its real socket host when that is the default).
    QHash<QString, QUrl> streamUrls;
    PremiumBasis basis = PremiumBasis::Seed;
    // Stream: each venue with a push API streams, and its silent coins are polled; Poll: every venue
    // is polled, as before streaming.
    FeedTransport transport = FeedTransport::Stream;
    int tickerPeriodMs = 1000;
    int fxPeriodMs = 10 * 60'000;

    QUrl baseUrl(const QString &venue) const;
    // Ticker requests must end before the next is due.
    int tickerTimeoutMs() const { return tickerPeriodMs * 4 / 5; }
};
